// What the reading found beside roles and responsibilities: sections, tables, the framework the document
// declares, review dates, and the findings the reading cannot stand behind.
import type { Abbreviation } from '../abbreviations';
import type { Conventions } from '../conventions';
import type { ReviewPeriod } from '../freshness/dates';
import type { Range, Span } from './positions';
import type { RoleReference } from './roles';
import type { RaciLetter } from './responsibilities';

/** Findings the reading cannot stand behind: rules leave these out (core/judge.ts). */
export interface ReadingDoubts {
  /** References not to report as undefined: their table's names mostly name no role of the charter. */
  references: ReadonlySet<RoleReference>;
  /** The charter's roles are mostly never given a letter: which of them is unused is not reported. */
  roles: boolean;
  /**
   * Tables (by scope) of three rows or more in which no row gives an A: such a table does not say who is
   * accountable (a decision table whose "who decides" column was not read, a template not filled in), so
   * no row of it is reported for missing one. `R`: the tables where no row gives an A or an R (only C and
   * I were read); a table with an A but no R is still reported, since it names no doer.
   */
  without: { A: ReadonlySet<string>; R: ReadonlySet<string> };
}

export interface CharterReview {
  /** The date as written and where; `date` is its ISO reading (`2026-09-01`), undefined when it is no date. */
  reviewed?: Span & { date?: string };
  /** The period as written and where; `period` is undefined when it cannot be read. */
  every?: Span & { period?: ReviewPeriod };
}

export interface FrameworkInfo {
  /** "RASCI", "RACI-VS", "DACI", "RAPID". */
  name: string;
  /** The letters it defines beyond R, A, C and I (or in their place, RAPID), with what each means. */
  letters: Record<string, string>;
  /** What each of those letters counts as in the rules: a RACI letter, or null for none. */
  countsAs: Record<string, RaciLetter | null>;
  /** The letter of the one role each item must have, and its word: A "accountable", DACI's A "approver", RAPID's D "decider". */
  owner: { letter: string; word: string };
  /** Whether each item must also have a role doing the work (RAPID requires none). */
  needsResponsible: boolean;
}

export interface TableReadingNote {
  kind: 'matrix' | 'assignment-table' | 'transposed' | 'role-rows' | 'legend' | 'roles' | 'other';
  /** The header row's range. */
  range: Range;
  /** In a few words, for the outline and hovers: "RACI matrix, 12 responsibilities". */
  summary: string;
  /** A matrix's role column headers, also those no row gives a letter yet. */
  roleColumns?: Span[];
  /** An assignment table's letters, one per column that gives one (`| Decision | Accountable |`: A). */
  letters?: RaciLetter[];
}

export interface CharterSection {
  kind: 'roles' | 'responsibilities' | 'both';
  title: string;
  range: Range;
  titleRange: Range;
}
