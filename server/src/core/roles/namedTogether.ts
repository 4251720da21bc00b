// Several roles named in one reference: a range of role codes (A0 … A9 named "A1–A3") or roles joined
// by a slash ("Product Lead/Designer"). When every part is a defined role, the reference names those
// roles: it is no undefined role, and its roles are used.
import type { RoleDefinition } from '../model';

const CODE_RANGE = /^(\p{L}{1,6}[-_]?)(\d{1,3})\s*(?:–|—|-|\.\.)\s*(?:\1)?(\d{1,3})$/u;
const LONGEST = 50;

type Resolve = (text: string) => RoleDefinition | undefined;

/** The roles a reference names together, or undefined when it is not written so or a part names no role. */
export function rolesNamedTogether(text: string, resolve: Resolve): RoleDefinition[] | undefined {
  return rolesInCodeRange(text, resolve) ?? rolesJoinedBySlash(text, resolve);
}

function rolesJoinedBySlash(text: string, resolve: Resolve): RoleDefinition[] | undefined {
  const parts = text.split('/').map((part) => part.trim());
  if (parts.length < 2 || parts.some((part) => part.length === 0)) return undefined;
  const roles = parts.map(resolve);
  return roles.every((role) => role !== undefined) ? (roles as RoleDefinition[]) : undefined;
}

/** The roles a range of codes names, or undefined when the text is no range or a code in it is no role. */
function rolesInCodeRange(text: string, resolve: Resolve): RoleDefinition[] | undefined {
  const match = CODE_RANGE.exec(text.trim());
  if (!match) return undefined;
  const [, prefix, first, last] = match;
  const from = Number(first);
  const to = Number(last);
  if (to <= from || to - from > LONGEST) return undefined;
  // "A01–A03" keeps its width in every code it names.
  const width = first.length === last.length && first.startsWith('0') ? first.length : 0;
  const roles: RoleDefinition[] = [];
  for (let number = from; number <= to; number++) {
    const role = resolve(prefix + String(number).padStart(width, '0'));
    if (!role) return undefined;
    roles.push(role);
  }
  return roles;
}
