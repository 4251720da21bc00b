// Completion from the text around the cursor (the model may not hold a half-typed cell yet): role
// names where a role reference goes, RACI letters in matrix body cells, YAML keys of docs/format.md's "YAML charters", and
// roles of the built-in library that the charter does not define yet (with the edit that defines them).
import type { CheckResult } from '../check';
import type { Position, Range, TextEdit } from '../model';
import { normalizeReference } from '../normalize';
import { LIBRARY_ROLES } from '../roles';
import { LineIndex, rangeContains } from '../text';
import { LETTER_MEANINGS } from './hover';

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

type Slot =
  | { kind: 'role'; range: Range }
  | { kind: 'letter'; range: Range }
  | { kind: 'key'; keys: readonly KeyInfo[]; range: Range };

interface KeyInfo {
  key: string;
  detail: string;
}

const TOP_KEYS: KeyInfo[] = [
  { key: 'team', detail: "required: the team's name" },
  { key: 'mission', detail: 'optional: one line on why the team exists' },
  { key: 'extends', detail: 'optional: path(s) of charters whose roles are inherited' },
  { key: 'roles', detail: 'mapping: role id -> definition' },
  { key: 'responsibilities', detail: 'list of responsibilities' },
];
const ROLE_KEYS: KeyInfo[] = [
  { key: 'title', detail: "required: the role's title" },
  { key: 'aliases', detail: 'optional: other names for the role' },
  { key: 'description', detail: 'optional: what the role does' },
  { key: 'holder', detail: 'optional: person or people holding the role' },
];
const RESPONSIBILITY_KEYS: KeyInfo[] = [
  { key: 'name', detail: "required: the responsibility's name" },
  { key: 'description', detail: 'optional' },
  { key: 'accountable', detail: 'the one role that owns the outcome' },
  { key: 'responsible', detail: 'role(s) that do the work' },
  { key: 'consulted', detail: 'role(s) asked for input' },
  { key: 'informed', detail: 'role(s) kept up to date' },
];
const RACI_KEY = /^(accountable|responsible|consulted|informed)$/;
const RACI_LABEL = /^(accountable|responsible|consulted|informed|a|r|c|i)$/i;
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

// ---- Markdown ------------------------------------------------------------------------------------

function markdownSlot(result: CheckResult, index: LineIndex, position: Position): Slot | undefined {
  const inResponsibilities = result.charter.sections.some(
    (section) => section.kind !== 'roles' && rangeContains(section.range, position),
  );
  if (!inResponsibilities) return undefined;
  const line = index.lineText(position.line);
  if (/^\s*\|/.test(line)) return tableSlot(index, position);

  // `Accountable: a, b` lines (or list items) of the sub-heading form.
  const label = /^(\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:accountable|responsible|consulted|informed|a|r|c|i)(?:\*\*|__)?\s*:(?:\*\*|__)?)/i.exec(line);
  if (label && position.character >= label[1].length) {
    return { kind: 'role', range: tokenRange(line, position, label[1].length, /[,]/) };
  }
  return undefined;
}

function tableSlot(index: LineIndex, position: Position): Slot | undefined {
  let first = position.line;
  while (first > 0 && /^\s*\|/.test(index.lineText(first - 1))) first--;
  const line = index.lineText(position.line);
  if (position.line === first + 1 || isSeparator(line)) return undefined;
  const header = cells(index.lineText(first));
  const column = columnAt(line, position.character);
  if (column < 1 || header.length === 0) return undefined;
  const firstHeader = normalizeReference(header[0]);
  if (/^(role|title|letter|code|key|legend)$/.test(firstHeader)) return undefined;
  const cellStart = pipeBefore(line, position.character) + 1;
  if (position.line === first) return { kind: 'role', range: tokenRange(line, position, cellStart, /\|/) };
  const assignmentTable = header.slice(1).every((cell) => RACI_LABEL.test(stripMarks(cell)));
  if (assignmentTable) return { kind: 'role', range: tokenRange(line, position, cellStart, /[|,]/) };
  return { kind: 'letter', range: tokenRange(line, position, cellStart, /\|/) };
}

function isSeparator(line: string): boolean {
  return /^\s*\|?(\s*:?-+:?\s*\|)+\s*(:?-+:?\s*)?$/.test(line);
}

/** Cell texts of a table line (escaped pipes stay inside their cell). */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** 0-based column of a character in a table line whose first character (after indent) is a pipe. */
function columnAt(line: string, character: number): number {
  let pipes = 0;
  for (let i = 0; i < character; i++) if (line[i] === '|' && line[i - 1] !== '\\') pipes++;
  return pipes - 1;
}

function pipeBefore(line: string, character: number): number {
  for (let i = character - 1; i >= 0; i--) if (line[i] === '|' && line[i - 1] !== '\\') return i;
  return -1;
}

function stripMarks(text: string): string {
  return text.replace(/^(\*\*|__)(.*)\1$/, '$2').trim();
}

/**
 * The range of the item the cursor is in: from after the last delimiter (or `from`) before the cursor,
 * white space skipped, to before the next delimiter, white space trimmed.
 */
function tokenRange(line: string, position: Position, from: number, delimiter: RegExp): Range {
  let start = Math.max(0, from);
  for (let i = position.character - 1; i >= start; i--) {
    if (delimiter.test(line[i])) {
      start = i + 1;
      break;
    }
  }
  while (start < position.character && /\s/.test(line[start])) start++;
  let end = position.character;
  while (end < line.length && !delimiter.test(line[end])) end++;
  while (end > position.character && /\s/.test(line[end - 1])) end--;
  return { start: { line: position.line, character: start }, end: { line: position.line, character: end } };
}

// ---- YAML ----------------------------------------------------------------------------------------

interface YamlLine {
  /** Column of the `- ` of a sequence item, if the line starts with one. */
  dash?: number;
  /** Column where the key (or value) starts. */
  content: number;
  key?: string;
  /** Text after `key:`. */
  value?: string;
}

function readYamlLine(text: string): YamlLine | undefined {
  const match = /^(\s*)(-\s+)?(.*)$/.exec(text);
  if (!match) return undefined;
  const rest = match[3];
  if (rest.startsWith('#') || (rest.trim() === '' && !match[2])) return undefined;
  const content = match[1].length + (match[2]?.length ?? 0);
  const keyMatch = /^([A-Za-z_][\w-]*)\s*:(?:\s+|$)(.*)$/.exec(rest);
  return {
    dash: match[2] ? match[1].length : undefined,
    content,
    key: keyMatch?.[1],
    value: keyMatch?.[2],
  };
}

/** Keys of the mappings that enclose column `column` at line `line` ("[]" for a sequence item), outermost first. */
function yamlPath(index: LineIndex, line: number, column: number): string[] {
  const path: string[] = [];
  let limit = column;
  for (let l = line - 1; l >= 0 && limit > 0; l--) {
    const info = readYamlLine(index.lineText(l));
    if (!info) continue;
    if (info.content < limit && info.key !== undefined) {
      path.unshift(info.key);
      limit = info.dash ?? info.content;
      if (info.dash !== undefined) path.unshift('[]');
    } else if (info.dash !== undefined && info.dash < limit) {
      path.unshift('[]');
      limit = info.dash;
    }
  }
  return path;
}

function yamlSlot(index: LineIndex, position: Position): Slot | undefined {
  const line = index.lineText(position.line);
  const before = line.slice(0, position.character);
  if (/(^|\s)#/.test(before)) return undefined;

  // `accountable: pm`, `responsible: [pm, em]`
  const valueAfterKey = /^(\s*(?:-\s+)?(accountable|responsible|consulted|informed)\s*:\s*)/.exec(line);
  if (valueAfterKey && position.character >= valueAfterKey[1].length) {
    return { kind: 'role', range: tokenRange(line, position, valueAfterKey[1].length, /[\[\],'"]/) };
  }

  // A block sequence item under a RACI key: `  - pm`
  const item = /^(\s*)-\s+/.exec(line);
  const itemIsValue = item && !/^\s*-\s+[A-Za-z_][\w-]*\s*:/.test(line);
  if (item && itemIsValue && position.character >= item[0].length) {
    const dash = item[1].length;
    for (let l = position.line - 1; l >= 0; l--) {
      const info = readYamlLine(index.lineText(l));
      if (!info) continue;
      if (info.dash === dash && info.key === undefined) continue; // a sibling item
      if (info.key && RACI_KEY.test(info.key) && (info.value ?? '').trim() === '' && info.content <= dash) {
        return { kind: 'role', range: tokenRange(line, position, item[0].length, /[,'"]/) };
      }
      break;
    }
  }

  // A key being typed.
  const keyTyping = /^(\s*)(-\s+)?([A-Za-z_][\w-]*)?$/.exec(before);
  if (!keyTyping) return undefined;
  const start = keyTyping[1].length + (keyTyping[2]?.length ?? 0);
  let end = position.character;
  while (end < line.length && /[\w-]/.test(line[end])) end++;
  if (line.slice(end).trimStart().startsWith(':') && line.slice(end).trim() !== ':') return undefined;
  const range = { start: { line: position.line, character: start }, end: { line: position.line, character: end } };
  const path = keyTyping[2] ? [...yamlPath(index, position.line, keyTyping[1].length), '[]'] : yamlPath(index, position.line, start);
  const keys = keysFor(path);
  return keys ? { kind: 'key', keys, range } : undefined;
}

function keysFor(path: string[]): readonly KeyInfo[] | undefined {
  if (path.length === 0) return TOP_KEYS;
  if (path.length === 2 && path[0] === 'roles' && path[1] !== '[]') return ROLE_KEYS;
  if (path.length === 2 && path[0] === 'responsibilities' && path[1] === '[]') return RESPONSIBILITY_KEYS;
  return undefined;
}
