// What the rules report: findings with their fixes already computed as text edits, and the problems a
// parser reports (which become `syntax` and `schema` findings).
import type { Range, TextEdit } from './positions';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

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
