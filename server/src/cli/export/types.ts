import type { CharterPicture, OrganisationPicture } from '../../core/report/picture';
import type { ExportSource } from './source';

/** What every export format draws: each charter of the run, and the organisation they make. */
export interface ExportPicture {
  charters: CharterPicture[];
  organisation: OrganisationPicture;
  /** The day of the export and the commit it is of (the HTML page prints them). */
  source?: ExportSource;
}
