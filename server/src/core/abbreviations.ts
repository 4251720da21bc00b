// The short forms a document spells out itself: "SM = Service Manager", "**PM** – Problem Manager",
// "Service Manager (SM)", a `| SM | Service Manager |` row. ITIL and handbook charters head their
// matrices with such abbreviations; read by the library's meanings instead (SM as Scrum Master, PM as
// ambiguous), a correct charter would get findings about roles it does not have.

import { findShortForm } from './roles/shortForms';

export interface Abbreviation {
  /** "SM" */
  short: string;
  /** "Service Manager" */
  long: string;
}

const TITLE = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:of|and|&|de|du|des|der|und)?[ \t]*\p{Lu}[\p{L}'’-]*){0,4}`;
const SHORT = String.raw`\p{Lu}[\p{Lu}\d&/]{1,5}`;
const BOLD = String.raw`(?:\*\*|__|\x60)?`;
// "SM = Service Manager", "- **PM** – Problem Manager", "PM: Project Manager", several per line. Found
// from each separator (separatorsWithBlanks): a short-form-first pattern would be tried at every position
// of the document.
const SHORT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${BOLD}(${SHORT})${BOLD}$`, 'u');
const TITLE_AFTER = new RegExp(String.raw`^${BOLD}(${TITLE})`, 'u');
// "Service Manager (SM)", "**Service Manager** (SM)": found from the parenthesis backwards, since a
// title-first pattern would be tried at every capital letter of the document.
const PARENTHESIZED = new RegExp(String.raw`\((${SHORT})\)`, 'gu');
const TITLE_BEFORE = new RegExp(String.raw`(${TITLE})${BOLD}[ \t]*$`, 'u');
// "| SM | Service Manager |"
const TABLE_ROW = new RegExp(String.raw`^\ufeff?[ \t]*\|?[ \t]*${BOLD}(${SHORT})${BOLD}[ \t]*\|[ \t]*${BOLD}(${TITLE})${BOLD}[ \t]*(?:\||$)`, 'gmu');

/** Whether `short` could abbreviate `long`: its letters are the initials of long's words, in order. */
function abbreviates(short: string, long: string): boolean {
  const initials = long
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  const letters = short.replace(/[^\p{Lu}]/gu, '');
  let at = 0;
  for (const letter of letters) {
    at = initials.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return letters.length >= 2 && letters[0] === initials[0];
}

// "PM — Gerente de Projeto": a charter in another language spells an ambiguous short form out in its own
// words, whose initials differ; its word for project, product or programme says which one it is.
const MEANING_WORDS = /proje[ck]?t|proyect|progett|проект|produ[ckt]|prodott|продукт|program|программ/iu;

function spellsOut(short: string, long: string): boolean {
  return abbreviates(short, long) || (findShortForm(short) !== undefined && MEANING_WORDS.test(long));
}

/** Every short form the text expands, each once (the first expansion wins). */
export function readAbbreviations(text: string): Abbreviation[] {
  const found = new Map<string, Abbreviation>();
  const add = (short: string, long: string) => {
    const title = long.trim();
    if (!found.has(short.toUpperCase()) && spellsOut(short, title)) found.set(short.toUpperCase(), { short, long: title });
  };
  // A document without any upper-case run of two letters spells out nothing.
  if (!/\p{Lu}{2}/u.test(text)) return [];
  for (const separator of separatorsWithBlanks(text)) {
    const short = SHORT_BEFORE.exec(text.slice(Math.max(0, separator.start - 12), separator.start));
    if (!short) continue;
    const title = TITLE_AFTER.exec(text.slice(separator.end, separator.end + 120));
    if (title) add(short[1], title[1]);
  }
  for (const match of text.matchAll(PARENTHESIZED)) {
    const before = TITLE_BEFORE.exec(text.slice(Math.max(0, match.index - 80), match.index));
    if (!before) continue;
    // "Our Quality Lead (QL)": the title is the longest run of its last words that QL abbreviates.
    const words = before[1].split(/[ \t]+/);
    for (let first = 0; first < words.length; first++) {
      const title = words.slice(first).join(' ');
      if (abbreviates(match[1], title)) {
        add(match[1], title);
        break;
      }
    }
  }
  for (const match of text.matchAll(TABLE_ROW)) add(match[1], match[2]);
  return [...found.values()];
}

/** What the document says a short form stands for ("SM" → "Service Manager"), if it says. */
export function expansionOf(abbreviations: readonly Abbreviation[] | undefined, text: string): string | undefined {
  if (!abbreviations || abbreviations.length === 0) return undefined;
  const key = text.trim().replace(/^(\*\*|__|`)(.*)\1$/, '$2').toUpperCase();
  return abbreviations.find((abbreviation) => abbreviation.short.toUpperCase() === key)?.long;
}

const SEPARATOR = /[=:–—-]/g;

const isBlank = (char: string | undefined) => char === ' ' || char === '\t';

/**
 * Each separator of "SM = Service Manager" with the blanks around it, as the pattern
 * `[ \t]*(?:=|:|–|—|-)[ \t]*` matches them one after another (each match starts after the previous
 * one's blanks). Found from the separator character: that pattern starts with blanks, so it would be
 * tried at every blank of the document (a padded table has thousands).
 */
export function* separatorsWithBlanks(text: string): Generator<{ start: number; end: number }> {
  let previousEnd = 0;
  for (const { index } of text.matchAll(SEPARATOR)) {
    let start = index;
    while (start > previousEnd && isBlank(text[start - 1])) start--;
    let end = index + 1;
    while (isBlank(text[end])) end++;
    previousEnd = end;
    yield { start, end };
  }
}
