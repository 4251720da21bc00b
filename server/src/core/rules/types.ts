// What a rule module exports: its metadata beside its check (one rule = one module).
import type { Charter, Fix, Finding, RelatedLocation, Range, Severity } from '../model';
import type { RoleIndex } from '../resolve';
import type { Organisation } from '../org/model';
import type { RuleOptionValues } from '../config/settings';
import type { RuleOptionSpecs } from './options';
import type { MessageData } from './messages';
import type { ExtendsRefusal } from '../extends/inherited';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line, shown in docs, SARIF and `--help`. */
  description: string;
  fixable: boolean;
  /**
   * Off unless configured (a severity from `--rule`, the config file or the editor's settings turns it
   * on, with `defaultSeverity`): for policies an organisation opts into, not mistakes.
   */
  offByDefault?: boolean;
  /**
   * Reports through `checkOrganisation` (core/org/check.ts), alone or beside `check`: a file's own check
   * cannot tell whether a disable comment for it suppresses nothing.
   */
  crossCharter?: boolean;
  /** A cross-charter rule about shared responsibilities: it has nothing to say until a charter declares some. */
  needsSharedDeclarations?: boolean;
  /**
   * A cross-charter rule about code ownership: it has nothing to say until a charter's responsibility
   * covers something (`covers:`), and until then no CODEOWNERS or catalog file is read for it.
   */
  needsCovers?: boolean;
  /** The options it accepts (`["warning", { "max": 8 }]`), with their defaults; none when undefined. */
  options?: RuleOptionSpecs;
  /** Its messages by id, each a template with {{name}} placeholders (messages.ts). */
  messages?: Readonly<Record<string, string>>;
}

/**
 * At most this many related locations per finding: enough to find the other places, not a second list
 * of them. A finding about N charters would otherwise carry N of them, in each of the N charters.
 */
export const MAX_RELATED = 10;

/** What a finding says: a message id the rule declares and the data for its placeholders, or a message. */
export type ReportedMessage = { messageId: string; data?: MessageData; message?: undefined } | { message: string; messageId?: undefined; data?: undefined };

export type RuleReport = ReportedMessage & {
  range: Range;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** For rules whose findings differ in default severity (`schema`: errors and warnings). */
  severity?: Severity;
};

export interface RuleContext {
  charter: Charter;
  roles: RoleIndex;
  report(report: RuleReport): void;
  /** The rule's options: each one given in the settings, or its default. */
  options: RuleOptionValues;
  /**
   * Whether another rule runs in this check (not set to 'off'). For rules that leave a case to another
   * rule: role-undefined leaves unresolved short forms to role-ambiguous only while that rule is on.
   */
  isEnabled?(ruleId: string): boolean;
  /** The day of the check (ISO, `2026-09-01`), for rules about dates; undefined: they do not judge. */
  today?: string;
  /** The `extends` values the check could not follow (all the way), for the `schema` rule. */
  extendsRefusals?: readonly ExtendsRefusal[];
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
  /** Cross-charter rules: reports on any charter of the organisation, by its path. */
  checkOrganisation?(context: OrgRuleContext): void;
}

export interface OrgRuleContext {
  organisation: Organisation;
  report(path: string, report: RuleReport): void;
  /** The rule's options for a charter (its config file's, the command line's), defaults filled in. */
  optionsFor(path: string): RuleOptionValues;
}

export type { Finding };
