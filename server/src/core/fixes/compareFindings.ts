// What some edits did to a text's findings: which targeted findings stayed and which findings are new,
// although the edits moved text (fixes/verify.ts asks it for every fix it verifies).
import type { Finding, TextEdit } from '../model';
import type { LineIndex } from '../text';

/** What applying some edits did to the findings. */
export interface Outcome {
  /** The targeted findings still there. */
  remaining: Finding[];
  /** Findings after the edits that match none before. */
  added: Finding[];
  /** Where each of `added` starts, as an offset in the text before the edits. */
  addedAt: number[];
}

/**
 * Pairs the findings after some edits with those before, so that what is new and what is gone can be
 * told although the edits moved text. A finding after is the same as one before when it has the same
 * rule and message at the same place (its range taken back through the edits), then when it has the same
 * rule and message anywhere (text moved), then when it has the same rule at the same place (a message
 * that names what the edit renamed); always with the same severity. Line numbers in messages ("(line 12)") are not compared. Targeted
 * findings are paired last, so a finding that is only similar to a target does not hide one that stayed.
 */
export function compareFindings(
  beforeIndex: LineIndex,
  before: readonly Finding[],
  edits: readonly TextEdit[],
  afterIndex: LineIndex,
  after: readonly Finding[],
  targets: readonly Finding[],
): Outcome {
  const moves = editOffsets(beforeIndex, edits);
  const targetSet = new Set(targets);
  const olds = before.map((finding) => ({
    finding,
    key: keyOf(finding),
    place: placeOf(finding, beforeIndex.offsetAt(finding.range.start), beforeIndex.offsetAt(finding.range.end)),
    target: targetSet.has(finding),
    paired: false,
  }));
  // Targets last in every list, so that other findings are paired first.
  olds.sort((a, b) => Number(a.target) - Number(b.target));
  const news = after.map((finding) => {
    const start = backThrough(moves, afterIndex.offsetAt(finding.range.start), 'start');
    return { finding, key: keyOf(finding), start, place: placeOf(finding, start, backThrough(moves, afterIndex.offsetAt(finding.range.end), 'end')), paired: false };
  });
  const pass = (by: (item: { key: string; place: string }) => string) => {
    const waiting = new Map<string, typeof olds>();
    for (const old of olds) {
      if (old.paired) continue;
      const key = by(old);
      const list = waiting.get(key);
      if (list) list.push(old);
      else waiting.set(key, [old]);
    }
    for (const item of news) {
      if (item.paired) continue;
      const list = waiting.get(by(item));
      const old = list?.find((candidate) => !candidate.paired);
      if (!old) continue;
      old.paired = true;
      item.paired = true;
    }
  };
  pass((item) => `${item.key}\u0000${item.place}`);
  pass((item) => item.key);
  pass((item) => item.place);
  const added = news.filter((item) => !item.paired);
  return {
    remaining: olds.filter((old) => old.target && old.paired).map((old) => old.finding),
    added: added.map((item) => item.finding),
    addedAt: added.map((item) => item.start),
  };
}

/** Rule, severity and message (a finding that turns from warning to error is a new error). */
function keyOf(finding: Finding): string {
  return `${finding.rule}\u0000${finding.severity}\u0000${finding.message.replace(/\b(line|column) \d+/g, '$1 #')}`;
}

function placeOf(finding: Finding, start: number, end: number): string {
  return `${finding.rule}\u0000${finding.severity}\u0000${start}:${end}`;
}

interface EditOffsets {
  start: number;
  end: number;
  length: number;
}

function editOffsets(index: LineIndex, edits: readonly TextEdit[]): EditOffsets[] {
  return edits
    .map((edit) => ({ start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end), length: edit.newText.length }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * An offset in the edited text taken back to the text before the edits. Inside a replacement it is the
 * start or the end of the replaced text (`side`), since the new text has no place before.
 */
function backThrough(edits: readonly EditOffsets[], offset: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const edit of edits) {
    const newStart = edit.start + delta;
    const newEnd = newStart + edit.length;
    if (offset <= newStart) return offset - delta;
    if (offset < newEnd) return side === 'start' ? edit.start : edit.end;
    delta += edit.length - (edit.end - edit.start);
  }
  return offset - delta;
}
