// Picks the parser for a file and gives back one charter model, whatever the form.
import type { Charter, CharterFormat } from '../model';
import { parseYamlCharter } from './yaml';
import type { YamlCheckOptions } from './yaml/entries';
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
export function parseCharter(text: string, format: CharterFormat, markdown: MarkdownReadOptions = {}, yaml: YamlCheckOptions = {}): Charter {
  if (format === 'yaml') return yaml.entryCache ? yaml.entryCache.read(text, yaml.keep) : parseYamlCharter(text);
  return parseMarkdownCharter(text, markdown);
}

/**
 * What parseCharter(text, format, markdown) will parse, parsed ahead into `markdown.chunkCache` a piece
 * at a time, for a caller that answers other requests in between (the language server). YAML is read
 * in one piece: nothing to do ahead.
 */
export function parseAhead(text: string, format: CharterFormat, markdown: MarkdownReadOptions): Resumable {
  return format === 'yaml' ? NOTHING_AHEAD : parseMarkdownAhead(text, markdown);
}

/** A root key of a YAML charter at the start of a line (`roles:`, `responsibilities:`, `team: Payments`). */
const YAML_CHARTER_KEY = /^(?:team|mission|extends|shared|roles|responsibilities|reviewed|review-every)[ \t]*:(?:[ \t\r]|$)/m;
/**
 * Markdown's own structure at the start of a line, which YAML never has there: a table row, a list item
 * in bold, an HTML block. (Not a heading: a YAML comment, `# Roles`, looks like one.)
 */
const MARKDOWN_BLOCK = /^(?:\|.*\||[-*+][ \t]+\*\*|<(?:table|!--|h[1-6])\b)/im;

/**
 * The form of a text that comes with no file name (standard input): YAML when, outside a Markdown
 * front matter block, a line starts with a YAML charter's root key and no line is Markdown's own
 * (a table row, a bold list item, an HTML block); Markdown otherwise. A broken YAML charter still has
 * its keys, so it is read as YAML and its syntax error reported, rather than read as prose and found clean.
 */
export function formatOfText(text: string): CharterFormat {
  const body = text.replace(/^\ufeff?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, '');
  return YAML_CHARTER_KEY.test(body) && !MARKDOWN_BLOCK.test(body) ? 'yaml' : 'markdown';
}
