// Role definitions, in each form a charter writes them: list items (`- **Product Manager**: …`), rows of a
// Role table, sub-headings of a Roles section. Legend lines (`**R (Responsible)** — …`) are not roles,
// and a title's trailing abbreviation (`Quality Lead (QL)`) is an alias the matrix may use.
import type { Heading, List, ListItem, Nodes } from 'mdast';
import type { RoleDefinition, Span } from '../../model';
import { kebabCase, normalizeReference } from '../../normalize';
import { roleKeys } from '../../resolve';
import { cellText, end, forEachLine, headingSpan, start, tabAt, type Block, type ReadContext, type RoleColumns } from './context';
import type { GfmTable } from './gfm-table';
import { raciLabel, readFieldLine, readReferences, strippedSpan } from './source';
import { readsAsProse } from '../../prose';
import { entryRows } from './tables';
import { readHolders } from './holders';
import { isVacantHolder } from '../../roles/vacancy';
import { isRoleHeader, plainWords, roleColumnOf } from './words';

export function addRole(ctx: ReadContext, role: RoleDefinition): void {
  splitAbbreviation(ctx, role);
  // A document written once per content tab defines its roles once per tab: the first tab's count.
  const keys = new Set(roleKeys(role));
  const tab = tabAt(ctx, ctx.source.index.offsetAt(role.titleRange.start));
  const inOtherTab = (other: RoleDefinition) => tabAt(ctx, ctx.source.index.offsetAt(other.titleRange.start)) !== tab;
  if (tab >= 0 && ctx.charter.roles.some((other) => inOtherTab(other) && roleKeys(other).some((key) => keys.has(key)))) return;
  ctx.charter.roles.push(role);
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
  const match = /^(.*\S)\s*\(([^()]*)\)$/.exec(role.title);
  if (!match) return;
  const titleStart = ctx.source.index.offsetAt(role.titleRange.start);
  const inner = match[2].trim();
  const innerStart = titleStart + role.title.lastIndexOf('(') + 1 + (match[2].length - match[2].trimStart().length);
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
function speaksOfLetters(title: string): boolean {
  return title.trim().split(/\s+/).length >= 3 && /(?<![A-Za-z\p{N}\-/])[RACI](?![A-Za-z\p{N}\-/])/u.test(title.replace(/[*_`]/g, ''));
}

/**
 * "Security expert (security-expert) – incident workflow": a heading about a role defined already, with
 * more to say, is a section about that role, not another definition.
 */
function aboutKnownRole(ctx: ReadContext, title: string): boolean {
  const parts = title.split(/\s+[-–—:]\s+|\s*[()（）]\s*/).map(normalizeReference).filter((part) => part.length > 0);
  if (parts.length < 2) return false;
  return ctx.charter.roles.some((role) => roleKeys(role).some((key) => parts.includes(key)));
}

/** "R - Responsible", "A (Accountable)", "Accountable": a heading that explains a letter. */
function isLegendHeading(title: string): boolean {
  const plain = title.replace(/[*_`]/g, '').trim().replace(/^\d+(?:\.\d+)*[.)]?\s+/, '');
  if (raciLabel(plain) !== undefined) return true;
  // "S - Support", "V (Verifier)": a capital letter and the word it stands for.
  const parts = /^(\p{Lu})\s*(?:[-–—:=]|\()\s*(\p{L}+)/u.exec(plain);
  return parts !== null && (raciLabel(parts[2]) !== undefined || parts[2][0].toUpperCase() === parts[1]);
}

/** `**R (Responsible)** — does the work`, `**A** = Accountable`: a legend line, not a role. */
function isLegendItem(title: string, rest: string): boolean {
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
function labelledTitle(text: string, from: number, to: number): { start: number; end: number } | undefined {
  const line = text.slice(from, to);
  const lead = /^[\s:]*/.exec(line)![0].length;
  const stop = /\s[-–—]\s|\*\*|__|[;\r\n]/.exec(line.slice(lead));
  const span = strippedSpan(text, from + lead, from + lead + (stop ? stop.index : line.length - lead));
  const value = text.slice(span.start, span.end);
  if (!value || /^[[<{(]|e\.g\.|^(?:tbd|tba|todo|n\/a|\.\.\.|…|_+)$/i.test(value)) return undefined;
  return span;
}

export function readRoleList(ctx: ReadContext, list: List): void {
  for (const item of list.children) {
    const role = readListRole(ctx, item);
    if (!role) continue;
    addRole(ctx, role);
    const paragraph = item.children[0];
    const markerPrefix = paragraph ? ctx.text.slice(ctx.source.lineStartOf(start(item)), start(paragraph)) : '- ';
    ctx.roleAnchor = { form: 'list', itemEnd: end(item), markerPrefix: markerPrefix.replace(/\[[ xX]\]\s*$/, '') };
  }
}

export function readListRole(ctx: ReadContext, item: ListItem): RoleDefinition | undefined {
  const paragraph = item.children[0];
  if (!paragraph || paragraph.type !== 'paragraph') return undefined;
  const text = ctx.text;
  const paragraphEnd = end(paragraph);
  let titleStart: number;
  let titleEnd: number;
  let cursor: number;
  let separated = false;
  let id: string | undefined;
  let idRange: RoleDefinition['idRange'];
  const aliases: Span[] = [];

  const leading = paragraph.children[0]?.type === 'text' && /^\s*$/.test((paragraph.children[0] as { value: string }).value) ? 1 : 0;
  const strong = paragraph.children[leading];
  // The title in bold, or a link to the role's page (`[Tech Lead](https://wiki/tl) — …`), bold or not.
  const titled = strong && (strong.type === 'strong' || strong.type === 'link') && strong.children.length > 0 ? strong : undefined;
  const inner = titled?.children.length === 1 && titled.children[0].type === 'strong' ? titled.children[0] : titled;
  if (titled && inner && 'children' in inner && inner.children.length > 0) {
    titleStart = start(inner.children[0]);
    titleEnd = end(inner.children[inner.children.length - 1]);
    while (titleEnd > titleStart && /\s/.test(text[titleEnd - 1])) titleEnd--;
    // `**Product Manager:**` carries its separator inside the bold.
    if (text[titleEnd - 1] === ':') {
      titleEnd--;
      separated = true;
    }
    cursor = end(titled);
    const afterStrong = paragraph.children.slice(leading + 1);
    const next = afterStrong[0]?.type === 'text' && /^\s*$/.test((afterStrong[0] as { value: string }).value) ? afterStrong[1] : afterStrong[0];
    if (!separated && next && next.type === 'inlineCode' && /^\s*$/.test(text.slice(cursor, start(next)))) {
      const ticks = /^`+/.exec(text.slice(start(next)))?.[0].length ?? 1;
      const span = strippedSpan(text, start(next) + ticks, end(next) - ticks);
      id = text.slice(span.start, span.end);
      idRange = ctx.source.range(span.start, span.end);
      cursor = end(next);
    }
  } else {
    const firstLineEnd = Math.min(ctx.source.index.lineEnd(ctx.source.lineOf(start(paragraph))), paragraphEnd);
    const line = text.slice(start(paragraph), firstLineEnd);
    const separator = /:|—|–|\s-\s/.exec(line);
    const titleText = separator ? line.slice(0, separator.index) : line;
    const span = strippedSpan(text, start(paragraph), start(paragraph) + titleText.length);
    titleStart = span.start;
    titleEnd = span.end;
    cursor = separator ? start(paragraph) + separator.index + separator[0].length : firstLineEnd;
    separated = true;
  }
  // `**Role:** Team Lead - **Duties:** …`: the bold word labels the title that follows it.
  if (isRoleHeader(text.slice(titleStart, titleEnd)) || roleColumnOf(text.slice(titleStart, titleEnd)) === 'holder') {
    const labelled = labelledTitle(text, cursor, paragraphEnd);
    if (!labelled) return undefined;
    ({ start: titleStart, end: titleEnd } = labelled);
    cursor = labelled.end;
    separated = true;
  }
  const title = text.slice(titleStart, titleEnd).trim();
  if (!title || title.length > 80 || readsAsProse(title) || speaksOfLetters(title)) return undefined;
  if (isLegendItem(title, text.slice(cursor, paragraphEnd))) return undefined;

  // "(aka PO)", "(a.k.a. PO)", "(alias PO)" and the same in the languages of words.ts ("auch", "aussi").
  const aliasMatch = /^\s*\(\s*(?:aka|a\.k\.a\.|also(?:\s+known\s+as)?|alias|auch|aussi|dit|también|tambem|também|anche|ook|или|также)(?![\p{L}])[\s:.]*([^)]*)\)/iu.exec(text.slice(cursor, paragraphEnd));
  if (aliasMatch) {
    const listStart = cursor + aliasMatch[0].length - 1 - aliasMatch[1].length;
    for (const reference of readReferences(ctx.source, listStart, listStart + aliasMatch[1].length)) aliases.push(reference);
    cursor += aliasMatch[0].length;
  }
  let rest = text.slice(cursor, paragraphEnd);
  if (!separated) rest = rest.replace(/^\s*(?::|—|–|-(?=\s))/, '');
  const descriptionParts = [rest.trim()];
  for (const child of item.children.slice(1)) descriptionParts.push(dedentedSource(ctx, child));
  const description = descriptionParts.filter((part) => part.length > 0).join('\n');
  const restSpan = strippedSpan(text, cursor, paragraphEnd);
  const restText = text.slice(restSpan.start, restSpan.end).replace(/^(?::|—|–|-(?=\s))\s*/, '');
  const personLine =
    id === undefined && aliases.length === 0 && item.children.length === 1 && restText.length > 0 && !/[\r\n]/.test(restText)
      ? { start: restSpan.end - restText.length, end: restSpan.end }
      : undefined;

  const role: RoleDefinition = {
    id: id ?? (kebabCase(title) || title),
    idRange,
    title,
    titleRange: ctx.source.range(titleStart, titleEnd),
    aliases,
    description: description || undefined,
    holders: [],
    form: 'list',
    removeRange: ctx.source.wholeLines(start(item), end(item)),
  };
  if (personLine) ctx.personLines.set(role, personLine);
  return role;
}

/**
 * "- Dana Ruiz — Product Manager" names the person first and the role second, the reverse of the
 * "- Scrum Master — runs the ceremonies" the format describes. Read literally, every such role is unused
 * and every matrix header undefined. So when the text before the separator is named by no
 * responsibility but the whole text after it is, the text after it is the role and the text before it
 * its holder.
 */
export function readPersonRoleLines(ctx: ReadContext): void {
  if (ctx.personLines.size === 0) return;
  const referenced = new Set(ctx.charter.responsibilities.flatMap((entry) => entry.references.map((ref) => normalizeReference(ref.text))));
  const answered = new Set(ctx.charter.roles.flatMap((role) => [role.title, role.id, ...role.aliases.map((alias) => alias.text)].map(normalizeReference)));
  for (const [role, line] of ctx.personLines) {
    const title = ctx.text.slice(line.start, line.end);
    const key = normalizeReference(title);
    if (referenced.has(normalizeReference(role.title)) || !referenced.has(key) || answered.has(key)) continue;
    answered.add(key);
    role.holders = [role.title];
    role.title = title;
    role.titleRange = ctx.source.range(line.start, line.end);
    role.id = kebabCase(title) || title;
    role.description = undefined;
  }
  // Read literally ("Aisha Khan — Team Lead" is the role Aisha Khan), a person is often a column by first
  // name ("Aisha"): the first name answers for the role when no other name in the list shares it.
  const firsts = new Map<string, { role: RoleDefinition; first: string } | null>();
  for (const [role] of ctx.personLines) {
    const first = role.title.split(/\s+/)[0];
    if (first === role.title || role.holders.length > 0) continue;
    const key = normalizeReference(first);
    firsts.set(key, firsts.has(key) ? null : { role, first });
  }
  for (const [key, entry] of firsts) {
    if (!entry || !referenced.has(key) || answered.has(key)) continue;
    const start = ctx.source.index.offsetAt(entry.role.titleRange.start);
    entry.role.aliases.push({ text: entry.first, range: ctx.source.range(start, start + entry.first.length) });
  }
}

/** A block's source with each line's leading white space removed (descriptions keep their Markdown). */
export function dedentedSource(ctx: ReadContext, node: Nodes): string {
  return ctx.text
    .slice(start(node), end(node))
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .join('\n');
}

export function readRoleTable(ctx: ReadContext, table: GfmTable): void {
  // "Name | Role | Email": a table of the team's people names the roles in its Role column, and the
  // people hold them. Otherwise the first column names the roles.
  const roleColumn = table.header.cells.findIndex((cell, column) => column > 0 && isRoleHeader(cellText(ctx, cell)));
  const titleColumn = roleColumn > 0 ? roleColumn : 0;
  const columns: RoleColumns = { title: titleColumn };
  table.header.cells.forEach((cell, column) => {
    const kind = column === titleColumn ? undefined : roleColumnOf(cellText(ctx, cell));
    if (kind) columns[kind] ??= column;
  });
  // A table of people (contacts, members: names and how to reach them, no descriptions) lists who holds
  // which role; "Role | Holder" alone still defines the roles.
  const contact = table.header.cells.some((cell) => /^(?:(?:primary|backup|secondary|main) )?(?:e[- ]?mail|mail|phone|tel|telephone|téléphone|telefone|teléfono|telefon|телефон|почта|mobile|contact|contacts|slack|teams|telegram|whatsapp|skype|discord|matrix|github|gitlab|handle|time ?zone|location|office|pager)$/i.test(plainWords(cellText(ctx, cell))));
  // A table that names again the roles defined before ("Role | Primary | Backup", escalation contacts)
  // says who holds them; it defines nothing new.
  const rows = entryRows(ctx, table);
  const known = new Set(ctx.charter.roles.filter((role) => !role.listedWithPeople).flatMap(roleKeys));
  const repeats = columns.description === undefined && known.size > 0 && rows.filter((row) => known.has(normalizeReference(cellText(ctx, row.cells[titleColumn])))).length * 2 > rows.length;
  const peopleFirst = titleColumn > 0 && roleColumnOf(cellText(ctx, table.header.cells[0])) === 'holder';
  const people = repeats || (columns.holder !== undefined && columns.description === undefined && (peopleFirst || contact));
  const byTitle = new Map<string, RoleDefinition>();
  for (const row of rows) {
    const cells = row.cells;
    if (cells.length <= titleColumn) continue;
    const titleSpan = strippedSpan(ctx.text, cells[titleColumn].contentStart, cells[titleColumn].contentEnd);
    const title = ctx.text.slice(titleSpan.start, titleSpan.end);
    if (!title) continue;
    const cellAt = (column: number | undefined) => (column !== undefined ? cells[column] : undefined);
    const holderCell = cellAt(columns.holder);
    const holders = holderCell ? readHolders(ctx.source, holderCell.contentStart, holderCell.contentEnd) : [];
    // Two people with the same role are two holders of one role, not two definitions.
    const same = titleColumn > 0 || people ? byTitle.get(normalizeReference(title)) : undefined;
    if (same) {
      same.holders.push(...holders);
      continue;
    }
    const idCell = cellAt(columns.id);
    const idSpan = idCell ? strippedSpan(ctx.text, idCell.contentStart, idCell.contentEnd) : undefined;
    const id = idSpan && idSpan.end > idSpan.start ? ctx.text.slice(idSpan.start, idSpan.end) : undefined;
    const aliasCell = cellAt(columns.aliases);
    const descriptionCell = cellAt(columns.description);
    const role: RoleDefinition = {
      id: id ?? (kebabCase(title) || title),
      idRange: id && idSpan ? ctx.source.range(idSpan.start, idSpan.end) : undefined,
      title,
      titleRange: ctx.source.range(titleSpan.start, titleSpan.end),
      aliases: aliasCell ? readReferences(ctx.source, aliasCell.contentStart, aliasCell.contentEnd) : [],
      description: (descriptionCell && cellText(ctx, descriptionCell)) || undefined,
      holders,
      form: 'table',
      removeRange: ctx.source.wholeLines(row.lineStart, row.lineEnd),
      ...(people ? { listedWithPeople: true } : {}),
    };
    byTitle.set(normalizeReference(title), role);
    addRole(ctx, role);
  }
  ctx.roleAnchor = { form: 'table', table, columns };
}

export function readHeadingRole(ctx: ReadContext, heading: Heading, blocks: Block[], removeEnd: number): void {
  const title = headingSpan(ctx, heading);
  // "R - Responsible" under a heading about roles explains a letter; "How we pick a lead" is prose.
  if (!title.text || readsAsProse(title.text) || isLegendHeading(title.text) || speaksOfLetters(title.text) || aboutKnownRole(ctx, title.text)) return;
  let id: string | undefined;
  let idRange: RoleDefinition['idRange'];
  const aliases: Span[] = [];
  const holders: string[] = [];
  const description: string[] = [];
  forEachLine(ctx, blocks, (lineStart, lineEnd) => {
    const field = readFieldLine(ctx.text, lineStart, lineEnd);
    const label = field?.label.toLowerCase();
    if (field && label === 'id') {
      const span = strippedSpan(ctx.text, field.valueStart, field.valueEnd);
      id = ctx.text.slice(span.start, span.end) || undefined;
      idRange = id ? ctx.source.range(span.start, span.end) : undefined;
    } else if (field && (label === 'aliases' || label === 'alias' || label === 'also known as' || label === 'aka')) {
      aliases.push(...readReferences(ctx.source, field.valueStart, field.valueEnd));
    } else if (field && (label === 'holder' || label === 'holders')) {
      holders.push(...readHolders(ctx.source, field.valueStart, field.valueEnd));
    } else {
      const line = ctx.text.slice(lineStart, lineEnd).trim();
      if (line) description.push(line);
    }
  });
  addRole(ctx, {
    id: id ?? (kebabCase(title.text) || title.text),
    idRange,
    title: title.text,
    titleRange: title.range,
    aliases,
    description: description.join('\n') || undefined,
    holders,
    form: 'heading',
    removeRange: ctx.source.range(ctx.source.lineStartOf(start(heading)), removeEnd),
  });
  ctx.roleAnchor = { form: 'heading', depth: heading.depth, after: removeEnd };
}

/**
 * A role both defined and listed in a table of people is one role: the listing gives its holders. Roles
 * only listed with people stay (with their holders), but say nothing about which other names are roles.
 */
export function mergePeopleListings(ctx: ReadContext): void {
  const roles = ctx.charter.roles;
  const defined = roles.filter((role) => !role.listedWithPeople);
  for (const listed of roles.filter((role) => role.listedWithPeople)) {
    const keys = new Set(roleKeys(listed));
    const role = defined.find((candidate) => roleKeys(candidate).some((key) => keys.has(key)));
    if (!role) continue;
    for (const holder of listed.holders) if (!role.holders.includes(holder)) role.holders.push(holder);
    roles.splice(roles.indexOf(listed), 1);
  }
}
