// The inline markup characters that make micromark superlinear when a block holds many of them (see
// guard.ts), how much each counts, and how a block's markers are defused: each is replaced by a letter,
// which has no Markdown meaning anywhere on a line, so every offset stays valid.

/** Replacement for a defused character. */
const NEUTRAL = 'x';

const MARKER_CHARS = /[*_`[\]<]/g;

/** Weight of a character as an inline marker; 0 for every other character. */
export function markerWeight(code: number): number {
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

/** Total marker weight of text[start, end). */
export function markerWeightOf(text: string, start: number, end: number): number {
  let weight = 0;
  for (let at = start; at < end; at++) weight += markerWeight(text.charCodeAt(at));
  return weight;
}

/** Marker characters in text[start, end), each counted once. */
export function markerCount(text: string, start: number, end: number): number {
  let markers = 0;
  for (let at = start; at < end; at++) if (markerWeight(text.charCodeAt(at)) > 0) markers++;
  return markers;
}

/**
 * The text with spans defused: [start, end, how] where how = 1 replaces every character of the span
 * (far indentation), 2 every character but spaces and tabs (container markers: a line's prefix holds
 * nothing else), 0 the inline marker characters in it. Spans may come in any order; one that overlaps
 * an earlier one is skipped.
 */
export function defuse(text: string, spans: [number, number, number][]): string {
  spans.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let copied = 0;
  for (const [start, end, how] of spans) {
    if (start < copied) continue;
    parts.push(text.slice(copied, start));
    const span = text.slice(start, end);
    parts.push(how === 1 ? NEUTRAL.repeat(end - start) : how === 2 ? span.replace(/[^ \t]/g, NEUTRAL) : span.replace(MARKER_CHARS, NEUTRAL));
    copied = end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
