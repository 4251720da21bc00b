// Invariants every result of the core must keep, whatever the text: ranges inside the document and on
// code-point boundaries, fix edits that do not overlap and apply cleanly, fix-all that adds no error, and
// features that never throw.
// Shared by the fuzz test and the regression tests beside it.
import * as assert from 'node:assert/strict';
import { checkText, type CheckResult } from '../../server/src/core/check';
import type { CharterFormat, Finding, Position, Range, TextEdit } from '../../server/src/core/model';
import { completionsAt } from '../../server/src/core/features/completion';
import { fixAllCandidates, safeFixEdits } from '../../server/src/core/features/fixAll';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import { hoverAt } from '../../server/src/core/features/hover';
import { definitionAt, prepareRenameAt, referencesAt, renameAt } from '../../server/src/core/features/navigation';
import { documentSymbols, type CharterSymbol } from '../../server/src/core/features/symbols';
import { applyEdits, comparePositions, LineIndex } from '../../server/src/core/text';

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Throws (with `what` in the message) unless the range lies inside the text and splits no surrogate pair. */
export function assertRangeSound(index: LineIndex, range: Range, what: string): void {
  const show = () => `${what}: ${JSON.stringify(range)}`;
  assert.ok(range && range.start && range.end, `${what}: missing range`);
  for (const position of [range.start, range.end]) assertPositionSound(index, position, show);
  assert.ok(comparePositions(range.start, range.end) <= 0, `${show()} starts after it ends`);
}

function assertPositionSound(index: LineIndex, position: Position, show: () => string): void {
  assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), `${show()} not integer`);
  assert.ok(position.line >= 0 && position.line < index.lineCount, `${show()} line out of range (lineCount ${index.lineCount})`);
  const line = index.lineText(position.line);
  assert.ok(position.character >= 0 && position.character <= line.length, `${show()} character past line end (${line.length})`);
  const offset = index.lineStarts[position.line] + position.character;
  const before = index.text.charCodeAt(offset - 1);
  const after = index.text.charCodeAt(offset);
  assert.ok(!(position.character > 0 && isHigh(before) && isLow(after)), `${show()} splits a surrogate pair`);
}

export function assertEditsSound(index: LineIndex, edits: readonly TextEdit[], what: string): string {
  edits.forEach((edit, i) => {
    assertRangeSound(index, edit.range, `${what} edit ${i}`);
    assert.equal(typeof edit.newText, 'string', `${what} edit ${i} newText`);
  });
  return applyEdits(index.text, edits);
}

/** checkText plus every invariant on its findings and fixes; applying each fix must re-check cleanly. */
export function checkSound(text: string, format: CharterFormat, options: { applyFixes?: boolean } = {}): CheckResult {
  const result = checkText(text, { format });
  const index = new LineIndex(result.charter.text);
  assert.equal(result.charter.text.length <= text.length, true);
  for (const finding of result.findings) {
    const what = `${finding.rule} "${finding.message}"`;
    assert.ok(finding.message.length > 0, `${what}: empty message`);
    assertRangeSound(index, finding.range, what);
    for (const related of finding.related ?? []) assertRangeSound(index, related.range, `${what} related`);
    for (const fix of finding.fixes) {
      const fixed = assertEditsSound(index, fix.edits, `${what} fix "${fix.title}"`);
      if (options.applyFixes !== false) checkText(fixed, { format });
    }
  }
  // Fix-all as the editor gets it (verified): sound edits, and no rule reports more errors after it,
  // but inside the entries its corrections reveal (Fix.reveals: what `RR` or a misspelt key hid).
  const candidates = fixAllCandidates(new FixVerifier(text, { format }, result));
  const all = candidates.flatMap((candidate) => candidate.fix.edits);
  const fixedAll = assertEditsSound(index, all, 'fix-all');
  const revealed = candidates.flatMap((candidate) => (candidate.fix.reveals ? [linesAfter(candidate.fix.reveals, all)] : []));
  const outsideRevealed = (finding: Finding) =>
    ['syntax', 'schema'].includes(finding.rule) || !revealed.some(([first, last]) => finding.range.start.line >= first && finding.range.start.line <= last);
  if (all.length > 0) assertNoErrorAdded(result.findings, checkText(fixedAll, { format }).findings.filter(outsideRevealed), 'fix-all');
  // Unverified, the safe fixes must still apply cleanly and check without throwing.
  checkText(assertEditsSound(index, safeFixEdits(result.findings), 'safe fixes'), { format });
  for (const symbol of documentSymbols(result)) assertSymbolSound(index, symbol);
  return result;
}

/** The lines a range of the text before the edits spans after them (edits above it add or remove lines). */
function linesAfter(range: Range, edits: readonly TextEdit[]): [number, number] {
  let shift = 0;
  for (const edit of edits) {
    if (edit.range.end.line >= range.start.line) continue;
    shift += (edit.newText.match(/\r\n|\r|\n/g)?.length ?? 0) - (edit.range.end.line - edit.range.start.line);
  }
  return [range.start.line + shift, range.end.line + shift];
}

/** Fails when some rule reports more errors after than before (counted per rule, whatever the messages say). */
export function assertNoErrorAdded(before: readonly Finding[], after: readonly Finding[], what: string): void {
  const count = (findings: readonly Finding[]) => {
    const byRule = new Map<string, number>();
    for (const finding of findings) if (finding.severity === 'error') byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
    return byRule;
  };
  const was = count(before);
  for (const [rule, now] of count(after)) {
    const then = was.get(rule) ?? 0;
    assert.ok(now <= then, `${what} adds ${rule} errors (${then} before, ${now} after): ${JSON.stringify(after.filter((f) => f.rule === rule && f.severity === 'error').map((f) => f.message))}`);
  }
}

function assertSymbolSound(index: LineIndex, symbol: CharterSymbol): void {
  assertRangeSound(index, symbol.range, `symbol ${symbol.name}`);
  assertRangeSound(index, symbol.selectionRange, `symbol ${symbol.name} selection`);
  for (const child of symbol.children) assertSymbolSound(index, child);
}

/** Runs every position-based feature at `position` and checks what they return. */
export function featuresSound(result: CheckResult, position: Position): void {
  const index = new LineIndex(result.charter.text);
  const hover = hoverAt(result, position);
  if (hover?.range) assertRangeSound(index, hover.range, 'hover');
  for (const entry of completionsAt(result, position)) {
    assertRangeSound(index, entry.range, `completion ${entry.label}`);
    if (entry.additionalEdits) assertEditsSound(index, [...entry.additionalEdits, { range: entry.range, newText: entry.insertText }], `completion ${entry.label}`);
  }
  const definition = definitionAt(result, position);
  if (definition && !definition.path) assertRangeSound(index, definition.range, 'definition');
  for (const location of referencesAt(result, position, true) ?? []) if (!location.path) assertRangeSound(index, location.range, 'reference');
  const prepared = prepareRenameAt(result, position);
  if ('range' in prepared) assertRangeSound(index, prepared.range, 'prepareRename');
  for (const name of ['Renamed Role', '😀 角色']) {
    const renamed = renameAt(result, position, name);
    if ('edits' in renamed) assertEditsSound(index, renamed.edits, `rename to ${name}`);
  }
}
