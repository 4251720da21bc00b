// What a role's title is in a Markdown charter, and what only looks like one: a title's trailing
// abbreviation (`Quality Lead (QL)`) is an alias the matrix may use; legend lines and headings
// (`**R (Responsible)** — …`, `A (Accountable)`) and rules about the letters are not roles.
import type { RoleDefinition } from '../../model';
import { kebabCase, normalizeReference } from '../../normalize';
import { roleKeys } from '../../resolve';
import { end, start, tabAt, type ReadContext } from './context';
import { raciLabel, strippedSpan } from './source';
import { isVacantHolder } from '../../roles/vacancy';

export function addRole(ctx: ReadContext, role: RoleDefinition): void {
  splitAbbreviation(ctx, role);
  nameEachHat(ctx, role);
  // A document written once per content tab defines its roles once per tab: the first tab's count.
  const keys = new Set(roleKeys(role));
  const tab = tabAt(ctx, ctx.source.index.offsetAt(role.titleRange.start));
  const inOtherTab = (other: RoleDefinition) => tabAt(ctx, ctx.source.index.offsetAt(other.titleRange.start)) !== tab;
  if (tab >= 0 && ctx.charter.roles.some((other) => inOtherTab(other) && roleKeys(other).some((key) => keys.has(key)))) return;
  ctx.charter.roles.push(role);
}

/**
 * "Tech Lead + Designer": one person's two hats, defined in one line. A matrix may give each hat its
 * column, so each part is also a name of the role.
 */
function nameEachHat(ctx: ReadContext, role: RoleDefinition): void {
  if (!role.title.includes(' + ')) return;
  const titleStart = ctx.source.index.offsetAt(role.titleRange.start);
  let from = 0;
  for (const part of role.title.split(' + ')) {
    const span = strippedSpan(role.title, from, from + part.length);
    const text = role.title.slice(span.start, span.end);
    if (text) role.aliases.push({ text, range: ctx.source.range(titleStart + span.start, titleStart + span.end) });
    from += part.length + 3;
  }
}

/**
 * "QL", "ProdOps", and "Eng Lead", "Design": an acronym, or one to three capitalised words, is the name a
 * matrix may use for the role; "per team", "optional", "2 people", "TBD" are remarks.
 */
function isShortName(inner: string): boolean {
  if (/^[\p{Lu}][\p{L}\p{N}&\/.-]{0,9}$/u.test(inner) && (inner.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return true;
  const words = inner.split(/\s+/);
  return words.length <= 3 && words.every((word) => /^\p{Lu}\p{Ll}[\p{Ll}.'’-]*$/u.test(word)) && !isVacantHolder(inner);
}

/**
 * "Quality Lead (QL)" is the role Quality Lead, also called QL; "Quality Champion (per team)" is the
 * role Quality Champion with a remark. The title loses the parenthesis either way.
 */
function splitAbbreviation(ctx: ReadContext, role: RoleDefinition): void {
  // Full-width brackets too: "PdM Orchestrator（責任者）".
  const match = /^(.*\S)\s*[(（]([^()（）]*)[)）]$/.exec(role.title);
  if (!match) return;
  const titleStart = ctx.source.index.offsetAt(role.titleRange.start);
  const inner = match[2].trim();
  const open = Math.max(role.title.lastIndexOf('('), role.title.lastIndexOf('（'));
  const innerStart = titleStart + open + 1 + (match[2].length - match[2].trimStart().length);
  if (isShortName(inner)) {
    role.aliases.push({ text: inner, range: ctx.source.range(innerStart, innerStart + inner.length) });
  }
  const wasKebab = role.id === (kebabCase(role.title) || role.title);
  role.title = match[1];
  role.titleRange = ctx.source.range(titleStart, titleStart + match[1].length);
  if (wasKebab) role.id = kebabCase(role.title) || role.title;
}

/**
 * "Only one A", "R and A may be one person": a rule about the letters, not a role (a name of three words
 * or more with a RACI letter standing alone in it; "Squad A" is a name).
 */
export function speaksOfLetters(title: string): boolean {
  return title.trim().split(/\s+/).length >= 3 && /(?<![A-Za-z\p{N}\-/])[RACI](?![A-Za-z\p{N}\-/])/u.test(title.replace(/[*_`]/g, ''));
}

/**
 * "Security expert (security-expert) – incident workflow": a heading about a role defined already, with
 * more to say, is a section about that role, not another definition.
 */
export function aboutKnownRole(ctx: ReadContext, title: string): boolean {
  const parts = title.split(/\s+[-–—:]\s+|\s*[()（）]\s*/).map(normalizeReference).filter((part) => part.length > 0);
  if (parts.length < 2) return false;
  return ctx.charter.roles.some((role) => roleKeys(role).some((key) => parts.includes(key)));
}

/** "R - Responsible", "A (Accountable)", "Accountable": a heading that explains a letter. */
export function isLegendHeading(title: string): boolean {
  const plain = title.replace(/[*_`]/g, '').trim().replace(/^\d+(?:\.\d+)*[.)]?\s+/, '');
  if (raciLabel(plain) !== undefined) return true;
  // "S - Support", "V (Verifier)": a capital letter and the word it stands for.
  const parts = /^(\p{Lu})\s*(?:[-–—:=]|\()\s*(\p{L}+)/u.exec(plain);
  return parts !== null && (raciLabel(parts[2]) !== undefined || parts[2][0].toUpperCase() === parts[1]);
}

/** `**R (Responsible)** — does the work`, `**A** = Accountable`: a legend line, not a role. */
export function isLegendItem(title: string, rest: string): boolean {
  const plain = title.replace(/[*_`]/g, '').trim();
  if (raciLabel(plain) !== undefined) return true;
  // `**R**esponsible – …` spells the word out around its bold letter.
  if (/^[A-Z]$/.test(plain) && raciLabel((plain + rest).split(/[^A-Za-z]/)[0]) !== undefined) return true;
  if (/^[A-Z]$/.test(plain)) {
    const meaning = rest.replace(/^[\s:=—–(*-]+/, '');
    const word = meaning.split(/[\s)*:,]/)[0];
    // `R: Responsible`, and a framework's own letters: `S: Supportive`, `V – Verifier` (one word that
    // starts with the letter; `P: Product Manager` names a role P).
    const oneWord = /^\p{L}+(?:\*\*)?\s*(?:$|[(:,;.—–-])/u.test(meaning);
    return /^\s*(?:[:=—–-]\s*)?\(?\s*(?:\*\*)?[A-Za-z]/.test(rest) && (raciLabel(word) !== undefined || (oneWord && word[0]?.toUpperCase() === plain));
  }
  return false;
}

/**
 * The title after a `Role:` label, up to the next separator; none when it is a placeholder to fill in
 * (`[e.g., Team Lead]`, `<role>`, `TBD`, `…`).
 */
export function labelledTitle(text: string, from: number, to: number): { start: number; end: number } | undefined {
  const line = text.slice(from, to);
  const lead = /^[\s:]*/.exec(line)![0].length;
  const stop = /\s[-–—]\s|\*\*|__|[;\r\n]/.exec(line.slice(lead));
  const span = strippedSpan(text, from + lead, from + lead + (stop ? stop.index : line.length - lead));
  const value = text.slice(span.start, span.end);
  if (!value || /^[[<{(]|e\.g\.|^(?:tbd|tba|todo|n\/a|\.\.\.|…|_+)$/i.test(value)) return undefined;
  return span;
}
