// A linear pre-pass over the text remark-parse is given (after the table cut-down of markdown.ts) that
// defuses the shapes on which micromark is superlinear, so that no text can freeze the server (it checks
// synchronously, on every keystroke). Every replacement keeps the length, so every offset stays valid.
//
// Measured (remark-parse alone, Node 20, one run each, 2 cores at load ~2.5):
// - inline: `*a` x10,000 in one paragraph 1.7 s (quadratic: x5,000 0.6 s); `*`x10,000+a+`*`x10,000 7 s;
//   `**_` x10,000 4.5 s; `<!--` x5,000 5.7 s and x10,000 18 s; `<![CDATA[` x10,000 38 s; `<?` x10,000 5.4 s;
//   `` `a `` x40,000 0.5 s, `[` x40,000 0.4 s (each unclosed opener scans the rest of its paragraph).
//   Dense but small paragraphs are linear: 1 MB of paragraphs of 50 `*a` takes 7 s, of 400 `*a` 9 s. So a
//   block may hold up to ~500 markers before the quadratic term passes the linear one; `<` costs ~100 times
//   more per marker (a whole scan of the paragraph per `<!--`), so it counts 5.
// - nesting: a list 200 levels deep (40 KB) 0.44 s, 400 levels (160 KB) 2.6 s; `- ` x2,000 on one line 0.9 s.
//
// A block here is a run of lines between blank lines, also cut before a line that starts at column 0
// with a heading, a bullet with text or a fence. Each of those always ends a paragraph, so every
// paragraph remark sees lies inside one block: counting per block can only count too much, never too
// little. Fenced code and HTML blocks that start at column 0 are skipped (nothing in them is inline
// markup); ones that start indented may belong to a list item that ends early, so they are counted.
//
// Cost: one pass, a few char-code reads per character. On the 1,000-row benchmark matrix (CPU time,
// median of 25): 0.09 ms on the cut-down text it is given, 1 ms on the whole 176 KB; checkText 23 ms.

/** Markers a block may hold before it is read as plain text (see the measurements above). */
export const MAX_BLOCK_MARKERS = 500;
/** Container markers (`>`, list bullets and numbers) a line may open or continue. */
export const MAX_NESTING = 32;
/** A list marker or `>` at this column or beyond is read as text (32 levels of 3-column lists). */
export const MAX_MARKER_COLUMN = 100;
/**
 * Markers a whole document may hold: past this, every further block with markers is read as plain text.
 * Small blocks are linear but not cheap: 1 MB of paragraphs of 50 `*a` (500,000 markers) took 7 s, so
 * this bounds the inline work of any text to well under a second. The largest sample has under 1,000.
 */
export const MAX_DOCUMENT_MARKERS = 50_000;
/** Guard warnings per document: past this, blocks are still defused but not reported again. */
const MAX_NOTES = 10;

/** Replacement for a defused character: a letter has no Markdown meaning anywhere on a line. */
const NEUTRAL = 'x';

export interface GuardNote {
  /** Offset (in the guarded text) where the affected block starts. */
  offset: number;
  message: string;
}

export interface GuardedText {
  text: string;
  notes: GuardNote[];
}

const TAB = 9;
const SPACE = 32;
const LF = 10;
const CR = 13;

/** Weight of a character as an inline marker; 0 for every other character. */
function markerWeight(code: number): number {
  switch (code) {
    case 42: // *
    case 95: // _
    case 96: // `
    case 91: // [
    case 93: // ]
      return 1;
    case 60: // <
      return 5;
    default:
      return 0;
  }
}

const MARKER_CHARS = /[*_`[\]<]/g;

/** HTML block kinds 1-5 end at a marker (possibly blank lines later); kind 6 ends at a blank line. */
const HTML_BLOCK_NAMES = new Set(
  ('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead ' +
    'title tr track ul').split(' '),
);

/** What an HTML block starting at `at` ends with: a marker, 'blank' (kind 6), or undefined (not kinds 1-6). */
function htmlBlockEnd(text: string, at: number, lineEnd: number): string | undefined {
  const head = text.slice(at, Math.min(lineEnd, at + 16)).toLowerCase();
  if (head.startsWith('<!--')) return '-->';
  if (head.startsWith('<?')) return '?>';
  if (head.startsWith('<![cdata[')) return ']]>';
  if (/^<![a-z]/.test(head)) return '>';
  const raw = /^<(script|pre|style|textarea)(?:[\s>]|$)/.exec(head);
  if (raw) return `</${raw[1]}>`;
  const name = /^<\/?([a-z][a-z0-9]*)(?:[\s>]|\/>|$)/.exec(head);
  if (name && HTML_BLOCK_NAMES.has(name[1])) return 'blank';
  return undefined;
}

/** A fence line: up to 3 spaces (already skipped to `at`), then 3+ backticks (no backtick after) or tildes. */
function fenceAt(text: string, at: number, lineEnd: number): { char: number; length: number; rest: boolean } | undefined {
  const char = text.charCodeAt(at);
  if (char !== 96 && char !== 126) return undefined;
  let end = at;
  while (end < lineEnd && text.charCodeAt(end) === char) end++;
  if (end - at < 3) return undefined;
  if (char === 96 && text.indexOf('`', end) !== -1 && text.indexOf('`', end) < lineEnd) return undefined;
  return { char, length: end - at, rest: text.slice(end, lineEnd).trim().length > 0 };
}

/** The end of a line's container prefix (indentation, `>` and list markers) and what it holds. */
interface Prefix {
  /** First offset after the prefix. */
  end: number;
  /** Indentation of the first character after the prefix, in columns from the line start. */
  column: number;
  /** [start, end) spans of markers too deep or too far right, and of indentation past MAX_MARKER_COLUMN. */
  tooDeep: [number, number][];
}

function readPrefix(text: string, lineStart: number, lineEnd: number): Prefix {
  let at = lineStart;
  let column = 0;
  let depth = 0;
  const tooDeep: [number, number][] = [];
  for (;;) {
    let farFrom = -1;
    while (at < lineEnd) {
      const code = text.charCodeAt(at);
      if (code === SPACE) column++;
      else if (code === TAB) column += 4 - (column % 4);
      else break;
      at++;
      if (column > MAX_MARKER_COLUMN && farFrom < 0) farFrom = at - 1;
    }
    // Indentation this far right only continues lists deeper than MAX_NESTING: micromark spends ~1 us per
    // space of it (1,000 lines each indented 1,000 columns inside a 50-deep list: 3.6 s, 1.4 s without).
    if (farFrom >= 0 && at < lineEnd) {
      tooDeep.push([farFrom, at]);
      break;
    }
    if (at >= lineEnd) break;
    const code = text.charCodeAt(at);
    let markerEnd = -1;
    if (code === 62 /* > */) markerEnd = at + 1;
    else if (code === 45 || code === 42 || code === 43 /* - * + */) {
      const next = text.charCodeAt(at + 1);
      if (at + 1 >= lineEnd || next === SPACE || next === TAB) markerEnd = at + 1;
    } else if (code >= 48 && code <= 57) {
      let digits = at;
      while (digits < lineEnd && digits - at < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
      const delimiter = text.charCodeAt(digits);
      const next = text.charCodeAt(digits + 1);
      if ((delimiter === 46 || delimiter === 41) && (digits + 1 >= lineEnd || next === SPACE || next === TAB)) markerEnd = digits + 1;
    }
    if (markerEnd < 0) break;
    depth++;
    if (depth > MAX_NESTING || column >= MAX_MARKER_COLUMN) tooDeep.push([markerEnd - 1, markerEnd]);
    column += markerEnd - at;
    at = markerEnd;
  }
  return { end: at, column, tooDeep };
}

function isBlank(text: string, lineStart: number, lineEnd: number): boolean {
  for (let at = lineStart; at < lineEnd; at++) {
    const code = text.charCodeAt(at);
    if (code !== SPACE && code !== TAB) return false;
  }
  return true;
}

/** Column-0 line that always ends a paragraph: an ATX heading, a bullet with text, a fence. */
function startsBlockAtColumnZero(text: string, lineStart: number, lineEnd: number): boolean {
  const code = text.charCodeAt(lineStart);
  if (code === 35 /* # */) {
    let end = lineStart;
    while (end < lineEnd && text.charCodeAt(end) === 35) end++;
    const next = text.charCodeAt(end);
    return end - lineStart <= 6 && (end >= lineEnd || next === SPACE || next === TAB);
  }
  if (code === 45 || code === 42 || code === 43) {
    const next = text.charCodeAt(lineStart + 1);
    return (next === SPACE || next === TAB) && !isBlank(text, lineStart + 2, lineEnd);
  }
  return fenceAt(text, lineStart, lineEnd) !== undefined;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Defuses what would make remark-parse superlinear in `text` from offset `from` on (the front matter
 * before it is left alone): a block with more than MAX_BLOCK_MARKERS inline markers has them replaced by
 * a letter (outside line prefixes, fence lines and HTML block starts, so the block structure stays), and
 * container markers nested deeper than MAX_NESTING levels or at MAX_MARKER_COLUMN and beyond likewise.
 * Returns the same text (the same string) when there is nothing to defuse.
 */
export function guardMarkdown(text: string, from = 0): GuardedText {
  const notes: GuardNote[] = [];
  /** Disjoint [start, end, whole] spans: whole = 1 replaces the one container marker, 0 the markers in it. */
  const spans: [number, number, number][] = [];
  const note = (offset: number, message: string) => {
    if (notes.length < MAX_NOTES) notes.push({ offset, message });
  };

  // Skipped regions (only when they start at column 0 outside anything else): fenced code, HTML 1-6.
  let fence: { char: number; length: number } | undefined;
  let html: string | undefined;
  // Regions that may or may not be code or HTML (opened indented): counted, but they stop the tracking
  // above, since a column-0 fence or tag inside them may be content.
  let maybeFence: { char: number; length: number } | undefined;
  let maybeHtml: string | undefined;

  let blockStart = -1;
  let blockFirstContent = 0;
  let blockWeight = 0;
  let blockDeep = false;
  /** Lines of the current block: [lineStart, prefixEnd, lineEnd, keep] where keep means leave the line as is. */
  let blockLines: number[] = [];

  let documentWeight = 0;
  let overBudget = false;
  const closeBlock = () => {
    if (blockStart < 0) return;
    documentWeight += blockWeight;
    const overDocument = blockWeight > 0 && documentWeight > MAX_DOCUMENT_MARKERS;
    if (blockWeight > MAX_BLOCK_MARKERS || overDocument) {
      let markers = 0;
      for (let i = 0; i < blockLines.length; i += 4) {
        if (blockLines[i + 3]) continue;
        const start = blockLines[i + 1];
        const end = blockLines[i + 2];
        for (let at = start; at < end; at++) if (markerWeight(text.charCodeAt(at)) > 0) markers++;
        spans.push([start, end, 0]);
      }
      if (blockWeight > MAX_BLOCK_MARKERS) {
        note(
          blockFirstContent,
          `This block has ${plural(markers, 'inline markup character')} (* _ \` [ ] <), more than any charter needs; Team Charter read it as plain text.`,
        );
      } else if (!overBudget) {
        note(
          blockFirstContent,
          `This document has more than ${MAX_DOCUMENT_MARKERS.toLocaleString('en-US')} inline markup characters (* _ \` [ ] <); Team Charter read this block and the ones after it as plain text.`,
        );
      }
      if (overDocument) overBudget = true;
    } else if (blockDeep) {
      note(
        blockFirstContent,
        `This block nests lists or quotes deeper than any charter needs (over ${MAX_NESTING} markers on a line, or indented past column ${MAX_MARKER_COLUMN}); Team Charter read the deeper part as plain text.`,
      );
    }
    blockStart = -1;
    blockWeight = 0;
    blockDeep = false;
    blockLines = [];
  };

  let lineStart = from;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    let weight = 0;
    while (lineEnd < text.length) {
      const code = text.charCodeAt(lineEnd);
      if (code === LF || code === CR) break;
      weight += markerWeight(code);
      lineEnd++;
    }
    let next = lineEnd;
    if (text.charCodeAt(next) === CR) next++;
    if (text.charCodeAt(next) === LF) next++;

    const blank = isBlank(text, lineStart, lineEnd);
    if (fence) {
      const closingAt = skipIndent(text, lineStart, lineEnd);
      const closing = closingAt < 0 ? undefined : fenceAt(text, closingAt, lineEnd);
      if (closing && closing.char === fence.char && closing.length >= fence.length && !closing.rest) fence = undefined;
      lineStart = next;
      continue;
    }
    if (html) {
      if (html === 'blank' ? blank : text.slice(lineStart, lineEnd).toLowerCase().includes(html)) html = undefined;
      lineStart = next;
      continue;
    }
    if (blank) {
      closeBlock();
      if (maybeHtml === 'blank') maybeHtml = undefined;
      lineStart = next;
      continue;
    }

    const indentEnd = skipIndent(text, lineStart, lineEnd);
    const indented = indentEnd - lineStart;
    const lineFence = indentEnd < 0 ? undefined : fenceAt(text, indentEnd, lineEnd);
    const lineHtml = indentEnd >= 0 && text.charCodeAt(indentEnd) === 60 ? htmlBlockEnd(text, indentEnd, lineEnd) : undefined;
    const uncertain = maybeFence !== undefined || maybeHtml !== undefined;

    if (maybeFence && lineFence && lineFence.char === maybeFence.char && lineFence.length >= maybeFence.length && !lineFence.rest) {
      maybeFence = undefined;
    } else if (maybeHtml && maybeHtml !== 'blank' && text.slice(lineStart, lineEnd).toLowerCase().includes(maybeHtml)) {
      maybeHtml = undefined;
    } else if (!uncertain && indented === 0 && lineFence) {
      // A column-0 fence opens fenced code whatever came before; its content is not inline markup.
      closeBlock();
      fence = { char: lineFence.char, length: lineFence.length };
      lineStart = next;
      continue;
    } else if (!uncertain && indented === 0 && lineHtml) {
      closeBlock();
      if (!(lineHtml !== 'blank' && text.slice(indentEnd + 2, lineEnd).toLowerCase().includes(lineHtml))) html = lineHtml;
      lineStart = next;
      continue;
    } else if (!uncertain && lineFence) {
      maybeFence = { char: lineFence.char, length: lineFence.length };
    } else if (!uncertain && lineHtml) {
      if (!(lineHtml !== 'blank' && text.slice(indentEnd + 2, lineEnd).toLowerCase().includes(lineHtml))) maybeHtml = lineHtml;
    }

    const splits = startsBlockAtColumnZero(text, lineStart, lineEnd);
    if (splits) closeBlock();
    const prefix = readPrefix(text, lineStart, lineEnd);
    if (blockStart < 0) {
      blockStart = lineStart;
      let first = lineStart;
      while (first < lineEnd && (text.charCodeAt(first) === SPACE || text.charCodeAt(first) === TAB)) first++;
      blockFirstContent = first;
    }
    if (prefix.tooDeep.length > 0) {
      blockDeep = true;
      for (const [start, end] of prefix.tooDeep) spans.push([start, end, 1]);
    }
    blockWeight += weight;
    // Fence lines and HTML block starts keep their characters, so fences still close and comments end.
    const keep = lineFence !== undefined || lineHtml !== undefined ? 1 : 0;
    blockLines.push(lineStart, prefix.end, lineEnd, keep);
    // An ATX heading is one line: the next line starts another block.
    if (splits && text.charCodeAt(lineStart) === 35) closeBlock();
    lineStart = next;
  }
  closeBlock();
  if (spans.length === 0) return { text, notes };
  return { text: defuse(text, spans), notes };
}

/** Past up to three leading spaces; -1 when the line is indented four or more (indented code). */
function skipIndent(text: string, lineStart: number, lineEnd: number): number {
  let at = lineStart;
  while (at < lineEnd && at - lineStart < 4 && text.charCodeAt(at) === SPACE) at++;
  const code = text.charCodeAt(at);
  return at - lineStart > 3 || code === TAB ? -1 : at;
}

/** The text with every marker character (or single container marker) in `spans` replaced by NEUTRAL. */
function defuse(text: string, spans: [number, number, number][]): string {
  spans.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let copied = 0;
  for (const [start, end, whole] of spans) {
    if (start < copied) continue;
    parts.push(text.slice(copied, start));
    parts.push(whole ? NEUTRAL.repeat(end - start) : text.slice(start, end).replace(MARKER_CHARS, NEUTRAL));
    copied = end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
