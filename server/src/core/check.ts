// The core's entry point: text in, charter model and findings out. Pure: the file system is reached
// only through the injected host (for `extends`).
import type { Charter, CharterFormat, CharterHost, Finding, Severity } from './model';
import { optionsOf, severityOf, type RuleSeverities } from './config/settings';
import { parseAhead, parseCharter, formatOfPath } from './parse';
import type { MarkdownReadOptions } from './parse/markdown';
import type { YamlCheckOptions } from './parse/yaml/entries';
import type { Resumable } from './parse/markdown/chunking/ahead';
import { judgeReading } from './judge';
import { buildRoleIndex, type RoleIndex } from './resolve';
import { RULES } from './rules';
import type { RuleReport } from './rules/types';
import { reportedMessage } from './rules/messages';
import { optionValues } from './rules/options';
import { loadInheritedRoles, NEED_EXTENDED_ROLES } from './extends/inherited';
import { finaliseFindings } from './finalise';
import { reviewStatus, type ReviewStatus } from './freshness/status';
import { defaultReviewPeriod, reviewOverdue } from './rules/review-overdue';

export interface CheckOptions {
  /** The file's path (for the format and for resolving `extends`). */
  path?: string;
  /** Overrides the format guessed from the path. */
  format?: CharterFormat;
  /** Rule id -> severity override ('off' silences the rule), with the rule's options when given. */
  severities?: RuleSeverities;
  /** Reads `extends` files; without it, `extends` is not followed. */
  host?: CharterHost;
  /**
   * Why this front end reads no other file (the browser build): every `extends` value is reported with
   * it, as information, and the rules that need the extended files' roles are off (core/extends/).
   */
  extendsUnread?: string;
  /** The most findings `findings` holds (MAX_FINDINGS_PER_FILE; see findingLimit.ts). */
  maxFindings?: number;
  /** Report `team-charter-disable` comments that suppress nothing, with this severity (default: not). */
  reportUnusedDisableDirectives?: Severity | 'off';
  /**
   * The day of the check, ISO (`2026-09-01`): the front end's local date. The core reads no clock, so
   * without it review-overdue does not judge.
   */
  today?: string;
  /**
   * How Markdown is read: above all the chunk cache and the table row cache that the caller keeps between
   * checks of one document (the language server keeps them per open document, the CLI per file it fixes),
   * which the check also reads the files it extends into. Without them, nothing outlives the check.
   */
  markdown?: MarkdownReadOptions;
  /**
   * How YAML is read: the entry cache the caller keeps between checks of one document (the language
   * server keeps one per open document), with which an edit inside one responsibility reads that entry
   * alone (parse/yaml/entries.ts). Without it, the whole text is read.
   */
  yaml?: YamlCheckOptions;
  /** Extended charters already read, kept by the caller between checks (core/extends/inherited.ts). */
  extendedReads?: Map<string, Charter>;
}

export interface CheckResult {
  charter: Charter;
  roles: RoleIndex;
  /**
   * What the file reports, in position order: every finding, or when there are more than
   * `maxFindings`, the most severe ones and a last `too-many-problems` finding counting the others.
   */
  findings: Finding[];
  /** Every finding, in position order (the same objects as in `findings`); what fixes are verified against. */
  allFindings: Finding[];
  /** When the charter was last reviewed and when the next review is due, when it says (hover, review-overdue). */
  review?: ReviewStatus;
}

/**
 * The options to check a text that is not the document's next version with (a fix being verified, an
 * earlier version compared): it reads from the document's kept YAML entries and table rows, and leaves
 * them as they are for the document's next version.
 */
export function optionsAside(options: CheckOptions): CheckOptions {
  return {
    ...options,
    ...(options.yaml ? { yaml: { ...options.yaml, keep: false } } : {}),
    ...(options.markdown?.rowCache ? { markdown: { ...options.markdown, rowCache: options.markdown.rowCache.readOnly() } } : {}),
  };
}

function formatOf(options: CheckOptions): CharterFormat {
  return options.format ?? formatOfPath(options.path ?? '');
}

/**
 * The parsing checkText(text, options) will do, done ahead into `options.markdown.chunkCache` a piece
 * at a time (parseAhead): the language server runs it between the messages it answers, then checks.
 */
export function parseAheadOfCheck(text: string, options: CheckOptions): Resumable {
  return parseAhead(text, formatOf(options), options.markdown ?? {});
}

export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  const format = formatOf(options);
  const charter = parseCharter(text, format, options.markdown, options.yaml);
  const inherited = loadInheritedRoles(charter, options);
  const roles = buildRoleIndex(charter, inherited.roles);
  charter.doubts = judgeReading(charter, roles);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    // Roles past a cut chain are unknown: the rules that judge references by them stay silent.
    if (inherited.cut && NEED_EXTENDED_ROLES.has(rule.id)) continue;
    const given = options.severities?.[rule.id];
    const setting = severityOf(given);
    if (setting === 'off' || (setting === undefined && rule.offByDefault)) continue;
    // A YAML charter that does not parse reports its syntax error only (charter.unreadable).
    if (charter.unreadable && rule.id !== 'syntax') continue;
    rule.check({
      charter,
      roles,
      options: optionValues(rule, optionsOf(given)),
      isEnabled: (ruleId) => severityOf(options.severities?.[ruleId]) !== 'off',
      today: options.today,
      extendsRefusals: inherited.refusals,
      report: (report: RuleReport) => {
        const severity: Severity = setting ?? report.severity ?? rule.defaultSeverity;
        findings.push({
          rule: rule.id,
          severity,
          ...reportedMessage(rule, report),
          range: report.range,
          related: report.related,
          fixes: report.fixes ?? [],
        });
      },
    });
  }
  const { findings: shown, allFindings } = finaliseFindings(text, format, charter, findings, {
    maxFindings: options.maxFindings,
    // No rule ran on a charter that does not parse, so no directive can be told unused there.
    reportUnused: charter.unreadable ? undefined : options.reportUnusedDisableDirectives,
    knownRules: RULES.map((rule) => rule.id),
    // Cross-charter rules judge in the organisation's pass; the rules a cut chain silenced did not judge.
    unjudgedRules: RULES.filter((rule) => rule.crossCharter || (inherited.cut && NEED_EXTENDED_ROLES.has(rule.id))).map((rule) => rule.id),
  });
  const review = reviewStatus(charter, defaultReviewPeriod(optionValues(reviewOverdue, optionsOf(options.severities?.[reviewOverdue.id]))), options.today);
  return { charter, roles, findings: shown, allFindings, ...(review ? { review } : {}) };
}

// Where they were first defined, for the modules and tests that name them here.
export { byPosition } from './finalise';
export { MAX_EXTENDED_FILES, NEED_EXTENDED_ROLES } from './extends/inherited';
