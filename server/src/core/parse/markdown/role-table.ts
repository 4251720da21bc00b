// Roles written as rows of a table: a Role table, or a table of the team's people naming the roles they
// hold; a role both defined and listed with people is one role.
import type { RoleDefinition } from '../../model';
import { kebabCase, normalizeReference } from '../../normalize';
import { roleKeys } from '../../resolve';
import { cellText, type ReadContext, type RoleColumns } from './context';
import type { GfmTable } from './gfm-table';
import { readReferences, strippedSpan } from './source';
import { entryRows } from './table-rows';
import { readHolders } from './holders';
import { isRoleHeader, plainWords, roleColumnOf } from './words';
import { addRole } from './role-titles';

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
