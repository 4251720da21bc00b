// The "Last reviewed: 2026-09-01" line of a Markdown charter, in the languages of words.ts. Only a line
// of a paragraph (at the top level, in a list item or a block quote) that starts with the label and has
// a date right after it counts: prose that mentions a review, code, HTML comments and tables do not.
import type { Nodes, Root } from 'mdast';
import type { CharterReview } from '../../model';
import { readWrittenDate } from '../../freshness/dates';
import { end, start } from './context';
import type { Source } from './source';

const LABELS = [
  // English
  'last reviewed on', 'last reviewed', 'last review date', 'last review', 'date of last review', 'reviewed on',
  // French
  'dernière revue', 'dernière révision', 'date de dernière revue', 'date de la dernière revue', 'revu le', 'révisé le',
  // German
  'zuletzt überprüft am', 'zuletzt überprüft', 'zuletzt geprüft am', 'zuletzt geprüft', 'letzte überprüfung', 'letzte prüfung', 'letztes review',
  // Spanish
  'última revisión', 'fecha de última revisión', 'fecha de la última revisión', 'revisado el',
  // Portuguese
  'última revisão', 'data da última revisão', 'revisado em', 'revisto em',
  // Italian
  'ultima revisione', 'data dell’ultima revisione', "data dell'ultima revisione", 'rivisto il', 'revisionato il',
  // Dutch
  'laatst herzien', 'laatst beoordeeld', 'laatst gecontroleerd', 'laatste review', 'laatste herziening', 'laatste beoordeling',
  // Russian
  'последний пересмотр', 'последняя проверка', 'дата последнего пересмотра', 'дата последней проверки', 'пересмотрено',
  // Japanese
  '最終レビュー日', '最終レビュー', '最終確認日', '最終見直し日', '最終見直し',
  // Chinese
  '最后审查日期', '最后审查', '最后审阅', '上次审查日期', '上次审查', '上次审阅', '最近审查', '最后审核', '上次审核',
];

const EMPHASIS = String.raw`(?:\*\*|__|\*|_)?`;
const LABEL = [...LABELS]
  .sort((a, b) => b.length - a.length)
  .map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`))
  .join('|');
// The label (maybe emphasised, maybe after an emoji: "📅 Last reviewed"), a colon or a space, then where the date starts; `\p{L}` after the label
// would make it another word ("Last reviewers: …").
const LINE = new RegExp(String.raw`^(?:\p{Extended_Pictographic}\uFE0F?\s*)*${EMPHASIS}(?:${LABEL})(?![\p{L}\p{N}])${EMPHASIS}\s*(?:[:：]${EMPHASIS}\s*|(?=\S))${EMPHASIS}`, 'iu');

/** How deep in lists and block quotes a review line is looked for. */
const MAX_DEPTH = 4;

// A word every label holds: most documents have none, and then no paragraph is read line by line.
const REVIEW_WORD = /review|revue|révis|überprüf|geprüf|prüfung|revisi|revisã|revisto|revisado|herzien|beoordeel|gecontroleerd|пересмотр|проверк|レビュー|確認日|見直し|审查|审阅|审核/i;

/** The charter's review date from its "Last reviewed:" lines: the latest, when it gives several. */
export function readReviewLine(tree: Root, source: Source): CharterReview['reviewed'] {
  if (!REVIEW_WORD.test(source.text)) return undefined;
  let latest: FoundDate | undefined;
  const visit = (node: Nodes, depth: number) => {
    if (node.type === 'paragraph') {
      for (const found of reviewDatesIn(node, source)) if (!latest || found.date > latest.date) latest = found;
      return;
    }
    if (depth >= MAX_DEPTH || (node.type !== 'root' && node.type !== 'list' && node.type !== 'listItem' && node.type !== 'blockquote')) return;
    for (const child of node.children) visit(child as Nodes, depth + 1);
  };
  visit(tree, 0);
  if (!latest) return undefined;
  return { text: source.text.slice(latest.start, latest.end), range: source.range(latest.start, latest.end), date: latest.date };
}

/** A date found after a label: its reading and where its text stands. */
interface FoundDate {
  date: string;
  start: number;
  end: number;
}

function reviewDatesIn(paragraph: Nodes, source: Source): FoundDate[] {
  const dates: FoundDate[] = [];
  const from = start(paragraph);
  const to = end(paragraph);
  const text = source.text;
  if (!REVIEW_WORD.test(text.slice(from, to))) return dates;
  for (let line = source.lineOf(from); ; line++) {
    const lineStart = Math.max(from, source.index.lineStarts[line]);
    if (lineStart >= to) break;
    const lineEnd = Math.min(to, source.index.lineEnd(line));
    // Continuation lines of a block quote or a list item carry its markers and indentation.
    const content = lineStart + /^[\s>]*/.exec(text.slice(lineStart, lineEnd))![0].length;
    const found = reviewDateAt(text, content, lineEnd);
    if (found) dates.push(found);
    if (line + 1 >= source.index.lineStarts.length) break;
  }
  return dates;
}

function reviewDateAt(text: string, lineStart: number, lineEnd: number): FoundDate | undefined {
  const line = text.slice(lineStart, lineEnd);
  const label = LINE.exec(line);
  if (!label) return undefined;
  const rest = line.slice(label[0].length);
  const written = readWrittenDate(rest);
  // A pipe after it: a row of a table written without its outer pipes, not a line of its own.
  if (!written || rest.slice(written.length).includes('|')) return undefined;
  const start = lineStart + label[0].length;
  return { date: written.date, start, end: start + written.length };
}
