// How role references are compared (docs/format.md, "Role references"): case-insensitive, runs of white space collapsed,
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

/**
 * The key two references are compared by. A charter names the same few roles thousands of times: the
 * hot callers go through RoleIndex.keyOf, which remembers the keys of one check.
 */
export function normalizeReference(text: string): string {
  // "R&amp;D Lead" in an HTML table is the role "R&D Lead" of the list above it.
  const readable = text.includes('<') || text.includes('&') ? readableHtml(text) : text;
  const key = stripReferenceDecoration(readable).replace(/\s+/g, ' ').toLowerCase();
  const { lead, trail } = pictographEdges(key);
  return key.slice(lead.length, key.length - trail.length);
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
