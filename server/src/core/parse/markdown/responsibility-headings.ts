// Responsibilities written as sub-headings: with `Accountable:` lines under them, or with a role-centred
// list (`- PO: A - owns the backlog`).
import type { Heading } from 'mdast';
import type { Assignment, RaciCell, Range, Responsibility, RoleReference, Span } from '../../model';
import { end, forEachItemLine, forEachLine, headingSpan, start, type Block, type ReadContext } from './context';
import { headingFieldsRewriter, roleLetterRewriter, type HeadingField, type RoleLetterItem } from './edits';
import { raciLabel, readFieldLine, readReferences } from './source';
import { readsAsProse } from '../../prose';
import { isCoversLine, linesCovers } from './covers';
import { assignmentsOf, scopeOf } from './responsibility-rows';

const COLOUR_CODE = /#(?:[0-9a-f]{3}){1,2}\b/i;

/** The `Accountable: …` lines among the blocks under a heading. */
export function raciFieldLines(ctx: ReadContext, blocks: readonly Block[]): HeadingField[] {
  const fields: HeadingField[] = [];
  let legend = false;
  forEachLine(ctx, blocks, (lineStart, lineEnd) => {
    const field = readFieldLine(ctx.text, lineStart, lineEnd);
    const letter = field && raciLabel(field.label);
    if (!field || !letter) return;
    const refs = readReferences(ctx.source, field.valueStart, field.valueEnd);
    // `A: Accountable (approves)` is a legend line, not an assignment; so is `A: Yes, for small work.
    // Larger work should split them.` (an answer) or `R: the one who does the work` (a definition).
    // `R: red background (#E6B8B8)` is a colour key for the letter.
    const value = ctx.text.slice(field.valueStart, field.valueEnd);
    if (raciLabel(value.split(/[\s(:—–-]/)[0]) !== undefined || COLOUR_CODE.test(value) || refs.some((ref) => readsAsProse(ref.text))) {
      legend = true;
      return;
    }
    fields.push({ field, letter, refs });
  });
  // One line of the list explains its letter: the list is a legend, and its other letters are explained
  // too ("R: does the work", "A: final owner", "C: Consulted before").
  return legend ? [] : fields;
}

/** A sub-heading with its `Accountable: …` lines (`fields`, as raciFieldLines read them from `blocks`). */
export function readHeadingResponsibility(
  ctx: ReadContext,
  heading: Heading,
  blocks: Block[],
  fields: HeadingField[],
  group: string | undefined,
  scopeStart: number,
): void {
  const name = headingSpan(ctx, heading);
  if (!name.text) return;
  const description: string[] = [];
  const coversLines: { lineStart: number; lineEnd: number }[] = [];
  forEachLine(ctx, blocks, (lineStart, lineEnd) => {
    const field = readFieldLine(ctx.text, lineStart, lineEnd);
    if (field && raciLabel(field.label)) return;
    if (isCoversLine(ctx.text, lineStart, lineEnd)) {
      coversLines.push({ lineStart, lineEnd });
      return;
    }
    const line = ctx.text.slice(lineStart, lineEnd).trim();
    if (line) description.push(line);
  });
  const lastEnd = blocks.length > 0 ? end(blocks[blocks.length - 1].node) : end(heading);
  const responsibility = fieldsResponsibility(ctx, name, fields, {
    group,
    scope: scopeOf(ctx, start(heading), `section:${scopeStart}`),
    range: ctx.source.range(start(heading), lastEnd),
    nameEnd: end(heading),
  });
  responsibility.description = description.join('\n') || undefined;
  const covers = linesCovers(ctx, coversLines);
  if (covers) responsibility.covers = covers;
  ctx.charter.responsibilities.push(responsibility);
}

/**
 * A responsibility given by its `Accountable: …` lines (under a sub-heading, or nested under a list
 * item): new lines are written after the last of them, or after the name (`nameEnd`) when it has none.
 */
export function fieldsResponsibility(
  ctx: ReadContext,
  name: Span,
  fields: HeadingField[],
  where: { group: string | undefined; scope: string; range: Range; nameEnd: number },
): Responsibility {
  const { references, assignments } = assignmentsOf(fields);
  return {
    name: name.text,
    nameRange: name.range,
    group: where.group,
    scope: where.scope,
    form: 'heading',
    assignments,
    references,
    cells: [],
    range: where.range,
    rewrite: headingFieldsRewriter(ctx.source, where.nameEnd, fields),
  };
}

// `- PO: A - why`, `* **Dev**: R (mostly)`: a role, then its letters, then an optional remark.
const ROLE_LETTER_ITEM = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?([^:*_\n]{1,40}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(?:\*\*|__)?([A-Za-z0-9/,+& ]{1,24}?)(?:\*\*|__)?[ \t]*(?=$|\(|[-–—][ \t]|:)/;

/** The role-centred items among the blocks under a heading, when they are what its list holds. */
export function roleLetterItems(ctx: ReadContext, blocks: readonly Block[]): { item: RoleLetterItem; cell: RaciCell }[] | undefined {
  const found: { item: RoleLetterItem; cell: RaciCell }[] = [];
  let readable = 0;
  forEachItemLine(ctx, blocks.filter((block) => block.node.type === 'list'), (lineStart, lineEnd) => {
    const match = ROLE_LETTER_ITEM.exec(ctx.text.slice(lineStart, lineEnd));
    // `- **When you decide something:** Consult (C) the people listed` is an instruction, not a role.
    if (!match || raciLabel(match[1].trim()) || readsAsProse(match[1])) return;
    const letters = match[2].trim();
    const parsed = ctx.cells.parse(letters);
    if (!parsed.valid && !/^[A-Z][A-Z0-9]{0,2}$/.test(letters)) return;
    if (parsed.valid && parsed.letters.length > 0) readable++;
    const nameStart = lineStart + match[0].indexOf(match[1]);
    const refText = match[1].trim();
    const ref: RoleReference = { text: refText, range: ctx.source.range(nameStart, nameStart + refText.length) };
    const lettersStart = lineStart + match[0].lastIndexOf(letters);
    const range = ctx.source.range(lettersStart, lettersStart + letters.length);
    found.push({
      item: { ref, lettersStart, lettersEnd: lettersStart + letters.length, lineEnd },
      cell: { text: letters, range, letters: parsed.valid ? parsed.letters : null, problem: parsed.valid ? undefined : parsed.problem, column: ref },
    });
  });
  return found.length >= 2 && readable * 2 >= found.length ? found : undefined;
}

export function readRoleLetterResponsibility(ctx: ReadContext, heading: Heading, blocks: Block[], items: { item: RoleLetterItem; cell: RaciCell }[], group: string | undefined, scopeStart: number): void {
  const name = headingSpan(ctx, heading);
  if (!name.text) return;
  const assignments: Assignment[] = [];
  for (const { cell } of items) for (const letter of cell.letters ?? []) assignments.push({ ref: cell.column, letter, range: cell.range });
  const cells = items.map((entry) => entry.cell);
  const lastEnd = blocks.length > 0 ? end(blocks[blocks.length - 1].node) : end(heading);
  ctx.charter.responsibilities.push({
    name: name.text.replace(/\s*:$/, ''),
    nameRange: name.range,
    group,
    scope: scopeOf(ctx, start(heading), `section:${scopeStart}`),
    form: 'heading',
    assignments,
    references: items.map((entry) => entry.item.ref),
    cells,
    range: ctx.source.range(start(heading), lastEnd),
    rewrite: roleLetterRewriter(ctx.source, items.map((entry) => entry.item), cells, ctx.cells.writer),
  });
}
