// Who owns what, across charters: the organisation's responsibilities and roles as workspace symbols,
// filtered by a query as editors expect (its characters in order, case ignored, "oncall" finds
// "On-call rotation"). Pure: the server turns them into LSP symbols.
import type { Range } from '../model';
import { teamName } from './teams';
import type { OrgCharter } from './model';

export interface OrgSymbol {
  name: string;
  kind: 'role' | 'responsibility';
  /** The charter's path. */
  path: string;
  range: Range;
  /** The team (or the charter's file name), and for a responsibility who is accountable. */
  container: string;
}

/** At most this many symbols are answered: a query of one letter matches nearly everything. */
export const MAX_ORG_SYMBOLS = 500;

export function organisationSymbols(charters: readonly OrgCharter[], query: string, limit = MAX_ORG_SYMBOLS): OrgSymbol[] {
  const matches = subsequenceMatcher(query);
  const found: OrgSymbol[] = [];
  for (const charter of charters) {
    const team = teamName(charter);
    for (const role of charter.roles) {
      if (!role.range || !matches(role.title)) continue;
      found.push({ name: role.title, kind: 'role', path: charter.path, range: role.range, container: team });
      if (found.length >= limit) return found;
    }
    for (const responsibility of charter.responsibilities) {
      if (!matches(responsibility.name)) continue;
      const accountable = responsibility.accountable.map((ref) => ref.title).join(', ');
      const container = accountable ? `${team} · A: ${accountable}` : team;
      found.push({ name: responsibility.name, kind: 'responsibility', path: charter.path, range: responsibility.nameRange, container });
      if (found.length >= limit) return found;
    }
  }
  return found;
}

function subsequenceMatcher(query: string): (name: string) => boolean {
  const wanted = [...query.toLowerCase()].filter((char) => !/\s/.test(char));
  if (wanted.length === 0) return () => true;
  return (name) => {
    const lower = name.toLowerCase();
    let at = 0;
    for (const char of wanted) {
      at = lower.indexOf(char, at);
      if (at < 0) return false;
      at += char.length;
    }
    return true;
  };
}
