// How role references are compared (contract §4): case-insensitive, runs of white space collapsed,
// surrounding `**`, backticks, white space and pictographs stripped, HTML read as GitHub shows it.
import { readableHtml } from './html-text';

/** Strips the decoration a reference may carry in Markdown: surrounding `**`, `__`, backticks, white space. */
export function stripReferenceDecoration(text: string): string {
  let s = text.trim();
  for (;;) {
    const before = s;
    if (s.length >= 4 && ((s.startsWith('**') && s.endsWith('**')) || (s.startsWith('__') && s.endsWith('__')))) s = s.slice(2, -2).trim();
    if (s.length >= 2 && s.startsWith('`') && s.endsWith('`')) s = s.slice(1, -1).trim();
    if (s === before) return s;
  }
}

/**
 * Memo of normalizeReference: a charter names the same few roles thousands of times (every matrix row
 * refers to every header; resolve, the rules and the fixes all normalise). Bounded, in two generations:
 * names go into `recentNames`; when it is full it becomes `olderNames` (the one before is dropped), and
 * a name found there moves back. So a long-running server never holds more than 2 × MEMO_LIMIT short
 * strings, and a charter whose names do not all fit in one generation still finds them: one memo cleared
 * when full missed every name of a 5,000-role matrix, read column after column.
 */
const MEMO_LIMIT = 8192;
/** Longer texts are not references anyone repeats; they are normalised without keeping them. */
const MEMO_MAX_LENGTH = 200;
let recentNames = new Map<string, string>();
let olderNames = new Map<string, string>();

// Pictographs, their variation selectors, joiners, skin tones and flags, and the spaces beside them:
// "🧭 Launch Manager" is a column header that decorates the role "Launch Manager".
const DECORATION = String.raw`[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\s]*`;
const LEADING_DECORATION = new RegExp(`^${DECORATION}`, 'u');
const TRAILING_DECORATION = new RegExp(`${DECORATION}$`, 'u');

/**
 * The pictographs (and the space after or before them) around a name: "🧭 " and "" for "🧭 Launch
 * Manager". None for a name that is nothing but pictographs.
 */
export function pictographEdges(text: string): { lead: string; trail: string } {
  if (!/[\p{Extended_Pictographic}]/u.test(text)) return { lead: '', trail: '' };
  const lead = LEADING_DECORATION.exec(text)![0];
  const trail = TRAILING_DECORATION.exec(text.slice(lead.length))![0];
  return lead.length + trail.length < text.length ? { lead, trail } : { lead: '', trail: '' };
}

function normalizeUncached(text: string): string {
  // "R&amp;D Lead" in an HTML table is the role "R&D Lead" of the list above it.
  const readable = text.includes('<') || text.includes('&') ? readableHtml(text) : text;
  const key = stripReferenceDecoration(readable).replace(/\s+/g, ' ').toLowerCase();
  const { lead, trail } = pictographEdges(key);
  return key.slice(lead.length, key.length - trail.length);
}

/**
 * A copy of a string that does not keep the text it was sliced from alive. V8 represents `slice` results
 * as views into their parent, so a memo keyed by a reference sliced from a document would pin the whole
 * document. Concatenating makes a new string and slicing it flattens it into one of its own.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}

/** The key two references are compared by. */
export function normalizeReference(text: string): string {
  if (text.length > MEMO_MAX_LENGTH) return normalizeUncached(text);
  let key = recentNames.get(text);
  if (key !== undefined) return key;
  key = olderNames.get(text) ?? detached(normalizeUncached(text));
  if (recentNames.size >= MEMO_LIMIT) {
    olderNames = recentNames;
    recentNames = new Map();
  }
  recentNames.set(detached(text), key);
  return key;
}

/** `Product Manager` -> `product-manager`; the id of a role written without one. */
export function kebabCase(title: string): string {
  return stripReferenceDecoration(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Responsibility names compare case-insensitively with white space collapsed. */
export function normalizeName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
