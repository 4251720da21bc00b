// Where the cursor is in a Markdown charter, read from the text around it: a matrix header or body cell,
// an assignment-table cell, an `Accountable:` line under a sub-heading.
import type { CheckResult } from '../check';
import type { Position } from '../model';
import { normalizeReference } from '../normalize';
import { LineIndex, rangeContains } from '../text';
import { tokenRange, type Slot } from './completionSlot';

const RACI_LABEL = /^(accountable|responsible|consulted|informed|a|r|c|i)$/i;


export function markdownSlot(result: CheckResult, index: LineIndex, position: Position): Slot | undefined {
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
