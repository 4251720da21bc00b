// Text of the user's quoted in messages, fix titles and related notes: a role title, a responsibility
// name, a cell, a key. A cell can hold anything (one file had a 600 KB cell), and a message quoting all
// of it is unreadable and costs its size again in every diagnostic, hover and JSON report. Every message
// that quotes the user's text goes through `clip`, so a quote is at most MAX_QUOTE_LENGTH characters.

/** The most characters of the user's text a message quotes; longer text shows its start and "…". */
export const MAX_QUOTE_LENGTH = 60;

/**
 * The text as a message quotes it: whole when it is short, else its first characters and "…" (at most
 * MAX_QUOTE_LENGTH in all, never splitting a surrogate pair). Line breaks and tabs read as spaces, so a
 * quote stays on the message's one line.
 */
export function clip(text: string, max = MAX_QUOTE_LENGTH): string {
  const flat = /[\r\n\t]/.test(text) ? text.replace(/\r\n|[\r\n\t]/g, ' ') : text;
  if (flat.length <= max) return flat;
  let end = max - 1;
  const code = flat.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${flat.slice(0, end).trimEnd()}…`;
}

/**
 * A path as a message quotes it: whole when it is short, else its start and its end around "…" (the end
 * names the file, the start where it is looked for).
 */
export function clipPath(text: string, max = 4 * MAX_QUOTE_LENGTH): string {
  const flat = clip(text, Number.MAX_SAFE_INTEGER);
  if (flat.length <= max) return flat;
  const head = clip(flat, Math.floor(max / 3)).slice(0, -1);
  let tail = flat.slice(flat.length - (max - head.length - 1));
  if (/[\udc00-\udfff]/.test(tail[0])) tail = tail.slice(1);
  return `${head}…${tail}`;
}

/** The most items a message lists by name; the others are counted ("and 3 more"). */
export const MAX_LISTED = 8;

/**
 * "a, b and c" (or "a, b or c"): items are shown as given (callers clip and quote them); past MAX_LISTED
 * items, the first ones and how many more. `total`: how many items there are when `items` holds only
 * the first ones (a caller with thousands need not quote them all).
 */
export function joinWithAnd(items: readonly string[], conjunction = 'and', total = items.length): string {
  if (total > MAX_LISTED) {
    const shown = items.slice(0, MAX_LISTED - 1);
    return `${shown.join(', ')} ${conjunction} ${total - shown.length} more`;
  }
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
