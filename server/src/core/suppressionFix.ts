// The quick fix that silences one finding with a `team-charter-disable` comment (suppressions.ts reads
// the comments): where such a comment can go, and in what form.
import type { CharterFormat, Finding, Fix, TextEdit } from './model';
import { contentStart, LineScanner } from './lines';
import { mostUsedLineBreak } from './text';
import { DIRECTIVE_PREFIX } from './suppressions';

/**
 * The quick fix that silences one finding with a comment: `disable-next-line` on a line of its own
 * above the finding's line, with its indentation; in a Markdown table, where a comment line would cut
 * the table in two, `disable` before the table and `enable` after it. Undefined where no comment can
 * go (the front matter's opening fence).
 */
export function suppressionFix(text: string, format: CharterFormat, finding: Finding): Fix | undefined {
  const lines = splitLines(text);
  const target = finding.range.start.line;
  if (target < 0 || target >= lines.length) return undefined;
  const eol = mostUsedLineBreak(text);
  const id = finding.rule;
  const indent = (line: number) => /^[ \t]*/.exec(lines[line].text)![0];
  // Line 0 starts after a byte order mark, which stays first.
  const lineStart = (line: number) => (line === 0 ? contentStart(text) : 0);
  const insertBefore = (line: number, comment: string): TextEdit => ({
    range: { start: { line, character: lineStart(line) }, end: { line, character: lineStart(line) } },
    newText: `${comment}${eol}`,
  });
  if (format === 'yaml' || inFrontMatter(lines, target)) {
    if (format !== 'yaml' && target === 0) return undefined;
    return {
      title: `Disable ${id} for this line`,
      edits: [insertBefore(target, `${indent(target)}# ${DIRECTIVE_PREFIX}disable-next-line ${id}`)],
      isPreferred: false,
    };
  }
  const table = tableAround(lines, target);
  if (table) {
    const [first, last] = table;
    const pad = indent(first);
    const after: TextEdit =
      last + 1 < lines.length
        ? insertBefore(last + 1, `${pad}<!-- ${DIRECTIVE_PREFIX}enable ${id} -->`)
        : {
            range: { start: { line: last, character: lineStart(last) + lines[last].text.length }, end: { line: last, character: lineStart(last) + lines[last].text.length } },
            newText: `${lines[last].eol ? '' : eol}${pad}<!-- ${DIRECTIVE_PREFIX}enable ${id} -->${lines[last].eol ? eol : ''}`,
          };
    return {
      title: `Disable ${id} for this table`,
      edits: [insertBefore(first, `${pad}<!-- ${DIRECTIVE_PREFIX}disable ${id} -->`), after],
      isPreferred: false,
    };
  }
  return {
    title: `Disable ${id} for this line`,
    edits: [insertBefore(target, `${indent(target)}<!-- ${DIRECTIVE_PREFIX}disable-next-line ${id} -->`)],
    isPreferred: false,
  };
}

interface Line {
  text: string;
  /** Whether a line break follows. */
  eol: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const line = new LineScanner(text);
  let last: Line | undefined;
  while (line.advance()) {
    // Line 0's text starts after a byte order mark.
    last = { text: text.slice(lines.length === 0 ? Math.max(line.start, contentStart(text)) : line.start, line.end), eol: line.next > line.end };
    lines.push(last);
  }
  // A text ending with a line break has an empty last line (where a position may point).
  if (!last || last.eol) lines.push({ text: '', eol: false });
  return lines;
}

function inFrontMatter(lines: readonly Line[], target: number): boolean {
  if (!/^---\s*$/.test(lines[0]?.text ?? '')) return false;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i].text)) return target <= i;
  return false;
}

/** The first and last line of the table (a run of lines with pipes, one a delimiter row) holding a line. */
function tableAround(lines: readonly Line[], target: number): [number, number] | undefined {
  const piped = (line: number) => lines[line].text.includes('|');
  if (!piped(target)) return undefined;
  let first = target;
  let last = target;
  while (first > 0 && piped(first - 1)) first--;
  while (last + 1 < lines.length && piped(last + 1)) last++;
  for (let line = first; line <= last; line++) if (DELIMITER_ROW.test(lines[line].text)) return [first, last];
  return undefined;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
