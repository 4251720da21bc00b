// STUB: replaced by the Markdown parser.
import type { Charter } from '../model';
import { emptyCharter } from './empty';

export function parseMarkdownCharter(text: string): Charter {
  return emptyCharter('markdown', text);
}
