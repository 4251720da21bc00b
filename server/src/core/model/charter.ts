// The charter: everything one document says, as every parser produces it and every rule reads it.
import type { Abbreviation } from '../abbreviations';
import type { Conventions } from '../conventions';
import type { ParseProblem } from './findings';
import type { Span, TextEdit } from './positions';
import type { CharterReview, CharterSection, FrameworkInfo, ReadingDoubts, TableReadingNote } from './reading';
import type { Responsibility } from './responsibilities';
import type { RoleDefinition } from './roles';

export type CharterFormat = 'yaml' | 'markdown';

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
