// A charter's responsibilities as read: letters given to role references, a matrix's cells, and how
// each responsibility writes new letters back in its own form.
import type { Range, Span, TextEdit } from './positions';
import type { RoleReference } from './roles';

export type RaciLetter = 'R' | 'A' | 'C' | 'I';
export const RACI_LETTERS: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

/** One letter given to one role reference in one responsibility. */
export interface Assignment {
  ref: RoleReference;
  letter: RaciLetter;
  /** Where the letter is asserted: the matrix cell, or the reference inside an Accountable/... list. */
  range: Range;
}

/** A matrix body cell (one role column of one responsibility row). */
export interface RaciCell {
  /** Cell content, trimmed. */
  text: string;
  /** Range of the trimmed content (an empty range inside the cell when it is blank). */
  range: Range;
  /** Parsed letters; null when the cell is invalid (then it contributes no letters). */
  letters: RaciLetter[] | null;
  /** Why the cell is invalid, in a few words ("unknown letter 'X'", "'A' twice"). */
  problem?: string;
  /** The header reference of the cell's column. */
  column: RoleReference;
}

/** A role's letters in one responsibility, as a fix wants them written back. */
export interface Involvement {
  /** The reference text to write (an existing reference's spelling, or a role's id/title). */
  ref: string;
  letters: RaciLetter[];
}

export type ResponsibilityForm = 'matrix' | 'assignment-table' | 'heading' | 'yaml';

export interface Responsibility {
  name: string;
  nameRange: Range;
  description?: string;
  /** The group row or heading above it, if any ("Planning"). */
  group?: string;
  /**
   * The table or section it is listed in (Markdown). The same name in two tables (two phases) is two
   * steps, not a duplicate; undefined means the whole charter is one list (YAML).
   */
  scope?: string;
  form: ResponsibilityForm;
  /** Every letter given to every reference, in source order. */
  assignments: Assignment[];
  /** Every role reference the responsibility makes, in source order (also ones with no letter). */
  references: RoleReference[];
  /** Matrix form only: the body cells, in column order. */
  cells: RaciCell[];
  /** Whole range of the responsibility (row, heading section, or YAML item). */
  range: Range;
  /** The code paths and catalog components it covers (`covers:`, a Covers column or line), if it names any. */
  covers?: Covers;
  /**
   * Text edits that leave this responsibility with exactly the letters in `next` (roles compared by
   * normalised reference; roles not listed keep what they have). Only the cells, lists or values that
   * change are touched; table padding and line endings are kept where possible.
   */
  rewrite(next: Involvement[]): TextEdit[];
}

/**
 * What a responsibility covers in the repository: paths written as CODEOWNERS writes its patterns, and
 * Backstage catalog entities (`payments-api`, `api:payments`, `component:default/payments-api`).
 */
export interface Covers {
  paths: Span[];
  components: Span[];
}
