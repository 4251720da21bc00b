// Picks the parser for a file and gives back one charter model, whatever the form.
import type { Charter, CharterFormat } from '../model';
import { parseYamlCharter } from './yaml';
import { parseMarkdownAhead, parseMarkdownCharter, type MarkdownReadOptions } from './markdown';
import { NOTHING_AHEAD, type Resumable } from './markdown/chunking/ahead';

export function formatOfPath(path: string): CharterFormat {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'markdown';
}

/**
 * Parsing never fails: it returns a model and, in `problems`, what it could not read. A leading byte
 * order mark stays in the text: it is a character of line 0, so positions on line 0 count it as the
 * editor's buffer does; each reader skips it.
 */
export function parseCharter(text: string, format: CharterFormat, markdown: MarkdownReadOptions = {}): Charter {
  return format === 'yaml' ? parseYamlCharter(text) : parseMarkdownCharter(text, markdown);
}

/**
 * What parseCharter(text, format, markdown) will parse, parsed ahead into `markdown.chunkCache` a piece
 * at a time, for a caller that answers other requests in between (the language server). YAML is read
 * in one piece: nothing to do ahead.
 */
export function parseAhead(text: string, format: CharterFormat, markdown: MarkdownReadOptions): Resumable {
  return format === 'yaml' ? NOTHING_AHEAD : parseMarkdownAhead(text, markdown);
}
