// Roles written as sub-headings of a Roles section, with `ID:`, `Aliases:` and `Holder:` lines under them.
import type { Heading } from 'mdast';
import type { RoleDefinition, Span } from '../../model';
import { kebabCase } from '../../normalize';
import { forEachLine, headingSpan, start, type Block, type ReadContext } from './context';
import { readFieldLine, readReferences, strippedSpan } from './source';
import { readsAsProse } from '../../prose';
import { readHolders } from './holders';
import { aboutKnownRole, addRole, isLegendHeading, speaksOfLetters } from './role-titles';

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
