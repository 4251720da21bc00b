// Fixture helpers for rule and fix tests: check a charter text, find a rule's findings, apply a fix and
// prove that it fixed its finding and changed nothing else.
import * as assert from 'node:assert/strict';
import { checkText, type CheckOptions, type CheckResult } from '../../server/src/core/check';
import type { Finding, Fix, Position, Range } from '../../server/src/core/model';
import type { RuleSeverities } from '../../server/src/core/config/settings';
import { applyEdits, LineIndex } from '../../server/src/core/text';

export type Format = 'markdown' | 'yaml';

export function check(text: string, format: Format, severities?: RuleSeverities, options: CheckOptions = {}): CheckResult {
  return checkText(text, { ...options, format, severities });
}

export function checkMarkdown(text: string, severities?: RuleSeverities): CheckResult {
  return check(text, 'markdown', severities);
}

export function checkYaml(text: string, severities?: RuleSeverities): CheckResult {
  return check(text, 'yaml', severities);
}

/** Joins lines with "\n" so fixtures read as documents without template-literal indentation. */
export function lines(...rows: string[]): string {
  return rows.join('\n') + '\n';
}

/** What a finding says, as its rule declares it: the message id and the data of its placeholders. */
export function said(finding: Finding): { messageId?: string; data?: Finding['data'] } {
  return { messageId: finding.messageId, data: finding.data };
}

export function findingsOf(result: CheckResult | Finding[], rule: string): Finding[] {
  const findings = Array.isArray(result) ? result : result.findings;
  return findings.filter((finding) => finding.rule === rule);
}

/** The only finding of a rule; fails when there are none or several. */
export function onlyFinding(result: CheckResult, rule: string): Finding {
  const found = findingsOf(result, rule);
  assert.equal(found.length, 1, `expected one ${rule} finding, got ${found.length}: ${JSON.stringify(found.map((f) => f.message))}`);
  return found[0];
}

/**
 * The range of the `nth` occurrence (0-based) of `needle` in `text`, optionally searching only from
 * the first occurrence of `after` (so "the A in the Release row" reads as rangeOf(t, 'A', 0, 'Release')).
 */
export function rangeOf(text: string, needle: string, nth = 0, after?: string): Range {
  let from = 0;
  if (after !== undefined) {
    from = text.indexOf(after);
    assert.ok(from >= 0, `fixture has no ${JSON.stringify(after)}`);
  }
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, i === 0 ? from : offset + 1);
    assert.ok(offset >= 0, `fixture has no occurrence ${nth} of ${JSON.stringify(needle)}`);
  }
  return new LineIndex(text).rangeAt(offset, offset + needle.length);
}

/** The position `offset` characters into the `nth` occurrence (0-based) of `needle` in `text`. */
export function positionOf(text: string, needle: string, offset = 0, nth = 0): Position {
  const range = rangeOf(text, needle, nth);
  return new LineIndex(text).positionAt(new LineIndex(text).offsetAt(range.start) + offset);
}

export function fixTitled(finding: Finding, title: string): Fix {
  const fix = finding.fixes.find((candidate) => candidate.title === title);
  assert.ok(fix, `no fix titled ${JSON.stringify(title)}; offered: ${JSON.stringify(finding.fixes.map((f) => f.title))}`);
  return fix;
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/** Lines (0-based, of the text before) that a change touched, found by comparing line by line. */
export function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length === b.length) return a.flatMap((line, i) => (line === b[i] ? [] : [i]));
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const changed: number[] = [];
  for (let line = prefix; line < a.length - suffix; line++) changed.push(line);
  // A pure insertion changes no old line; report where it went.
  if (changed.length === 0 && a.length !== b.length) changed.push(prefix);
  return changed;
}

/**
 * role-boundary is advice about who usually owns what, so a fix that renames a role or moves an A can
 * rightly change it; the comparison of "everything else" leaves it out.
 */
const QUIET: RuleSeverities = { 'role-boundary': 'off' };

function summary(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.rule}: ${finding.message}`).sort();
}

export interface FixOutcome {
  text: string;
  result: CheckResult;
}

/**
 * Applies `fix` to the finding's text, re-checks, and asserts that the finding is gone and the other
 * findings are the same as before (by rule and message). Returns the fixed text for further checks.
 */
export function assertFixResolves(text: string, format: Format, finding: Finding, fix: Fix): FixOutcome {
  const before = check(text, format, QUIET);
  const fixed = applyFix(text, fix);
  assert.notEqual(fixed, text, `fix ${JSON.stringify(fix.title)} changed nothing`);
  const after = check(fixed, format, QUIET);
  const others = before.findings.filter(
    (other) => !(other.rule === finding.rule && other.message === finding.message && sameRange(other.range, finding.range)),
  );
  assert.deepEqual(summary(after.findings), summary(others), `after ${JSON.stringify(fix.title)}:\n${fixed}`);
  return { text: fixed, result: after };
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
  );
}

/**
 * The range of the part of `text` marked with ⟦ ⟧ in `context`: rangeIn(text, '| A/R | ⟦A⟧ |') is the
 * second A of that row. `context` without the markers must occur in `text`.
 */
export function rangeIn(text: string, context: string): Range {
  const start = context.indexOf('⟦');
  const end = context.indexOf('⟧');
  assert.ok(start >= 0 && end > start, 'context needs ⟦ and ⟧');
  const plain = context.slice(0, start) + context.slice(start + 1, end) + context.slice(end + 1);
  const at = text.indexOf(plain);
  assert.ok(at >= 0, `fixture has no ${JSON.stringify(plain)}`);
  return new LineIndex(text).rangeAt(at + start, at + end - 1);
}

/**
 * A fixture with a cursor: the position of `marker` in `text`, and the text without it. The default
 * marker is ‸ rather than yaml-language-server's `|`, which Markdown tables use.
 */
export function withCursor(text: string, marker = '‸'): { text: string; position: Position } {
  const at = text.indexOf(marker);
  assert.ok(at >= 0 && text.indexOf(marker, at + 1) < 0, `fixture needs exactly one ${marker}`);
  const plain = text.slice(0, at) + text.slice(at + marker.length);
  return { text: plain, position: new LineIndex(plain).positionAt(at) };
}
