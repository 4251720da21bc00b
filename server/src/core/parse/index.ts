// Picks the parser for a file and gives back one charter model, whatever the form.
import type { Charter, CharterFormat } from '../model';
import { stripBom } from '../text';
import { parseYamlCharter } from './yaml';
import { parseMarkdownCharter } from './markdown';

export function formatOfPath(path: string): CharterFormat {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'markdown';
}

/** Parsing never fails: it returns a model and, in `problems`, what it could not read. */
export function parseCharter(text: string, format: CharterFormat): Charter {
  const source = stripBom(text);
  return format === 'yaml' ? parseYamlCharter(source) : parseMarkdownCharter(source);
}
