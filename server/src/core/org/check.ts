// The cross-charter pass: the rules that need several charters run once over the organisation, after
// each charter was checked alone, and their findings join each file's own. Pure, as checkText is.
import { optionsOf, severityOf, type RuleSeverities } from '../config/settings';
import type { Charter, CharterFormat, Finding, Severity } from '../model';
import { sameRange } from '../text';
import { byPosition } from '../finalise';
import { TOO_MANY_PROBLEMS, tooManyMessage } from '../findingLimit';
import { RULES } from '../rules';
import { optionValues } from '../rules/options';
import { applySuppressions, DIRECTIVE_PREFIX, entryRanges } from '../suppressions';
import { parseCharter } from '../parse';
import type { OrgResponsibility, Organisation } from './model';
import { accountableClaims, sameRowNow } from './teams';
import { reportedMessage } from '../rules/messages';
import type { Rule } from '../rules/types';

/**
 * Whether reading the charters as one organisation can find anything: some charter declares shared
 * responsibilities, or a cross-charter rule that needs no declaration (people across charters; code
 * ownership once a charter covers something) is on for one of them. Otherwise the front ends skip
 * building it.
 */
export function organisationMatters(declaresShared: boolean, settings: Iterable<RuleSeverities | undefined>, usesCovers = false): boolean {
  if (declaresShared) return true;
  const rules = RULES.filter((rule) => rule.checkOrganisation && !rule.needsSharedDeclarations && (usesCovers || !rule.needsCovers));
  for (const severities of settings) {
    for (const rule of rules) {
      const setting = severityOf(severities?.[rule.id]);
      if (setting === undefined ? !rule.offByDefault : setting !== 'off') return true;
    }
  }
  return false;
}

/**
 * Findings of the cross-charter rules, by charter path. `severitiesOf` gives a charter's own settings
 * (its config file's, the command line's): a rule off for a file reports nothing in it.
 */
export function checkOrganisation(organisation: Organisation, settingsOf: (path: string) => RuleSeverities | undefined): Map<string, Finding[]> {
  const byPath = new Map<string, Finding[]>();
  // Looked up once per charter: a shared responsibility claimed by many teams reports in each of them.
  const settings = new Map<string, RuleSeverities | undefined>();
  const severitiesOf = (path: string) => {
    if (!settings.has(path)) settings.set(path, settingsOf(path));
    return settings.get(path);
  };
  /** The rule's severity in a charter, undefined when it is off there (its default unless set). */
  const severityIn = (rule: Rule, path: string): Severity | 'default' | undefined => {
    const setting = severityOf(severitiesOf(path)?.[rule.id]);
    if (setting === 'off' || (setting === undefined && rule.offByDefault)) return undefined;
    return setting ?? 'default';
  };
  for (const rule of RULES) {
    if (!rule.checkOrganisation) continue;
    // No rule's severity is looked up for code ownership until something is covered (organisation.ownership).
    if (rule.needsCovers && !organisation.ownership) continue;
    // A rule off in every charter (role-overload unless configured) would report nothing anywhere.
    if (!organisation.charters.some((charter) => severityIn(rule, charter.path))) continue;
    rule.checkOrganisation({
      organisation,
      optionsFor: (path) => optionValues(rule, optionsOf(severitiesOf(path)?.[rule.id])),
      report: (path, report) => {
        const setting = severityIn(rule, path);
        if (!setting) return;
        const severity: Severity = setting !== 'default' ? setting : (report.severity ?? rule.defaultSeverity);
        const list = byPath.get(path) ?? [];
        list.push({ rule: rule.id, severity, ...reportedMessage(rule, report), range: report.range, related: report.related, fixes: report.fixes ?? [] });
        byPath.set(path, list);
      },
    });
  }
  return byPath;
}

/**
 * A file's own findings with its cross-charter ones added: those its `team-charter-disable` comments
 * silence are dropped, the rest sorted in. A list already cut at the per-file limit keeps its length,
 * and the added findings are counted on its `too-many-problems` finding as not shown.
 */
export function addOrganisationFindings(text: string, format: CharterFormat, own: readonly Finding[], extra: readonly Finding[]): Finding[] {
  if (extra.length === 0) return [...own];
  // The entries are read only when a comment could silence something (the text names the prefix).
  const entries = text.includes(DIRECTIVE_PREFIX) ? entryRanges(parseCharter(text, format)) : [];
  const kept = applySuppressions(text, format, [...extra], { entries });
  if (kept.length === 0) return [...own];
  const cut = own.find((finding) => finding.rule === TOO_MANY_PROBLEMS && finding.omitted);
  if (!cut) return [...own, ...kept].sort(byPosition);
  const omitted = { ...cut.omitted! };
  for (const finding of kept) omitted[finding.severity]++;
  return own.map((finding) => (finding === cut ? { ...cut, omitted, message: tooManyMessage(omitted, own.length - 1) } : finding));
}

/**
 * A team's own findings, less the `accountable-missing` of its rows that claim a shared responsibility
 * another team is accountable for: taking part without the A is how a team shares work another team
 * owns. A claim that no team is accountable for keeps its finding (and the catalog gets
 * shared-accountable-missing); a charter checked without its organisation keeps every finding.
 * `current`: the charter as the findings were made from it, when the organisation may have been built
 * from an older text (the editor): a row is let go only where the same name still stands.
 */
export function withoutCoveredClaims(organisation: Organisation, path: string, own: readonly Finding[], current?: Pick<Charter, 'responsibilities'>): Finding[] {
  if (!own.some((finding) => finding.rule === 'accountable-missing')) return [...own];
  const covered = coveredClaims(organisation, path)
    .filter((claim) => !current || sameRowNow(current.responsibilities, claim))
    .map((claim) => claim.nameRange);
  if (covered.length === 0) return [...own];
  return own.filter((finding) => finding.rule !== 'accountable-missing' || !covered.some((range) => sameRange(range, finding.range)));
}

/** The rows of the charter at `path` that claim, without an A, a shared responsibility another team is accountable for. */
export function coveredClaims(organisation: Organisation, path: string): OrgResponsibility[] {
  const charter = organisation.byPath.get(path);
  if (!charter) return [];
  return charter.responsibilities.filter((responsibility) => {
    if (responsibility.accountable.length > 0) return false;
    const entry = organisation.sharedOf(charter, responsibility);
    return entry !== undefined && accountableClaims(entry).some((claim) => claim.charter !== charter);
  });
}
