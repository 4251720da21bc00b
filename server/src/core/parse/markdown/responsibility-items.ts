// Responsibilities written as list items, each with its letter lines in a list under it:
//   - Survey the tower
//     - R: Site lead
//     - A: Site lead
// Read under a heading, they are that many responsibilities, not one heading holding every line.
import type { Heading, ListItem, Paragraph } from 'mdast';
import { end, plainText, start, type Block, type ReadContext } from './context';
import type { HeadingField } from './edits';
import { raciLabel, readFieldLine } from './source';
import { fieldsResponsibility, raciFieldLines } from './responsibility-headings';
import { scopeOf } from './responsibility-rows';

interface ItemResponsibility {
  item: ListItem;
  name: Paragraph;
  fields: HeadingField[];
}

/** The items under a heading that are responsibilities, when two or more of its items are. */
export function itemResponsibilities(ctx: ReadContext, blocks: readonly Block[]): ItemResponsibility[] | undefined {
  const found: ItemResponsibility[] = [];
  for (const { node } of blocks) {
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const [name, ...rest] = item.children;
      if (name?.type !== 'paragraph' || !rest.some((child) => child.type === 'list')) continue;
      // `- A: Site lead` with its own sub-list is a letter line, not a responsibility's name.
      const nameLine = ctx.source.lineOf(start(name));
      const asField = readFieldLine(ctx.text, ctx.source.index.lineStarts[nameLine], ctx.source.index.lineEnd(nameLine));
      if (asField && raciLabel(asField.label)) continue;
      const fields = raciFieldLines(ctx, rest.map((child) => ({ node: child })));
      if (fields.some((field) => field.letter === 'A' || field.letter === 'R')) found.push({ item, name, fields });
    }
  }
  return found.length >= 2 ? found : undefined;
}

export function readItemResponsibilities(ctx: ReadContext, heading: Heading, items: readonly ItemResponsibility[], group: string | undefined, scopeStart: number): void {
  for (const { item, name, fields } of items) {
    const text = plainText(name).trim();
    if (!text) continue;
    const span = { text, range: ctx.source.range(start(name), end(name)) };
    ctx.charter.responsibilities.push(
      fieldsResponsibility(ctx, span, fields, {
        group,
        scope: scopeOf(ctx, start(heading), `section:${scopeStart}`),
        range: ctx.source.range(start(item), end(item)),
        nameEnd: end(name),
      }),
    );
  }
}
