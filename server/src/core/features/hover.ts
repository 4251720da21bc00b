// Hover text, as Markdown: a role's names, description, library entry and involvement; a
// responsibility's RACI table; what a matrix cell's letters mean.
import type { CheckResult } from '../check';
import type { FrameworkInfo, Position, RaciCell, RaciLetter, Range, Responsibility, RoleDefinition, TableReadingNote } from '../model';
import { escapeMarkdown } from '../markdownText';
import { findLibraryRole, findShortForm, libraryRoleMarkdown, shortFormMarkdown } from '../roles';
import { isRaciLetter, plainCell } from '../raci';
import { rangeContains } from '../text';
import { joinWithAnd } from '../quote';
import { vacancyOf } from '../roles/vacancy';
import { periodText } from '../freshness/period';
import { involvementOf, targetAt, type Target } from './locate';

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
  // On a table's header row the hover also says how the table was read, so "no findings" can be told
  // apart from "not read".
  const table = result.charter.tables?.find((note) => rangeContains(note.range, position));
  const content = target ? targetHover(result, target) : table ? columnHover(result, table, position) : titleHover(result, position);
  if (!table) return content;
  const reading = `*How this table was read:* ${escapeMarkdown(table.summary)}.`;
  return content ? { markdown: `${content.markdown}\n\n---\n\n${reading}`, range: content.range } : { markdown: reading, range: table.range };
}

function targetHover(result: CheckResult, target: Target): HoverContent {
  switch (target.kind) {
    case 'role': {
      // A reference read as a short name says how, so the reader can check the reading.
      const reading = target.via === 'reference' ? readingSentence(result, target.text) : '';
      return { markdown: [reading, roleHover(result, target.role)].filter(Boolean).join('\n\n'), range: target.range };
    }
    case 'unresolved': {
      const text = escapeMarkdown(target.reference.text);
      const { candidates, excluded } = result.roles.read(target.reference.text);
      const titles = (roles: readonly RoleDefinition[]) => joinWithAnd(roles.map((role) => `**${escapeMarkdown(role.title)}**`), 'or');
      const parts = [`No role named **${text}** is defined in this charter or the charters it extends.`];
      if (candidates.length > 1) parts.unshift(`**${text}** could be short for ${titles(candidates)}, so it is read as none of them.`);
      if (excluded.length > 0) parts.push(`It is not read as ${titles(excluded)}: its table names that role in another column.`);
      // An ambiguous short form ("PM") gets its candidate meanings, so the reader can pick one.
      const shortForm = findShortForm(target.reference.text);
      if (shortForm) parts.unshift(shortFormMarkdown(shortForm));
      return { markdown: parts.join('\n\n'), range: target.range };
    }
    case 'responsibility':
      return { markdown: responsibilityHover(result, target.responsibility), range: target.range };
    case 'cell':
      return { markdown: cellHover(result, target.cell, target.responsibility), range: target.range };
  }
}

/** A matrix column no row gives a letter yet: the role it names, from the charter or the library. */
function columnHover(result: CheckResult, table: TableReadingNote, position: Position): HoverContent | undefined {
  const column = table.roleColumns?.find((header) => rangeContains(header.range, position));
  if (!column || !column.text) return undefined;
  const role = result.roles.resolve(column.text);
  if (role) return { markdown: [readingSentence(result, column.text), roleHover(result, role)].filter(Boolean).join('\n\n'), range: column.range };
  const library = findLibraryRole([column.text]);
  const empty = `**${escapeMarkdown(column.text)}** — a column of this matrix; no row gives it a letter yet.`;
  return { markdown: library ? `${empty}\n\n---\n\n${libraryRoleMarkdown(library)}` : empty, range: column.range };
}

/** On the team's name (the title): the charter's last review, and when the next one is due. */
function titleHover(result: CheckResult, position: Position): HoverContent | undefined {
  const team = result.charter.team;
  if (!team || !rangeContains(team.range, position)) return undefined;
  return { markdown: `**${escapeMarkdown(team.text)}**\n\n${reviewSentence(result)}`, range: team.range };
}

export function reviewSentence(result: CheckResult): string {
  const { review, charter } = result;
  const written = charter.review?.reviewed;
  if (!review) {
    if (written && !written.date) return `Last reviewed: "${escapeMarkdown(written.text)}" (not read as a date).`;
    return 'Last reviewed: not written. A `reviewed: YYYY-MM-DD` key (YAML or front matter) or a "Last reviewed:" line says when the team last checked this charter.';
  }
  const period = `every ${periodText(review.period)}${review.periodWritten ? '' : ' (the default period)'}`;
  const due = review.overdue ? `the next review was due on ${review.due}: **overdue**` : `next review due by ${review.due}`;
  return `Last reviewed on ${review.reviewed}; reviewed ${period}, ${due}.`;
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
  const vacancy = vacancyOf(role);
  if (vacancy !== undefined) parts.push(`**Vacant**: its holder is written as "${escapeMarkdown(vacancy)}", so nobody holds this role yet.`);
  else if (role.holders.length > 0) parts.push(`Held by ${role.holders.map(escapeMarkdown).join(', ')}.`);
  const spellings = otherSpellings(result, role);
  if (spellings) parts.push(spellings);
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

/** "**PO** is read as **Product Owner** (initials)." for a reference that is none of its role's names; '' otherwise. */
function readingSentence(result: CheckResult, text: string): string {
  const { role, how } = result.roles.read(text);
  return role && how ? `**${escapeMarkdown(text)}** is read as **${escapeMarkdown(role.title)}** (${escapeMarkdown(how)}).` : '';
}

/** At most this many other spellings of a role are listed in its hover. */
const SPELLINGS_IN_HOVER = 5;

/** "Also written in this charter as PO (initials), Prod. Owner (shortened words)." */
function otherSpellings(result: CheckResult, role: RoleDefinition): string {
  // Each text read once: a matrix repeats its headers in every row.
  const seen = new Set<string>();
  const spellings: string[] = [];
  for (const responsibility of result.charter.responsibilities) {
    for (const { text } of responsibility.references) {
      if (seen.has(text)) continue;
      seen.add(text);
      const reading = result.roles.read(text);
      if (reading.role === role && reading.how) spellings.push(`${escapeMarkdown(text)} (${escapeMarkdown(reading.how)})`);
    }
  }
  if (spellings.length === 0) return '';
  const shown = spellings.length > SPELLINGS_IN_HOVER ? [...spellings.slice(0, SPELLINGS_IN_HOVER), `${spellings.length - SPELLINGS_IN_HOVER} more`] : spellings;
  return `Also written in this charter as ${joinWithAnd(shown)}.`;
}

/** At most this many responsibilities are named per letter in a role's hover; the rest are counted. */
const NAMED_IN_HOVER = 5;

/**
 * "In this charter: accountable for 2 of 5 responsibilities (Roadmap, Budget), informed of 1 (Releases)."
 * The first count is out of all the charter's responsibilities, whether or not role-overload is on, so a
 * role's load shows where it is read. Empty letters are left out.
 */
export function involvementSentence(result: CheckResult, role: RoleDefinition): string {
  const involvement = involvementOf(result, role);
  const total = result.charter.responsibilities.length;
  const phrases: string[] = [];
  const VERBS: Record<RaciLetter, string> = { A: 'accountable for', R: 'responsible for', C: 'consulted on', I: 'informed of' };
  for (const letter of LETTER_ORDER) {
    const names = involvement.filter((entry) => entry.letter === letter).map((entry) => escapeMarkdown(entry.responsibility.name));
    if (names.length === 0) continue;
    const count = phrases.length === 0 ? `${names.length} of ${total} ${total === 1 ? 'responsibility' : 'responsibilities'}` : `${names.length}`;
    const shown = names.length > NAMED_IN_HOVER ? [...names.slice(0, NAMED_IN_HOVER - 1), `${names.length - NAMED_IN_HOVER + 1} more`] : names;
    phrases.push(`${VERBS[letter]} ${count} (${shown.join(', ')})`);
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
  if (result.charter.framework) parts.push(frameworkSentence(result.charter.framework));
  return parts.join('\n\n');
}

export function cellHover(result: CheckResult, cell: RaciCell, responsibility: Responsibility): string {
  const role = result.roles.resolve(cell.column.text)?.title ?? cell.column.text;
  const who = `**${escapeMarkdown(role)}** in **${escapeMarkdown(responsibility.name)}**`;
  const framework = result.charter.framework;
  const legend = [...letterLines(framework, LETTER_ORDER), ...(framework ? Object.keys(framework.letters).filter((letter) => !isRaciLetter(letter)).flatMap((letter) => letterLines(framework, [letter])) : [])].join('\n');
  if (cell.letters === null) {
    return `\`${cell.text}\` is not a RACI value${cell.problem ? ` (${cell.problem})` : ''}. Use the letters R, A, C and I, alone or joined as in \`A/R\`; leave the cell empty or write \`-\` when the role is not involved.\n\n${legend}`;
  }
  if (cell.letters.length === 0) return `${who}: not involved.\n\n${legend}`;
  // A framework's letters are explained as written ("S — Support"); plain RACI letters as they count.
  const written = framework ? [...new Set([...plainCell(cell.text).toUpperCase()].filter((char) => char in framework.letters || isRaciLetter(char)))] : [];
  const meanings = written.length > 0 ? letterLines(framework, written) : letterLines(undefined, LETTER_ORDER.filter((letter) => cell.letters?.includes(letter)));
  return `${who}:\n\n${meanings.join('\n')}`;
}

/** One legend line per letter, in the document's framework where it gives the letter a meaning. */
function letterLines(framework: FrameworkInfo | undefined, letters: readonly string[]): string[] {
  return letters.map((letter) => {
    const own = framework?.letters[letter];
    if (own === undefined && isRaciLetter(letter)) return `- **${letter}** — ${LETTER_MEANINGS[letter].word}: ${LETTER_MEANINGS[letter].meaning}`;
    const counts = framework?.countsAs[letter];
    const as = counts ? `counts as ${LETTER_MEANINGS[counts].word.toLowerCase()}${letter === framework?.owner.letter ? `, the one ${framework.owner.word}` : ''}` : 'counts as no RACI letter';
    return `- **${letter}** — ${own ?? letter} (${framework?.name}): ${as}`;
  });
}

/** "In this RAPID document, D (Decide) counts as A; …": how the table above maps the document's letters. */
function frameworkSentence(framework: FrameworkInfo): string {
  const parts = Object.entries(framework.letters).map(([letter, meaning]) => {
    const counts = framework.countsAs[letter];
    return `${letter} (${meaning}) counts as ${counts ?? 'no RACI letter'}`;
  });
  return `In this ${framework.name} document, ${parts.join('; ')}.`;
}

function escapeTableCell(text: string): string {
  return escapeMarkdown(text).replace(/\r?\n/g, ' ');
}
