// Hover text, as Markdown: a role's names, description, library entry and involvement; a
// responsibility's RACI table; what a matrix cell's letters mean.
import type { CheckResult } from '../check';
import type { Position, RaciCell, RaciLetter, Range, Responsibility, RoleDefinition } from '../model';
import { escapeMarkdown } from '../markdownText';
import { findLibraryRole, findShortForm, libraryRoleMarkdown, shortFormMarkdown } from '../roles';
import { involvementOf, targetAt } from './locate';

export interface HoverContent {
  markdown: string;
  range: Range;
}

export const LETTER_MEANINGS: Record<RaciLetter, { word: string; meaning: string }> = {
  R: { word: 'Responsible', meaning: 'does the work' },
  A: { word: 'Accountable', meaning: 'owns the outcome and signs it off; exactly one per responsibility' },
  C: { word: 'Consulted', meaning: 'asked for input before the work is done (two-way)' },
  I: { word: 'Informed', meaning: 'kept up to date on progress or decisions (one-way)' },
};

const LETTER_ORDER: RaciLetter[] = ['A', 'R', 'C', 'I'];

export function hoverAt(result: CheckResult, position: Position): HoverContent | undefined {
  const target = targetAt(result, position);
  if (!target) return undefined;
  switch (target.kind) {
    case 'role':
      return { markdown: roleHover(result, target.role), range: target.range };
    case 'unresolved': {
      const undefinedText = `No role named **${escapeMarkdown(target.reference.text)}** is defined in this charter or the charters it extends.`;
      // An ambiguous short form ("PM") gets its candidate meanings, so the reader can pick one.
      const shortForm = findShortForm(target.reference.text);
      return { markdown: shortForm ? `${shortFormMarkdown(shortForm)}

${undefinedText}` : undefinedText, range: target.range };
    }
    case 'responsibility':
      return { markdown: responsibilityHover(result, target.responsibility), range: target.range };
    case 'cell':
      return { markdown: cellHover(result, target.cell, target.responsibility), range: target.range };
  }
}

export function roleHover(result: CheckResult, role: RoleDefinition): string {
  const parts: string[] = [];
  const names = [`id \`${role.id}\``];
  if (role.aliases.length > 0) names.push(`also known as ${role.aliases.map((alias) => escapeMarkdown(alias.text)).join(', ')}`);
  if (role.inheritedFrom) names.push(`inherited from \`${role.inheritedFrom}\``);
  if (role.form === 'implicit') names.push('not defined: this charter uses its references as roles');
  parts.push(`**${escapeMarkdown(role.title)}** — ${names.join(' · ')}`);
  // Continuation lines of a list item keep their indentation in the source; four spaces would make
  // them a code block here.
  if (role.description) parts.push(role.description.replace(/\n[ \t]+/g, '\n'));
  if (role.holders.length > 0) parts.push(`Held by ${role.holders.map(escapeMarkdown).join(', ')}.`);
  // What this charter says comes before the (longer) general text of the library.
  parts.push(involvementSentence(result, role));

  const library = findLibraryRole([role.title, ...role.aliases.map((alias) => alias.text)]);
  const libraryText = library ? libraryRoleMarkdown(library) : '';
  if (libraryText) parts.push('---', libraryText);
  // A role titled with an ambiguous short form ("PM") matches no library entry: say what it could mean.
  const shortForm = library ? undefined : findShortForm(role.title);
  if (shortForm) parts.push('---', shortFormMarkdown(shortForm));
  return parts.join('\n\n');
}

/** "In this charter: accountable for 1 (Roadmap), informed of 2 (Releases, Hiring)." Empty letters are left out. */
export function involvementSentence(result: CheckResult, role: RoleDefinition): string {
  const involvement = involvementOf(result, role);
  const phrases: string[] = [];
  const VERBS: Record<RaciLetter, string> = { A: 'accountable for', R: 'responsible for', C: 'consulted on', I: 'informed of' };
  for (const letter of LETTER_ORDER) {
    const names = involvement.filter((entry) => entry.letter === letter).map((entry) => escapeMarkdown(entry.responsibility.name));
    if (names.length > 0) phrases.push(`${VERBS[letter]} ${names.length} (${names.join(', ')})`);
  }
  return phrases.length > 0 ? `In this charter: ${phrases.join(', ')}.` : 'In this charter: no responsibility names this role yet.';
}

export function responsibilityHover(result: CheckResult, responsibility: Responsibility): string {
  const heading = [`**${escapeMarkdown(responsibility.name)}**`];
  if (responsibility.group) heading.push(`(${escapeMarkdown(responsibility.group)})`);
  const parts = [heading.join(' ')];
  if (responsibility.description) parts.push(responsibility.description);
  const rows = LETTER_ORDER.map((letter) => {
    const holders: string[] = [];
    for (const assignment of responsibility.assignments) {
      if (assignment.letter !== letter) continue;
      const name = result.roles.resolve(assignment.ref.text)?.title ?? assignment.ref.text;
      if (!holders.includes(name)) holders.push(name);
    }
    const cell = holders.length > 0 ? holders.map(escapeTableCell).join(', ') : '—';
    return `| ${letter} — ${LETTER_MEANINGS[letter].word} | ${cell} |`;
  });
  parts.push(['| RACI | Roles |', '| --- | --- |', ...rows].join('\n'));
  return parts.join('\n\n');
}

export function cellHover(result: CheckResult, cell: RaciCell, responsibility: Responsibility): string {
  const role = result.roles.resolve(cell.column.text)?.title ?? cell.column.text;
  const who = `**${escapeMarkdown(role)}** in **${escapeMarkdown(responsibility.name)}**`;
  const legend = LETTER_ORDER.map((letter) => `- **${letter}** — ${LETTER_MEANINGS[letter].word}: ${LETTER_MEANINGS[letter].meaning}`).join('\n');
  if (cell.letters === null) {
    return `\`${cell.text}\` is not a RACI value${cell.problem ? ` (${cell.problem})` : ''}. Use the letters R, A, C and I, alone or joined as in \`A/R\`; leave the cell empty or write \`-\` when the role is not involved.\n\n${legend}`;
  }
  if (cell.letters.length === 0) return `${who}: not involved.\n\n${legend}`;
  const meanings = LETTER_ORDER.filter((letter) => cell.letters?.includes(letter)).map(
    (letter) => `- **${letter}** — ${LETTER_MEANINGS[letter].word}: ${LETTER_MEANINGS[letter].meaning}`,
  );
  return `${who}:\n\n${meanings.join('\n')}`;
}

function escapeTableCell(text: string): string {
  return escapeMarkdown(text).replace(/\r?\n/g, ' ');
}
