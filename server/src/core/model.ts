// The charter model: what every parser produces and every rule, fix, hover and CLI reads.
// Invariant: nothing here (or anywhere under core/) imports `vscode` or an LSP package. Positions are
// LSP-shaped plain objects (0-based line, UTF-16 code units) so the server can pass them through as is.

export interface Position {
  line: number;
  /** UTF-16 code units from the start of the line (what LSP and JavaScript strings count). */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export type CharterFormat = 'yaml' | 'markdown';

export type RaciLetter = 'R' | 'A' | 'C' | 'I';
export const RACI_LETTERS: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A piece of source text and where it stands. */
export interface Span {
  text: string;
  range: Range;
}

export interface RoleDefinition {
  /** Explicit id, or the title in kebab-case. */
  id: string;
  /** Where an explicit id is written (YAML key, `pm` code span, Id column or `Id:` line). */
  idRange?: Range;
  title: string;
  /** Range of the title text; diagnostics on a definition point here. */
  titleRange: Range;
  aliases: Span[];
  description?: string;
  holders: string[];
  /** How it was written; `implicit` for roles a charter without definitions gets from its references. */
  form: 'yaml' | 'list' | 'heading' | 'table' | 'implicit';
  /**
   * Named in a table of people ("Role | Name | Email", a contacts list) rather than defined: it gives the
   * role its holders, and alone it does not make the charter one whose every other name is undefined.
   */
  listedWithPeople?: boolean;
  /**
   * What to delete to remove this definition: whole lines, line break included, so that deleting it
   * leaves the rest of the file intact. Undefined for inherited roles.
   */
  removeRange?: Range;
  /** Why deleting `removeRange` would break the file (an alias elsewhere uses an anchor in it); then no fix removes the role. */
  removeBlocked?: string;
  /** Path of the `extends` file the role came from; undefined for the charter's own roles. */
  inheritedFrom?: string;
}

/** A role named by a responsibility: a matrix header cell, an entry of a list, a YAML value. */
export interface RoleReference {
  /** As written, with surrounding `**`, backticks and white space stripped. */
  text: string;
  range: Range;
  /**
   * Read through a YAML alias of a shared list (`informed: *everyone`): the range is the alias's, so a
   * rename must not write there (the anchored list holds the text); rewrites replace the alias.
   */
  viaAlias?: boolean;
}

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

export type ProblemRule = 'syntax' | 'schema';

/** A problem found while parsing; becomes a `syntax` or `schema` finding. */
export interface ParseProblem {
  rule: ProblemRule;
  severity: 'error' | 'warning';
  message: string;
  range: Range;
  fixes?: Fix[];
  /**
   * A syntax error after which the YAML is not read as written (an unexpected token, a bad indent, an
   * unclosed bracket): the parser reports nothing past it, and a YAML charter with one is checked by
   * no other rule (see Charter.unreadable).
   */
  fatal?: boolean;
}

export interface Charter {
  format: CharterFormat;
  /** The text that was parsed, exactly as given (a leading byte order mark included: positions count it). */
  text: string;
  team?: Span;
  mission?: Span;
  /** Paths as written in `extends`, relative to the charter. */
  extends: Span[];
  /**
   * YAML `shared:`: the organisation's shared responsibilities this charter declares (a catalog), which
   * team charters that extend it claim by naming a responsibility the same (core/org/).
   */
  shared?: Span[];
  /** The team's code-owner handles (`owners: ['@acme/checkout']`), as CODEOWNERS names owners. */
  codeOwners?: Span[];
  /** The team's group in the Backstage catalog (`group: checkout`), as an entity's `spec.owner` names it. */
  catalogGroup?: Span;
  /** The charter's own role definitions, in source order. */
  roles: RoleDefinition[];
  responsibilities: Responsibility[];
  /** Whether the charter has a Roles section or a `roles:` key (even an empty one). */
  hasRolesSection: boolean;
  problems: ParseProblem[];
  /**
   * An edit that adds a role definition in the charter's own style (list item, table row, sub-heading,
   * YAML entry), or undefined when there is nowhere sensible to put it.
   */
  defineRole(role: { id: string; title: string; description?: string }): TextEdit | undefined;
  /** Outline entries beyond roles and responsibilities are derived from these. */
  sections: CharterSection[];
  /** How each table of a Markdown charter was read, so that "clean" can be told from "not read". */
  tables?: TableReadingNote[];
  /** Short forms the document spells out ("SM = Service Manager"), read as it says rather than as the library does. */
  abbreviations?: Abbreviation[];
  /** Why the document was not read as a charter at all (a YAML file of another kind), if it was not. */
  notACharter?: string;
  /**
   * The syntax error that stopped a YAML charter from being read, if one did. Then only the `syntax`
   * findings are reported, as ESLint reports only a file's parse error: every other rule would judge a
   * half-read tree, and report what the error hid (a missing `team`, unused roles). The model keeps
   * what was read, for the outline and hovers.
   */
  unreadable?: ParseProblem;
  /** The RACI relative the document declares (RASCI, RACI-VS, DACI, RAPID), when it declares one. */
  framework?: FrameworkInfo;
  /** The document's own stated conventions about its letters (conventions.ts). */
  conventions?: Conventions;
  /** What the reading leaves in doubt once roles are resolved (core/judge.ts); set by the check. */
  doubts?: ReadingDoubts;
  /** When the charter says it was last reviewed and how often it is to be (`reviewed:`, `review-every:`, "Last reviewed:"). */
  review?: CharterReview;
}

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

import type { Abbreviation } from './abbreviations';
import type { Conventions } from './conventions';
import type { ReviewPeriod } from './freshness/dates';

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

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one obvious fix for its finding. */
  isPreferred?: boolean;
  /** Safe to apply without a person choosing (used by "fix all"): a single obvious outcome. */
  safe?: boolean;
  /** A correction's entry (`RR`'s row, a misspelt key's mapping): what it then says was hidden, not made (fixes/verify.ts). */
  reveals?: Range;
}

export interface RelatedLocation {
  message: string;
  range: Range;
  /**
   * Absolute path of another file the location is in (another charter, CODEOWNERS, a catalog file:
   * cross-charter rules); undefined: this file.
   */
  path?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** The id of the message in its rule's `messages`, and the values of its placeholders (rules/messages.ts). */
  messageId?: string;
  data?: Readonly<Record<string, string | number>>;
  range: Range;
  related?: RelatedLocation[];
  fixes: Fix[];
  /**
   * Only on the `too-many-problems` finding that ends a list cut at MAX_FINDINGS_PER_FILE
   * (findingLimit.ts): how many findings of each severity were left out.
   */
  omitted?: Record<Severity, number>;
}

/** Reads files for `extends`; injected so the core never touches the file system itself. */
export interface CharterHost {
  /**
   * The file's text; or why it was not read (a refusal: outside the workspace, not a regular file, too
   * large…), which the core shows on the `extends` value; or undefined when it cannot be read.
   */
  readFile(path: string): string | ReadRefusal | undefined;
}

/** Why a host did not read a file, as the end of a sentence: "it is outside the workspace folder /a". */
export interface ReadRefusal {
  refused: string;
}
