// Completion from the text around the cursor (the model may not hold a half-typed cell yet): role
// names where a role reference goes, RACI letters in matrix body cells, YAML keys of docs/format.md's "YAML charters", and
// roles of the built-in library that the charter does not define yet (with the edit that defines them).
import type { CheckResult } from '../check';
import type { Position, Range, TextEdit } from '../model';
import { normalizeReference } from '../normalize';
import { LIBRARY_ROLES } from '../roles';
import { LineIndex } from '../text';
import { LETTER_MEANINGS } from './hover';
import { yamlSlot } from './yamlCompletion';
import { markdownSlot } from './markdownCompletion';

export type CompletionKind = 'role' | 'library-role' | 'letter' | 'key';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Text that replaces `range`. */
  insertText: string;
  range: Range;
  filterText?: string;
  sortText?: string;
  additionalEdits?: TextEdit[];
}

const LETTER_CHOICES: { letters: string; detail: string }[] = [
  { letters: 'R', detail: `${LETTER_MEANINGS.R.word}: ${LETTER_MEANINGS.R.meaning}` },
  { letters: 'A', detail: `${LETTER_MEANINGS.A.word}: ${LETTER_MEANINGS.A.meaning}` },
  { letters: 'C', detail: `${LETTER_MEANINGS.C.word}: ${LETTER_MEANINGS.C.meaning}` },
  { letters: 'I', detail: `${LETTER_MEANINGS.I.word}: ${LETTER_MEANINGS.I.meaning}` },
  { letters: 'A/R', detail: 'Accountable and responsible: owns the outcome and does the work' },
];

export function completionsAt(result: CheckResult, position: Position): CompletionEntry[] {
  const index = new LineIndex(result.charter.text);
  if (position.line < 0 || position.line >= index.lineCount) return [];
  const line = index.lineText(position.line);
  if (position.character < 0 || position.character > line.length) return [];
  const slot = result.charter.format === 'yaml' ? yamlSlot(index, position) : markdownSlot(result, index, position);
  if (!slot) return [];
  if (slot.kind === 'letter') {
    return LETTER_CHOICES.map((choice, i) => ({
      label: choice.letters,
      kind: 'letter',
      detail: choice.detail,
      insertText: choice.letters,
      range: slot.range,
      sortText: String(i),
    }));
  }
  if (slot.kind === 'key') {
    return slot.keys.map((info, i) => ({
      label: info.key,
      kind: 'key',
      detail: info.detail,
      insertText: `${info.key}: `,
      range: slot.range,
      sortText: String(i).padStart(2, '0'),
    }));
  }
  return roleEntries(result, slot.range);
}

function roleEntries(result: CheckResult, range: Range): CompletionEntry[] {
  const yaml = result.charter.format === 'yaml';
  const entries: CompletionEntry[] = [];
  for (const role of result.roles.roles) {
    const aliases = role.aliases.map((alias) => alias.text);
    // YAML charters refer to roles by id, Markdown ones by title.
    const insertText = yaml && role.form !== 'implicit' ? role.id : role.title;
    entries.push({
      label: role.title,
      kind: 'role',
      detail: [role.id, ...aliases].join(', '),
      documentation: role.description,
      insertText,
      filterText: [role.title, role.id, ...aliases].join(' '),
      range,
      sortText: `0${role.title.toLowerCase()}`,
    });
  }
  for (const library of LIBRARY_ROLES) {
    // By name only: the library's "PO" is the Product Owner even where it is a Project Officer's initials.
    if ([library.title, ...library.aliases].some((name) => result.roles.resolveByName(name))) continue;
    if (entries.some((entry) => normalizeReference(entry.label) === normalizeReference(library.title))) continue;
    // A charter with implicit roles turns strict as soon as it defines one: don't define any there.
    const definition = result.roles.implicit ? undefined : result.charter.defineRole({ id: library.key, title: library.title, description: library.summary });
    entries.push({
      label: library.title,
      kind: 'library-role',
      detail: definition ? `Role library: adds a definition of ${library.title}` : 'Role library',
      documentation: library.summary,
      insertText: yaml && definition ? library.key : library.title,
      filterText: [library.title, library.key, ...library.aliases].join(' '),
      range,
      sortText: `1${library.title.toLowerCase()}`,
      additionalEdits: definition ? [definition] : undefined,
    });
  }
  return entries;
}
