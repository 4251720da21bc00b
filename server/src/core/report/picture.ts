// The "picture" of charters: what a RACI matrix drawing shows, as plain data (no functions, no parser
// objects), so that every drawing reads the same thing: `team-charter export` (HTML, CSV, JSON) today,
// an editor view of the matrix later. Ranges are the core's: 0-based lines, UTF-16 characters (LSP).
import type { CharterFormat, RaciLetter, Range, Severity } from '../model';

/** A finding as a drawing shows it (no fixes, no related locations). */
export interface PictureFinding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
}

/** Where a column's role comes from. `undefined`: a reference that names no role of the charter. */
export type ColumnKind = 'own' | 'inherited' | 'implicit' | 'undefined';

/** One role of a charter's matrix. */
export interface MatrixColumn {
  /** The role's id, or the normalised reference text when it names no role. */
  id: string;
  /** The role's title, or the reference as first written when it names no role. */
  title: string;
  holders: string[];
  kind: ColumnKind;
  /** Where this charter defines the role (own roles only). */
  range?: Range;
  /** How many rows make this role accountable (A) and responsible (R). */
  totals: { accountable: number; responsible: number };
  /** Findings on the role's definition or on a matrix header that names it. */
  findings: PictureFinding[];
}

/** One role's part in one responsibility. */
export interface MatrixCell {
  /** In the order A, R, C, I; empty when the role has no letter here. Framework letters count as their RACI letter. */
  letters: RaciLetter[];
  /** Where the letters are written (matrix cells, list entries, YAML values); may be empty. */
  ranges: Range[];
  findings: PictureFinding[];
  /** What a matrix cell says when it gives no valid letter (`RR`, `X`): shown, marked, rather than a blank. */
  written?: string;
}

export interface MatrixRow {
  name: string;
  /** The group row or heading above it ("Planning"), if any. */
  group?: string;
  nameRange: Range;
  range: Range;
  /** One per column, in the columns' order. */
  cells: MatrixCell[];
  /** The row's findings that are in none of its cells (most are on its name). */
  findings: PictureFinding[];
  /** The organisation's shared responsibility this row claims, if it claims one. */
  shared?: string;
  /** Who CODEOWNERS gives the paths it covers to ("@acme/payments"), when it covers paths (the editor's view). */
  codeOwner?: string;
}

export interface CharterPicture {
  /** As the caller names the file (the CLI: the path as shown to the user). */
  file: string;
  team?: string;
  format: CharterFormat;
  /** The RACI relative the document declares ("RASCI", "DACI"…), if any. */
  framework?: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Findings in no row and on no role (the team, `extends`, the file as a whole). */
  findings: PictureFinding[];
}

/** One team's part in one shared responsibility: the titles of its accountable and responsible roles. */
export interface SharedCell {
  accountable: string[];
  responsible: string[];
}

export interface SharedRow {
  name: string;
  /** The file of the catalog that declares it, as the caller names files. */
  catalog: string;
  range: Range;
  /** One per team of `OrganisationPicture.teams`; null when that team does not claim it. */
  cells: (SharedCell | null)[];
  /** How many teams are accountable for it: exactly one is what the organisation wants. */
  accountableTeams: number;
}

export interface OrganisationPicture {
  /** The teams that claim at least one shared responsibility, by name. */
  teams: { team: string; file: string }[];
  shared: SharedRow[];
}
