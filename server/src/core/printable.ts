// The user's text as every human-readable output shows it (a terminal, a CI log, a Markdown summary, a
// spreadsheet, a page): a charter, or a file name, comes from anyone, and control characters in it
// would act instead of being read. An escape sequence (ESC, CSI, OSC…) can retitle a terminal, clear
// it, rewrite lines already shown or hide a finding; a lone carriage return overwrites its own line;
// bidirectional overrides make a name read differently from what it is. Each of them is replaced by
// U+FFFD, so it shows that something was there. Formats whose consumers are programs (JSON, SARIF)
// keep the text as it is, escaped as their grammar requires.

/**
 * C0 controls except tab (a tab moves the cursor and nothing else), DEL, C1 controls (U+0080–U+009F,
 * among them the 8-bit CSI and OSC), and the bidirectional formatting characters: the Arabic letter
 * mark, the left-to-right and right-to-left marks, embeddings and overrides (U+202A–U+202E) and
 * isolates (U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Stands for each character replaced. */
export const REPLACEMENT = '\ufffd';

/** `text` with every control and bidirectional formatting character replaced by U+FFFD. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, REPLACEMENT);
}
