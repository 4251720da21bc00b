// The core's entry point: text in, charter model and findings out. Pure: the file system is reached
// only through the injected host (for `extends`).
import * as path from 'node:path';
import type { Charter, CharterFormat, CharterHost, Finding, RoleDefinition, Severity, Span } from './model';
import { optionsOf, severityOf, type RuleSeverities } from './config';
import { parseAhead, parseCharter, formatOfPath } from './parse';
import type { MarkdownReadOptions } from './parse/markdown';
import type { Resumable } from './parse/markdown/chunking/ahead';
import { judgeReading } from './judge';
import { buildRoleIndex, type RoleIndex } from './resolve';
import { RULES } from './rules';
import type { RuleReport } from './rules/types';
import { reportedMessage } from './rules/messages';
import { optionValues } from './rules/options';
import { clipPath } from './quote';
import { applySuppressions, entryRanges } from './suppressions';
import { limitFindings } from './findingLimit';
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
   * How Markdown is read: above all the chunk cache that the caller keeps between checks of one document
   * (the language server keeps one per open document, the CLI one per file it fixes), which the check
   * also parses the files it extends into. Without it, nothing outlives the check.
   */
  markdown?: MarkdownReadOptions;
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
  const charter = parseCharter(text, format, options.markdown);
  const inherited = loadInheritedRoles(charter, options);
  const roles = buildRoleIndex(charter, inherited.roles);
  charter.doubts = judgeReading(charter, roles);
  // A YAML charter that does not parse reports its syntax error only (charter.unreadable).
  const findings: Finding[] = charter.unreadable ? [] : [...inherited.findings];
  for (const rule of RULES) {
    // Roles past a cut chain are unknown: the rules that judge references by them stay silent.
    if (inherited.cut && NEED_EXTENDED_ROLES.has(rule.id)) continue;
    const given = options.severities?.[rule.id];
    const setting = severityOf(given);
    if (setting === 'off' || (setting === undefined && rule.offByDefault)) continue;
    if (charter.unreadable && rule.id !== 'syntax') continue;
    rule.check({
      charter,
      roles,
      options: optionValues(rule, optionsOf(given)),
      isEnabled: (ruleId) => severityOf(options.severities?.[ruleId]) !== 'off',
      today: options.today,
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
  findings.sort(byPosition);
  // Inline `team-charter-disable…` comments (suppressions.ts).
  // No rule ran on a charter that does not parse, so no directive can be told unused there.
  const reportUnused = charter.unreadable ? undefined : options.reportUnusedDisableDirectives;
  const kept = applySuppressions(text, format, findings, {
    reportUnused,
    knownRules: RULES.map((rule) => rule.id),
    unjudgedRules: RULES.filter((rule) => rule.crossCharter).map((rule) => rule.id),
    entries: entryRanges(charter),
  });
  const review = reviewStatus(charter, defaultReviewPeriod(optionValues(reviewOverdue, optionsOf(options.severities?.[reviewOverdue.id]))), options.today);
  return { charter, roles, findings: limitFindings(kept, options.maxFindings), allFindings: kept, ...(review ? { review } : {}) };
}

/** Findings in reading order (a stable sort keeps rule order at one position). */
export function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * At most this many files are followed through `extends` in one check, so that a long chain (or a link
 * to its own folder: `link/x`, `link/link/x`…, a new path each time) costs a bounded number of reads.
 */
export const MAX_EXTENDED_FILES = 64;

/**
 * Rules whose findings depend on the roles an extended file defines. When some of those files were not
 * read because the chain passed MAX_EXTENDED_FILES (or, in a browser, none is read), their roles are not
 * known: these rules stay silent rather than report a role the unread part defines.
 */
export const NEED_EXTENDED_ROLES: ReadonlySet<string> = new Set(['role-undefined', 'role-ambiguous', 'role-boundary']);

interface InheritedRoles {
  roles: RoleDefinition[];
  findings: Finding[];
  /** Whether the chain was cut at MAX_EXTENDED_FILES, so that roles it defines further up are unknown. */
  cut: boolean;
}

/** Roles of the `extends` files, followed transitively (each file once, so cycles end). */
function loadInheritedRoles(charter: Charter, options: CheckOptions): InheritedRoles {
  const roles: RoleDefinition[] = [];
  const findings: Finding[] = [];
  if (!options.host || !options.path || charter.extends.length === 0) return { roles, findings, cut: false };
  const host = options.host;
  const folder = path.dirname(options.path);
  const seen = new Set<string>([path.resolve(options.path)]);
  const schemaSetting = severityOf(options.severities?.schema);
  const report = (entry: Span, message: string) => {
    if (schemaSetting === 'off') return;
    findings.push({ rule: 'schema', severity: (schemaSetting as Severity | undefined) ?? 'error', message, range: entry.range, fixes: [] });
  };
  // Only the charter's own `extends` values are reported on; a file further up the chain is its own
  // charter, whose check reports its values. The one exception is the cut at MAX_EXTENDED_FILES, which
  // only this check makes: it is reported on the charter's own value it came through.
  let cut = false;
  const cutOwn = new Set<Span>();
  const visit = (from: string, extendsList: readonly Span[], own: Span | undefined) => {
    for (const entry of extendsList) {
      const target = path.resolve(path.dirname(from), entry.text);
      if (seen.has(target)) continue;
      if (seen.size > MAX_EXTENDED_FILES) {
        cut = true;
        const through = own ?? entry;
        if (cutOwn.has(through)) continue;
        cutOwn.add(through);
        const why = `more than ${MAX_EXTENDED_FILES} files are extended already, so roles defined there are not known and undefined roles are not reported`;
        if (!own) report(entry, `Not following extends '${clipPath(entry.text)}': ${why}.`);
        else {
          const via = path.resolve(folder, own.text) === from ? 'it' : `'${clipPath(path.relative(folder, from).split(path.sep).join('/'))}'`;
          report(own, `Not following all of extends '${clipPath(own.text)}': ${via} extends '${clipPath(entry.text)}', which is not read: ${why}.`);
        }
        continue;
      }
      seen.add(target);
      const text = host.readFile(target);
      if (typeof text !== 'string') {
        if (!own) report(entry, `Not following extends '${clipPath(entry.text)}': ${text?.refused ?? 'it cannot be read'}.`);
        continue;
      }
      const parent = parseCharter(text, formatOfPath(target), options.markdown);
      if (parent.notACharter) {
        // A catalog entity or a workflow defines no roles: say so, rather than leave every name undefined.
        if (!own) report(entry, `Not following extends '${clipPath(entry.text)}': it is not a charter (${parent.notACharter}).`);
        continue;
      }
      for (const role of parent.roles) roles.push({ ...role, inheritedFrom: target, removeRange: undefined });
      visit(target, parent.extends, own ?? entry);
    }
  };
  visit(options.path, charter.extends, undefined);
  return { roles, findings, cut };
}
