// The three ways `team-charter diff` says what changed: stylish (a terminal), markdown (a pull request
// comment or a CI job summary: a table per charter, introduced errors first) and json.
import { styleText } from 'node:util';
import { ruleDocsUrl } from '../../core/config/settings';
import { ownershipChangeCount } from '../../core/diff/changes';
import type { Severity } from '../../core/model';
import { clip } from '../../core/quote';
import { findRule } from '../../core/rules';
import { cell, code } from '../formats/markdown';
import { changeLines, type ChangeKind, type ChangeLine, type CharterComparison, type DiffReport } from './report';

/** GitHub takes at most 1 MiB of job summary per step: rows past this are counted, not listed. */
export const MAX_DIFF_ROWS = 500;

const KIND_LABEL: Record<ChangeKind, string> = {
  introduced: 'new',
  accountable: 'accountable',
  'added letter': '+ letter',
  'removed letter': '− letter',
  'added responsibility': '+ responsibility',
  'removed responsibility': '− responsibility',
  'renamed responsibility': '~ responsibility',
  'added role': '+ role',
  'removed role': '− role',
  'renamed role': '~ role',
  holders: 'holders',
  team: 'team',
  reviewed: 'reviewed',
  resolved: 'resolved',
};

const KIND_ICON: Record<ChangeKind, string> = {
  introduced: '',
  accountable: '🔀 accountable',
  'added letter': '➕ letter',
  'removed letter': '➖ letter',
  'added responsibility': '➕ responsibility',
  'removed responsibility': '➖ responsibility',
  'renamed responsibility': '✏️ renamed',
  'added role': '➕ role',
  'removed role': '➖ role',
  'renamed role': '✏️ role renamed',
  holders: '👤 holders',
  team: '✏️ team',
  reviewed: '📅 reviewed',
  resolved: '✅ resolved',
};

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️', hint: '💡' };

export function formatDiffStylish(report: DiffReport, options: { color: boolean }): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
  const out: string[] = [];
  for (const charter of shownCharters(report)) {
    if (out.length > 0) out.push('');
    out.push(`${paint('bold', shown(charterName(charter)))}  ${paint('dim', shown(charterFiles(charter)))}`);
    const lines = changeLines(charter.diff);
    if (lines.length === 0) out.push('  no ownership change');
    const width = Math.max(0, ...lines.map((line) => label(line).length));
    for (const line of lines) {
      const style = line.kind === 'introduced' ? (line.severity === 'error' ? 'red' : 'yellow') : line.kind === 'resolved' ? 'green' : 'reset';
      const change = transition(line);
      const detail = line.rule ? `line ${line.line}: ${line.before || line.after}  ${paint('dim', line.rule)}` : change ? `${shown(line.subject)}: ${change}` : shown(line.subject);
      out.push(`  ${paint(style, label(line).padEnd(width))}  ${detail}`);
    }
  }
  if (out.length > 0) out.push('');
  out.push(summaryLine(report));
  return out.join('\n') + '\n';
}

export function formatDiffMarkdown(report: DiffReport): string {
  const out = [`### Team Charter: ownership changes (\`${code(report.base)}\` → \`${code(report.target)}\`)`, '', summaryLine(report, true)];
  let rows = 0;
  let cut = 0;
  for (const charter of shownCharters(report)) {
    out.push('', `#### ${cell(charterName(charter))} (${charterFilesMarkdown(charter)})`, '');
    const lines = changeLines(charter.diff);
    if (lines.length === 0) {
      out.push('No ownership change.');
      continue;
    }
    out.push('| Change | Responsibility or role | Before | After |', '| --- | --- | --- | --- |');
    for (const line of lines) {
      if (rows >= MAX_DIFF_ROWS) {
        cut++;
        continue;
      }
      rows++;
      out.push(markdownRow(line));
    }
  }
  if (cut > 0) out.push('', `… and ${cut} more (at most ${MAX_DIFF_ROWS} rows are listed).`);
  return out.join('\n') + '\n';
}

export function formatDiffJson(report: DiffReport): string {
  const introduced: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const charter of report.charters) for (const finding of charter.diff.findings.introduced) introduced[finding.severity]++;
  const summary = {
    charters: report.charters.length,
    changed: report.charters.filter((charter) => charter.status !== 'unchanged' && charter.status !== 'renamed').length,
    ownershipChanges: report.charters.reduce((sum, charter) => sum + ownershipChangeCount(charter.diff), 0),
    introduced,
    resolved: report.charters.reduce((sum, charter) => sum + charter.diff.findings.resolved.length, 0),
  };
  return JSON.stringify({ base: report.base, target: report.target, summary, charters: report.charters }, null, 2) + '\n';
}

function markdownRow(line: ChangeLine): string {
  if (line.rule) {
    const rule = findRule(line.rule) ? `[${line.rule}](${ruleDocsUrl(line.rule)})` : cell(line.rule);
    const what = line.kind === 'introduced' ? `${SEVERITY_ICON[line.severity!]} new ${line.severity}` : `✅ resolved ${line.severity}`;
    return `| ${what} | ${rule}, line ${line.line} | ${cell(line.before)} | ${cell(line.after)} |`;
  }
  return `| ${KIND_ICON[line.kind]} | ${cell(line.subject)} | ${cell(line.before)} | ${cell(line.after)} |`;
}

function label(line: ChangeLine): string {
  return line.rule ? `${KIND_LABEL[line.kind]} ${line.severity}` : KIND_LABEL[line.kind];
}

function transition(line: ChangeLine): string {
  if (!line.before && !line.after) return '';
  if (!line.before) return shown(line.after);
  if (!line.after) return shown(line.before);
  return `${shown(line.before)} → ${shown(line.after)}`;
}

/** The charters with something to say, in the later version's order. */
function shownCharters(report: DiffReport): CharterComparison[] {
  return report.charters.filter((charter) => charter.status !== 'unchanged');
}

function charterName(charter: CharterComparison): string {
  return charter.after?.team ?? charter.before?.team ?? charter.after?.file ?? charter.before?.file ?? '';
}

function charterFiles(charter: CharterComparison): string {
  if (charter.status === 'added') return `${charter.after!.file} (new)`;
  if (charter.status === 'removed') return `${charter.before!.file} (removed)`;
  return charter.before!.file === charter.after!.file ? charter.after!.file : `${charter.before!.file} → ${charter.after!.file}`;
}

function charterFilesMarkdown(charter: CharterComparison): string {
  if (charter.status === 'added') return `\`${code(charter.after!.file)}\`, new`;
  if (charter.status === 'removed') return `\`${code(charter.before!.file)}\`, removed`;
  const [before, after] = [charter.before!.file, charter.after!.file];
  return before === after ? `\`${code(after)}\`` : `\`${code(before)}\` → \`${code(after)}\``;
}

function summaryLine(report: DiffReport, markdown = false): string {
  const changed = report.charters.filter((charter) => charter.status !== 'unchanged' && charter.status !== 'renamed').length;
  const changes = report.charters.reduce((sum, charter) => sum + ownershipChangeCount(charter.diff), 0);
  const errors = report.charters.reduce((sum, charter) => sum + charter.diff.findings.introduced.filter((f) => f.severity === 'error').length, 0);
  const otherNew = report.charters.reduce((sum, charter) => sum + charter.diff.findings.introduced.length, 0) - errors;
  const resolved = report.charters.reduce((sum, charter) => sum + charter.diff.findings.resolved.length, 0);
  const parts = [plural(changes, 'ownership change'), `${plural(errors, 'error')} introduced`];
  if (otherNew > 0) parts.push(`${plural(otherNew, 'other finding')} introduced`);
  if (resolved > 0) parts.push(`${plural(resolved, 'finding')} resolved`);
  const compared = `${plural(report.charters.length, 'charter')} compared with ${markdown ? `\`${code(report.base)}\`` : report.base}, ${changed} changed`;
  const icon = markdown ? (errors > 0 ? '❌ ' : changes > 0 ? '🔀 ' : '✅ ') : '';
  return `${icon}${compared}: ${parts.join(', ')}.`;
}

/** The user's text on one terminal line: clipped, control characters made visible. */
function shown(text: string): string {
  // eslint-disable-next-line no-control-regex
  return clip(text, 120).replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
