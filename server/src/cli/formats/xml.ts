// What the XML reports (junit, checkstyle) share: text escaped for an attribute or an element. XML 1.0
// cannot hold most control characters even escaped, so the user's text is made printable first
// (core/printable.ts: each becomes U+FFFD), which keeps the report well-formed whatever a charter holds.
import { printable } from '../../core/printable';

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

export function xmlEscape(text: string): string {
  return printable(text).replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
