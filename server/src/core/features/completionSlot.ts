// What a completion slot is (where a role, a letter or a key goes) and the range the chosen item replaces:
// shared by the Markdown and YAML readings of the text around the cursor.
import type { Position, Range } from '../model';

export type Slot =
  | { kind: 'role'; range: Range }
  | { kind: 'letter'; range: Range }
  | { kind: 'key'; keys: readonly KeyInfo[]; range: Range };

export interface KeyInfo {
  key: string;
  detail: string;
}

/**
 * The range of the item the cursor is in: from after the last delimiter (or `from`) before the cursor,
 * white space skipped, to before the next delimiter, white space trimmed.
 */
export function tokenRange(line: string, position: Position, from: number, delimiter: RegExp): Range {
  let start = Math.max(0, from);
  for (let i = position.character - 1; i >= start; i--) {
    if (delimiter.test(line[i])) {
      start = i + 1;
      break;
    }
  }
  while (start < position.character && /\s/.test(line[start])) start++;
  let end = position.character;
  while (end < line.length && !delimiter.test(line[end])) end++;
  while (end > position.character && /\s/.test(line[end - 1])) end--;
  return { start: { line: position.line, character: start }, end: { line: position.line, character: end } };
}
