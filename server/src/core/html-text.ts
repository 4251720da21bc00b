// What a reader sees of the HTML written inside a table cell or a name, as GitHub renders it: tags
// removed (a `<br>` is a space, struck-out text is gone), comments removed, character references such
// as `&amp;` and `&nbsp;` decoded. Every step is one linear pass, whatever the text (an unclosed `<del>`
// or `<!--` does not make later ones scan the rest again). The entity tables are micromark's, which
// the bundle already holds for remark.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

const BREAK = /[ \t]*<\/?br\s*\/?>[ \t]*/gi;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;
const STRUCK_OPEN = /<(del|s|strike)(?:\s[^<>]*)?>/gi;

/** The text as GitHub shows it; text without `<` or `&` comes back as it is. */
export function readableHtml(text: string): string {
  let readable = text;
  if (readable.includes('<')) {
    readable = withoutStruck(withoutComments(readable)).replace(BREAK, ' ').replace(TAG, '');
  }
  if (readable.includes('&')) readable = decodeReferences(readable);
  return readable;
}

/** `&amp;` as `&`, `&#233;` as `é`, `&nbsp;` as a plain space; unknown names stay as written. */
export function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    const decoded = hex ? decodeNumericCharacterReference(hex, 16) : decimal ? decodeNumericCharacterReference(decimal, 10) : decodeNamedCharacterReference(name!);
    if (decoded === false) return whole;
    return decoded === '\u00a0' ? ' ' : decoded;
  });
}

function withoutComments(text: string): string {
  let open = text.indexOf('<!--');
  if (open < 0) return text;
  const parts: string[] = [];
  let copied = 0;
  while (open >= 0) {
    const close = text.indexOf('-->', open + 4);
    // An unclosed comment hides the rest of the text.
    if (close < 0) {
      parts.push(text.slice(copied, open));
      return parts.join('');
    }
    parts.push(text.slice(copied, open));
    copied = close + 3;
    open = text.indexOf('<!--', copied);
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** `<del>A</del>`, `<s>…</s>`: struck out, so not what the cell says. An unclosed one strikes nothing. */
function withoutStruck(text: string): string {
  if (!/<(?:del|s|strike)[\s>]/i.test(text)) return text;
  const parts: string[] = [];
  let copied = 0;
  const unclosed = new Set<string>();
  STRUCK_OPEN.lastIndex = 0;
  for (let match = STRUCK_OPEN.exec(text); match; match = STRUCK_OPEN.exec(text)) {
    const name = match[1].toLowerCase();
    if (unclosed.has(name)) continue;
    const closing = new RegExp(`</${name}\\s*>`, 'gi');
    closing.lastIndex = match.index + match[0].length;
    const close = closing.exec(text);
    // No closing tag after this one means none after any later one either.
    if (!close) {
      unclosed.add(name);
      continue;
    }
    parts.push(text.slice(copied, match.index));
    copied = close.index + close[0].length;
    STRUCK_OPEN.lastIndex = copied;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
