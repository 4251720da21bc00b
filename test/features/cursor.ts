// Fixtures mark the cursor with ‸ (yaml-language-server's tests use `|`, which tables need).
import * as assert from 'node:assert/strict';
import { checkText, type CheckResult } from '../../server/src/core/check';
import type { Position } from '../../server/src/core/model';

export function withCursor(marked: string): { text: string; position: Position } {
  const at = marked.indexOf('‸');
  assert.ok(at >= 0, 'fixture needs a ‸ cursor');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const before = text.slice(0, at).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

export function checkAt(marked: string, format: 'markdown' | 'yaml'): { result: CheckResult; position: Position; text: string } {
  const { text, position } = withCursor(marked);
  return { result: checkText(text, { format }), position, text };
}

export function lines(...rows: string[]): string {
  return rows.join('\n') + '\n';
}
