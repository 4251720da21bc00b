// How role references are compared (contract §4): case-insensitive, runs of white space collapsed,
// surrounding `**`, backticks and white space stripped.

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

/** The key two references are compared by. */
export function normalizeReference(text: string): string {
  return stripReferenceDecoration(text).replace(/\s+/g, ' ').toLowerCase();
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
