// Roles written as list items (`- **Product Manager**: …`, `- Scrum Master — runs the ceremonies`), and
// person-first lines (`- Dana Ruiz — Product Manager`) read the way the document means them.
import type { List, ListItem, Nodes, Paragraph } from 'mdast';
import type { RoleDefinition, Span } from '../../model';
import { kebabCase, normalizeReference } from '../../normalize';
import { end, start, type ReadContext } from './context';
import { readReferences, strippedSpan } from './source';
import { readsAsProse } from '../../prose';
import { isRoleHeader, roleColumnOf } from './words';
import { addRole, isLegendItem, labelledTitle, speaksOfLetters } from './role-titles';

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

/** Where a list item's role title is and what follows it: `cursor` is where the rest of the item starts. */
interface ListTitle {
  titleStart: number;
  titleEnd: number;
  cursor: number;
  /** The separator after the title was read already (`**Product Manager:**`, `Scrum Master — …`). */
  separated: boolean;
  id?: string;
  idRange?: RoleDefinition['idRange'];
}

/** The title of a list item: in bold or a link (`[Tech Lead](https://wiki/tl) — …`), else up to a separator. */
function readListTitle(ctx: ReadContext, paragraph: Paragraph): ListTitle {
  const text = ctx.text;
  const leading = paragraph.children[0]?.type === 'text' && /^\s*$/.test((paragraph.children[0] as { value: string }).value) ? 1 : 0;
  const strong = paragraph.children[leading];
  // The title in bold, or a link to the role's page (`[Tech Lead](https://wiki/tl) — …`), bold or not.
  const titled = strong && (strong.type === 'strong' || strong.type === 'link') && strong.children.length > 0 ? strong : undefined;
  const inner = titled?.children.length === 1 && titled.children[0].type === 'strong' ? titled.children[0] : titled;
  if (titled && inner && 'children' in inner && inner.children.length > 0) {
    const titleStart = start(inner.children[0]);
    let titleEnd = end(inner.children[inner.children.length - 1]);
    let separated = false;
    while (titleEnd > titleStart && /\s/.test(text[titleEnd - 1])) titleEnd--;
    // `**Product Manager:**` carries its separator inside the bold.
    if (text[titleEnd - 1] === ':') {
      titleEnd--;
      separated = true;
    }
    let cursor = end(titled);
    const afterStrong = paragraph.children.slice(leading + 1);
    const next = afterStrong[0]?.type === 'text' && /^\s*$/.test((afterStrong[0] as { value: string }).value) ? afterStrong[1] : afterStrong[0];
    if (!separated && next && next.type === 'inlineCode' && /^\s*$/.test(text.slice(cursor, start(next)))) {
      const ticks = /^`+/.exec(text.slice(start(next)))?.[0].length ?? 1;
      const span = strippedSpan(text, start(next) + ticks, end(next) - ticks);
      cursor = end(next);
      return { titleStart, titleEnd, cursor, separated, id: text.slice(span.start, span.end), idRange: ctx.source.range(span.start, span.end) };
    }
    return { titleStart, titleEnd, cursor, separated };
  }
  const firstLineEnd = Math.min(ctx.source.index.lineEnd(ctx.source.lineOf(start(paragraph))), end(paragraph));
  const line = text.slice(start(paragraph), firstLineEnd);
  const separator = /:|—|–|\s-\s/.exec(line);
  const titleText = separator ? line.slice(0, separator.index) : line;
  const span = strippedSpan(text, start(paragraph), start(paragraph) + titleText.length);
  const cursor = separator ? start(paragraph) + separator.index + separator[0].length : firstLineEnd;
  return { titleStart: span.start, titleEnd: span.end, cursor, separated: true };
}

export function readListRole(ctx: ReadContext, item: ListItem): RoleDefinition | undefined {
  const paragraph = item.children[0];
  if (!paragraph || paragraph.type !== 'paragraph') return undefined;
  const text = ctx.text;
  const paragraphEnd = end(paragraph);
  const listTitle = readListTitle(ctx, paragraph);
  let { titleStart, titleEnd, cursor, separated } = listTitle;
  const { id, idRange } = listTitle;
  const aliases: Span[] = [];

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
