// The YAML front matter of Markdown charters, and the keys it shares with a YAML charter's root.
import type { CharterReview, ParseProblem, Span } from '../../model';
import { readIsoDate } from '../../freshness/dates';
import { PERIOD_FORMS, readPeriod } from '../../freshness/period';
import { clip } from '../../quote';
import type { LineIndex } from '../../text';
import { FRONT_MATTER_KEYS } from './keys';
import type { YamlReadOptions } from './syntax';
import type { YNode } from './tree';
import { YamlReader, type KeyedPair, type TextValue } from './values';

interface Header {
  team?: Span;
  mission?: Span;
  extends: Span[];
  shared?: Span[];
  codeOwners?: Span[];
  catalogGroup?: Span;
  review?: CharterReview;
}

/**
 * Reads a Markdown charter's YAML front matter. `startOffset` is where `yamlText` starts in the file
 * that `index` indexes; ranges are in that file. Keys other than team, mission, extends, reviewed and
 * review-every are left alone.
 */
export function readFrontMatter(
  yamlText: string,
  startOffset: number,
  index: LineIndex,
  options: YamlReadOptions = {},
): Header & { problems: ParseProblem[] } {
  const reader = new YamlReader(yamlText, startOffset, index, options);
  const fatal = reader.problems.find((problem) => problem.fatal);
  const root = reader.root;
  // Front matter is mostly a site generator's (title, layout, tags): only a charter's is checked, and
  // the rest, broken or not, is the generator's business.
  if (!isChartersFrontMatter(root, fatal !== undefined, yamlText)) return { extends: [], problems: [] };
  if (fatal) fatal.message += ' The rest of the front matter is not checked until it is fixed.';
  if (!root || reader.isEmpty(root) || root.kind !== 'map') return { extends: [], problems: reader.problems };
  const header = readHeader(reader, reader.pairs(root, FRONT_MATTER_KEYS, true));
  // Front matter that does not parse is one mistake: its syntax finding, not also the schema of the
  // half-read value. The document's body is read on its own, so its rules still run.
  const broken = reader.problems.some((problem) => problem.rule === 'syntax');
  return { ...header, problems: broken ? reader.problems.filter((problem) => problem.rule === 'syntax') : reader.problems };
}

/**
 * A charter's front matter names its team (a text), its `extends` or its review, or has `team` beside `mission`; a
 * Jekyll page's `team: [ana, bo]` does not make it one. When the YAML breaks, a `team:` or `extends:`
 * line at the margin still does: the break may have hidden it from the tree.
 */
function isChartersFrontMatter(root: YNode | null, broken: boolean, yamlText: string): boolean {
  if (broken && /^(?:team|extends)[ \t]*:/m.test(yamlText)) return true;
  if (root?.kind !== 'map') return false;
  const keys = new Map<unknown, YNode | null>();
  for (const pair of root.items) if (pair.key?.kind === 'scalar') keys.set(pair.key.value, pair.value);
  // The review keys are Team Charter's own: a page that writes them wants them read.
  if (keys.has('extends') || keys.has('reviewed') || keys.has('review-every')) return true;
  if (!keys.has('team')) return false;
  const team = keys.get('team');
  const named = !team || team.kind === 'alias' || team.kind === 'scalar';
  return named || keys.has('mission');
}

/** Reads team, mission, extends, the review keys, owners and group from a root mapping's pairs (of a charter or of front matter). */
export function readHeader(reader: YamlReader, pairs: readonly KeyedPair[]): Header {
  const header: Header = { extends: [] };
  for (const { key, keyNode, value } of pairs) {
    if (key === 'team' || key === 'mission') {
      if (reader.isEmpty(value)) {
        if (key === 'team') reader.error("'team' should name the team.", keyNode);
        continue;
      }
      const text = reader.text(value!, key);
      if (text) header[key] = reader.span(text);
    } else if (key === 'extends') {
      header.extends = reader.texts(value, 'extends').values.map((text) => reader.span(text));
    } else if (key === 'owners') {
      header.codeOwners = reader.texts(value, 'owners').values.map((text) => reader.span(text));
    } else if (key === 'group') {
      const text = reader.isEmpty(value) ? undefined : reader.text(value!, key);
      if (text) header.catalogGroup = reader.span(text);
    } else if (key === 'reviewed' || key === 'review-every') {
      if (reader.isEmpty(value)) continue;
      const text = reader.text(value!, key);
      if (!text) continue;
      const review = (header.review ??= {});
      if (key === 'reviewed') review.reviewed = readReviewed(reader, text);
      else review.every = readEvery(reader, text);
    } else if (key === 'shared') {
      // Only a YAML charter's root offers this key (FRONT_MATTER_KEYS leaves it out).
      header.shared = reader.texts(value, 'shared').values.map((text) => reader.span(text));
    }
  }
  return header;
}

function readReviewed(reader: YamlReader, value: TextValue): NonNullable<CharterReview['reviewed']> {
  const span = reader.span(value);
  const date = readIsoDate(value.text);
  if (!date) reader.error(`'reviewed' should be a date written YYYY-MM-DD, such as 2026-09-01, not "${clip(value.text)}".`, span.range);
  return { ...span, date };
}

function readEvery(reader: YamlReader, value: TextValue): NonNullable<CharterReview['every']> {
  const span = reader.span(value);
  const period = readPeriod(value.text);
  if (!period) reader.error(`'review-every' should be a period such as ${PERIOD_FORMS}, not "${clip(value.text)}".`, span.range);
  return { ...span, period };
}
