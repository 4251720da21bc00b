// Picks the parser for a file and gives back one charter model, whatever the form.
import type { Charter, CharterFormat } from '../model';
import { parseYamlCharter } from './yaml';
import { parseMarkdownCharter } from './markdown';

export function formatOfPath(path: string): CharterFormat {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'markdown';
}

/**
 * Parsing never fails: it returns a model and, in `problems`, what it could not read. A leading byte
 * order mark stays in the text: it is a character of line 0, so positions on line 0 count it as the
 * editor's buffer does; each reader skips it.
 */
export function parseCharter(text: string, format: CharterFormat): Charter {
  return format === 'yaml' ? parseYamlCharter(text) : parseMarkdownCharter(text);
}
