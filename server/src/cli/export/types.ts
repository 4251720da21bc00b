import type { CharterPicture, OrganisationPicture } from '../../core/report/picture';

/** What every export format draws: each charter of the run, and the organisation they make. */
export interface ExportPicture {
  charters: CharterPicture[];
  organisation: OrganisationPicture;
}
