// A role's holders as a Markdown role table or `Holder:` line writes them. References leave out
// placeholders ("TBD" names no role in a matrix), but as a holder a placeholder says the role is vacant
// (roles/vacancy.ts), so it is kept here.
import { isVacantHolder } from '../../roles/vacancy';
import { readReferences, strippedSpan, type Source } from './source';

export function readHolders(source: Source, start: number, end: number): string[] {
  const names = readReferences(source, start, end).map((reference) => reference.text);
  if (names.length > 0) return names;
  const span = strippedSpan(source.text, start, end);
  const written = source.text.slice(span.start, span.end);
  return written && isVacantHolder(written) ? [written] : [];
}
