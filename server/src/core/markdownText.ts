// Text the core writes as Markdown (hovers, library entries) escapes what Markdown would read as markup.

/** Backslash-escapes the characters that would start emphasis, code, links, HTML or table cells. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
