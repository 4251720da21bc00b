// Where the cursor is in a YAML charter, read from the text around it: a RACI key's value or list item,
// or a key being typed (with the keys that fit where it stands).
import type { Position } from '../model';
import { LineIndex } from '../text';
import { tokenRange, type KeyInfo, type Slot } from './completionSlot';

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

export function yamlSlot(index: LineIndex, position: Position): Slot | undefined {
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
