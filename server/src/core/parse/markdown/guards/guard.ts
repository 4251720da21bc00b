// A linear pre-pass over the text remark-parse is given (after the table cut-down of pipe-lines.ts) that
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
//   Within those limits each container of each line still costs far more than ordinary text, and most
//   inside a block quote (BENCHMARKS.md, section 9). So a document's nesting has a budget
//   proportional to its size (MIN_NESTING_BUDGET, NESTING_PER_CHARACTER): past it, the container markers
//   of every further block are read as text, which bounds what nesting adds to a fixed share of the cost
//   of ordinary text of the same size (bench section 9).
//
// A block here is a run of lines between blank lines, also cut before a line that starts at column 0
// with a heading, a bullet with text or a fence. Each of those always ends a paragraph, so every
// paragraph remark sees lies inside one block: counting per block can only count too much, never too
// little. Fenced code and HTML blocks that start at column 0 are skipped (nothing in them is inline
// markup); ones that start indented may belong to a list item that ends early, so they are counted.
//
// The pass is here; which lines open and close blocks is in block-starts.ts, the reading of a line's `>`
// and list markers in container-prefix.ts, marker weights and the defusing in inline-markers.ts.
//
// Cost: one pass, a few char-code reads per character. On the 1,000-row benchmark matrix (CPU time,
// median of 25): 0.09 ms on the cut-down text it is given, 1 ms on the whole 176 KB; checkText 23 ms.
import { LineScanner, skipBlanks } from '../../../lines';
import { closesFence, fenceAt, htmlBlockEnd, skipIndent, startsBlockAtColumnZero } from './block-starts';
import { MAX_MARKER_COLUMN, MAX_NESTING, readPrefix } from './container-prefix';
import { defuse, markerCount, markerWeightOf } from './inline-markers';

/** Markers a block may hold before it is read as plain text (see the measurements above). */
export const MAX_BLOCK_MARKERS = 500;
/**
 * Markers a whole document may hold: past this, every further block with markers is read as plain text.
 * Small blocks are linear but not cheap: 1 MB of paragraphs of 50 `*a` (500,000 markers) took 7 s, so
 * this bounds the inline work of any text to well under a second. The largest sample has under 1,000.
 */
export const MAX_DOCUMENT_MARKERS = 50_000;
export { MAX_MARKER_COLUMN, MAX_NESTING, QUOTED_MARKER_WEIGHT } from './container-prefix';
/**
 * The nesting a document may hold, in container markers (one on a line in a block quote weighs
 * QUOTED_MARKER_WEIGHT): NESTING_PER_CHARACTER per character of the document, and at least
 * MIN_NESTING_BUDGET. The real charters measured hold at most a few hundred.
 */
export const NESTING_PER_CHARACTER = 0.1;
export const MIN_NESTING_BUDGET = 2_000;
/** Guard warnings per document: past this, blocks are still defused but not reported again. */
const MAX_NOTES = 10;

export interface GuardNote {
  /** Offset (in the guarded text) where the affected block starts. */
  offset: number;
  message: string;
}

export interface GuardedText {
  text: string;
  notes: GuardNote[];
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Defuses what would make remark-parse superlinear in `text` from offset `from` on (the front matter
 * before it is left alone): a block with more than MAX_BLOCK_MARKERS inline markers has them replaced by
 * a letter (outside line prefixes, fence lines and HTML block starts, so the block structure stays), and
 * container markers nested deeper than MAX_NESTING levels or at MAX_MARKER_COLUMN and beyond likewise.
 * Returns the same text (the same string) when there is nothing to defuse. `documentLength`: the
 * document's length, which the nesting budget is in proportion to.
 */
export function guardMarkdown(text: string, from = 0, documentLength = text.length): GuardedText {
  const notes: GuardNote[] = [];
  /** [start, end, how] spans (see defuse): 2 the container markers of a line's prefix, 1 every character, 0 the inline markers. */
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
  let blockNesting = 0;
  let documentNesting = 0;
  let overNesting = false;
  // Of the document as written: the text given here has its table rows cut down (pipe-lines.ts).
  const nestingBudget = Math.max(MIN_NESTING_BUDGET, Math.floor(documentLength * NESTING_PER_CHARACTER));
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
        markers += markerCount(text, start, end);
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
    documentNesting += blockNesting;
    if (blockNesting > 0 && documentNesting > nestingBudget) {
      // Every container marker of the block is read as text (one span a line): the block becomes paragraphs.
      for (let i = 0; i < blockLines.length; i += 4) if (blockLines[i + 1] > blockLines[i]) spans.push([blockLines[i], blockLines[i + 1], 2]);
      if (!overNesting) {
        note(
          blockFirstContent,
          'This document nests lists and quotes more than any charter needs for its size; Team Charter read the lists and quotes of this block and the ones after it as plain text.',
        );
      }
      overNesting = true;
    }
    blockStart = -1;
    blockWeight = 0;
    blockNesting = 0;
    blockDeep = false;
    blockLines = [];
  };

  const line = new LineScanner(text, from);
  while (line.advance()) {
    const lineStart = line.start;
    const lineEnd = line.end;
    const firstContent = skipBlanks(text, lineStart, lineEnd);
    const blank = firstContent === lineEnd;
    if (fence) {
      const closingAt = skipIndent(text, lineStart, lineEnd);
      if (closingAt >= 0 && closesFence(fenceAt(text, closingAt, lineEnd), fence)) fence = undefined;
      continue;
    }
    if (html) {
      if (html === 'blank' ? blank : text.slice(lineStart, lineEnd).toLowerCase().includes(html)) html = undefined;
      continue;
    }
    if (blank) {
      closeBlock();
      if (maybeHtml === 'blank') maybeHtml = undefined;
      continue;
    }

    const indentEnd = skipIndent(text, lineStart, lineEnd);
    const indented = indentEnd - lineStart;
    const lineFence = indentEnd < 0 ? undefined : fenceAt(text, indentEnd, lineEnd);
    const lineHtml = indentEnd >= 0 && text.charCodeAt(indentEnd) === 60 ? htmlBlockEnd(text, indentEnd, lineEnd) : undefined;
    const uncertain = maybeFence !== undefined || maybeHtml !== undefined;

    if (maybeFence && closesFence(lineFence, maybeFence)) {
      maybeFence = undefined;
    } else if (maybeHtml && maybeHtml !== 'blank' && text.slice(lineStart, lineEnd).toLowerCase().includes(maybeHtml)) {
      maybeHtml = undefined;
    } else if (!uncertain && indented === 0 && lineFence) {
      // A column-0 fence opens fenced code whatever came before; its content is not inline markup.
      closeBlock();
      fence = { char: lineFence.char, length: lineFence.length };
      continue;
    } else if (!uncertain && indented === 0 && lineHtml) {
      closeBlock();
      if (!(lineHtml !== 'blank' && text.slice(indentEnd + 2, lineEnd).toLowerCase().includes(lineHtml))) html = lineHtml;
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
      blockFirstContent = firstContent;
    }
    if (prefix.tooDeep.length > 0) {
      blockDeep = true;
      spans.push(...prefix.tooDeep);
    }
    blockWeight += markerWeightOf(text, lineStart, lineEnd);
    blockNesting += prefix.weight;
    // Fence lines and HTML block starts keep their characters, so fences still close and comments end.
    const keep = lineFence !== undefined || lineHtml !== undefined ? 1 : 0;
    blockLines.push(lineStart, prefix.end, lineEnd, keep);
    // An ATX heading is one line: the next line starts another block.
    if (splits && text.charCodeAt(lineStart) === 35) closeBlock();
  }
  closeBlock();
  if (spans.length === 0) return { text, notes };
  return { text: defuse(text, spans), notes };
}
