// A linear pre-pass over the text remark-parse is given (after the table cut-down of pipe-lines.ts) that
// defuses the shapes on which micromark is superlinear, so that no text can freeze the server (it checks
// synchronously, on every keystroke). Every replacement keeps the length, so every offset stays valid.
//
// What is superlinear (BENCHMARKS.md, "Figures behind the limits in the source", has the measurements):
// - inline: many unclosed openers in one paragraph (`*a`, `**_`, `` `a ``, `[`; each scans the rest of its
//   paragraph), worst for `<!--`, `<![CDATA[` and `<?`, which cost about a hundred times more per marker,
//   so `<` counts 5. Dense but small paragraphs are linear, so a block may hold up to MAX_BLOCK_MARKERS
//   markers before the quadratic term passes the linear one.
// - nesting: lists and quotes nested deep, or many markers on one line. Within the limits each container
//   of each line still costs far more than ordinary text, and most inside a block quote (BENCHMARKS.md,
//   section 9). So a document's nesting has a budget proportional to its size (MIN_NESTING_BUDGET,
//   NESTING_PER_CHARACTER): past it, the container markers of every further block are read as text, which
//   bounds what nesting adds to a fixed share of the cost of ordinary text of the same size.
//
// A block here is a run of lines between blank lines, also cut before a line that starts at column 0
// with a heading, a bullet with text or a fence. Each of those always ends a paragraph, so every
// paragraph remark sees lies inside one block: counting per block can only count too much, never too
// little. Fenced code and HTML blocks that start at column 0 are skipped (nothing in them is inline
// markup); ones that start indented may belong to a list item that ends early, so they are counted.
//
// The pass is here; which lines open and close blocks is in block-starts.ts, the reading of a line's `>`
// and list markers in container-prefix.ts, marker weights and the defusing in inline-markers.ts. It is
// one pass, a few char-code reads per character.
import { LineScanner, skipBlanks } from '../../../lines';
import { closesFence, fenceAt, htmlBlockEnd, skipIndent, startsBlockAtColumnZero } from './block-starts';
import { MAX_MARKER_COLUMN, MAX_NESTING, readPrefix } from './container-prefix';
import { defuse, markerCount, markerWeightOf } from './inline-markers';

/** Markers a block may hold before it is read as plain text (see the note above). */
export const MAX_BLOCK_MARKERS = 500;
/**
 * Markers a whole document may hold: past this, every further block with markers is read as plain text.
 * Small blocks are linear but not cheap, so this bounds the inline work of any text; real charters hold
 * far fewer.
 */
export const MAX_DOCUMENT_MARKERS = 50_000;
export { MAX_MARKER_COLUMN, MAX_NESTING, QUOTED_MARKER_WEIGHT } from './container-prefix';
/**
 * The nesting a document may hold, in container markers (one on a line in a block quote weighs
 * QUOTED_MARKER_WEIGHT): NESTING_PER_CHARACTER per character of the document, and at least
 * MIN_NESTING_BUDGET; real charters hold far less.
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
  // Of the document as written: the text given here has its table rows cut down (pipe-lines.ts).
  const guard = new BlockGuard(text, Math.max(MIN_NESTING_BUDGET, Math.floor(documentLength * NESTING_PER_CHARACTER)));
  const line = new LineScanner(text, from);
  while (line.advance()) guard.readLine(line.start, line.end);
  guard.closeBlock();
  if (guard.spans.length === 0) return { text, notes: guard.notes };
  return { text: defuse(text, guard.spans), notes: guard.notes };
}

interface FenceOpening {
  char: number;
  length: number;
}

/** The state of one pass: the region and block the current line is in, and what the document has used so far. */
class BlockGuard {
  readonly notes: GuardNote[] = [];
  /** [start, end, how] spans (see defuse): 2 the container markers of a line's prefix, 1 every character, 0 the inline markers. */
  readonly spans: [number, number, number][] = [];

  // Skipped regions (only when they start at column 0 outside anything else): fenced code, HTML 1-6.
  private fence: FenceOpening | undefined;
  private html: string | undefined;
  // Regions that may or may not be code or HTML (opened indented): counted, but they stop the tracking
  // above, since a column-0 fence or tag inside them may be content.
  private maybeFence: FenceOpening | undefined;
  private maybeHtml: string | undefined;

  private blockStart = -1;
  private blockFirstContent = 0;
  private blockWeight = 0;
  private blockDeep = false;
  /** Lines of the current block: [lineStart, prefixEnd, lineEnd, keep] where keep means leave the line as is. */
  private blockLines: number[] = [];
  private blockNesting = 0;

  private documentWeight = 0;
  private overBudget = false;
  private documentNesting = 0;
  private overNesting = false;

  constructor(
    private readonly text: string,
    private readonly nestingBudget: number,
  ) {}

  private note(offset: number, message: string): void {
    if (this.notes.length < MAX_NOTES) this.notes.push({ offset, message });
  }

  readLine(lineStart: number, lineEnd: number): void {
    const firstContent = skipBlanks(this.text, lineStart, lineEnd);
    const blank = firstContent === lineEnd;
    if (this.insideSkippedRegion(lineStart, lineEnd, blank)) return;
    if (blank) {
      this.closeBlock();
      if (this.maybeHtml === 'blank') this.maybeHtml = undefined;
      return;
    }
    const starts = this.regionStarts(lineStart, lineEnd);
    if (starts) this.addLine(lineStart, lineEnd, firstContent, starts.keep);
  }

  /** Inside fenced code or an HTML block opened at column 0: the line is skipped (and may close it). */
  private insideSkippedRegion(lineStart: number, lineEnd: number, blank: boolean): boolean {
    const text = this.text;
    if (this.fence) {
      const closingAt = skipIndent(text, lineStart, lineEnd);
      if (closingAt >= 0 && closesFence(fenceAt(text, closingAt, lineEnd), this.fence)) this.fence = undefined;
      return true;
    }
    if (this.html) {
      if (this.html === 'blank' ? blank : text.slice(lineStart, lineEnd).toLowerCase().includes(this.html)) this.html = undefined;
      return true;
    }
    return false;
  }

  /**
   * The fences and HTML block starts of a line: undefined when the line opens a region that is skipped
   * (so it belongs to no block), else whether the line keeps its characters.
   */
  private regionStarts(lineStart: number, lineEnd: number): { keep: number } | undefined {
    const text = this.text;
    const indentEnd = skipIndent(text, lineStart, lineEnd);
    const indented = indentEnd - lineStart;
    const lineFence = indentEnd < 0 ? undefined : fenceAt(text, indentEnd, lineEnd);
    const lineHtml = indentEnd >= 0 && text.charCodeAt(indentEnd) === 60 ? htmlBlockEnd(text, indentEnd, lineEnd) : undefined;
    const uncertain = this.maybeFence !== undefined || this.maybeHtml !== undefined;

    if (this.maybeFence && closesFence(lineFence, this.maybeFence)) {
      this.maybeFence = undefined;
    } else if (this.maybeHtml && this.maybeHtml !== 'blank' && text.slice(lineStart, lineEnd).toLowerCase().includes(this.maybeHtml)) {
      this.maybeHtml = undefined;
    } else if (!uncertain && indented === 0 && lineFence) {
      // A column-0 fence opens fenced code whatever came before; its content is not inline markup.
      this.closeBlock();
      this.fence = { char: lineFence.char, length: lineFence.length };
      return undefined;
    } else if (!uncertain && indented === 0 && lineHtml) {
      this.closeBlock();
      if (!(lineHtml !== 'blank' && text.slice(indentEnd + 2, lineEnd).toLowerCase().includes(lineHtml))) this.html = lineHtml;
      return undefined;
    } else if (!uncertain && lineFence) {
      this.maybeFence = { char: lineFence.char, length: lineFence.length };
    } else if (!uncertain && lineHtml) {
      if (!(lineHtml !== 'blank' && text.slice(indentEnd + 2, lineEnd).toLowerCase().includes(lineHtml))) this.maybeHtml = lineHtml;
    }
    // Fence lines and HTML block starts keep their characters, so fences still close and comments end.
    return { keep: lineFence !== undefined || lineHtml !== undefined ? 1 : 0 };
  }

  /** A line of text (not blank, in no skipped region): counted into its block. */
  private addLine(lineStart: number, lineEnd: number, firstContent: number, keep: number): void {
    const text = this.text;
    const splits = startsBlockAtColumnZero(text, lineStart, lineEnd);
    if (splits) this.closeBlock();
    const prefix = readPrefix(text, lineStart, lineEnd);
    if (this.blockStart < 0) {
      this.blockStart = lineStart;
      this.blockFirstContent = firstContent;
    }
    if (prefix.tooDeep.length > 0) {
      this.blockDeep = true;
      this.spans.push(...prefix.tooDeep);
    }
    this.blockWeight += markerWeightOf(text, lineStart, lineEnd);
    this.blockNesting += prefix.weight;
    this.blockLines.push(lineStart, prefix.end, lineEnd, keep);
    // An ATX heading is one line: the next line starts another block.
    if (splits && text.charCodeAt(lineStart) === 35) this.closeBlock();
  }

  closeBlock(): void {
    if (this.blockStart < 0) return;
    this.closeMarkers();
    this.closeNesting();
    this.blockStart = -1;
    this.blockWeight = 0;
    this.blockNesting = 0;
    this.blockDeep = false;
    this.blockLines = [];
  }

  /** A block with too many inline markers, or one past the document's budget, is read as plain text. */
  private closeMarkers(): void {
    const { blockLines, blockWeight } = this;
    this.documentWeight += blockWeight;
    const overDocument = blockWeight > 0 && this.documentWeight > MAX_DOCUMENT_MARKERS;
    if (blockWeight > MAX_BLOCK_MARKERS || overDocument) {
      let markers = 0;
      for (let i = 0; i < blockLines.length; i += 4) {
        if (blockLines[i + 3]) continue;
        const start = blockLines[i + 1];
        const end = blockLines[i + 2];
        markers += markerCount(this.text, start, end);
        this.spans.push([start, end, 0]);
      }
      if (blockWeight > MAX_BLOCK_MARKERS) {
        this.note(
          this.blockFirstContent,
          `This block has ${plural(markers, 'inline markup character')} (* _ \` [ ] <), more than any charter needs; Team Charter read it as plain text.`,
        );
      } else if (!this.overBudget) {
        this.note(
          this.blockFirstContent,
          `This document has more than ${MAX_DOCUMENT_MARKERS.toLocaleString('en-US')} inline markup characters (* _ \` [ ] <); Team Charter read this block and the ones after it as plain text.`,
        );
      }
      if (overDocument) this.overBudget = true;
    } else if (this.blockDeep) {
      this.note(
        this.blockFirstContent,
        `This block nests lists or quotes deeper than any charter needs (over ${MAX_NESTING} markers on a line, or indented past column ${MAX_MARKER_COLUMN}); Team Charter read the deeper part as plain text.`,
      );
    }
  }

  /** Past the document's nesting budget, every container marker of the block is read as text. */
  private closeNesting(): void {
    const blockLines = this.blockLines;
    this.documentNesting += this.blockNesting;
    if (this.blockNesting > 0 && this.documentNesting > this.nestingBudget) {
      // One span a line: the block becomes paragraphs.
      for (let i = 0; i < blockLines.length; i += 4) if (blockLines[i + 1] > blockLines[i]) this.spans.push([blockLines[i], blockLines[i + 1], 2]);
      if (!this.overNesting) {
        this.note(
          this.blockFirstContent,
          'This document nests lists and quotes more than any charter needs for its size; Team Charter read the lists and quotes of this block and the ones after it as plain text.',
        );
      }
      this.overNesting = true;
    }
  }
}
