// Fixtures mark the cursor with ‸ (yaml-language-server's tests use `|`, which tables need).
import { checkText, type CheckResult } from '../../server/src/core/check';
import type { Position } from '../../server/src/core/model';
import { withCursor } from '../helpers/charter';

export function checkAt(marked: string, format: 'markdown' | 'yaml'): { result: CheckResult; position: Position; text: string } {
  const { text, position } = withCursor(marked);
  return { result: checkText(text, { format }), position, text };
}
