// The YAML front matter of Markdown charters, and the keys it shares with a YAML charter's root.
import type { ParseProblem, Span } from '../../model';
import type { LineIndex } from '../../text';
import { FRONT_MATTER_KEYS } from './keys';
import type { YamlReadOptions } from './syntax';
import { YamlReader, type KeyedPair } from './values';

interface Header {
  team?: Span;
  mission?: Span;
  extends: Span[];
  shared?: Span[];
  codeOwners?: Span[];
  catalogGroup?: Span;
}

/**
 * Reads a Markdown charter's YAML front matter. `startOffset` is where `yamlText` starts in the file
 * that `index` indexes; ranges are in that file. Keys other than team, mission and extends are left alone.
 */
export function readFrontMatter(
  yamlText: string,
  startOffset: number,
  index: LineIndex,
  options: YamlReadOptions = {},
): Header & { problems: ParseProblem[] } {
  const reader = new YamlReader(yamlText, startOffset, index, options);
  const fatal = reader.problems.find((problem) => problem.fatal);
  if (fatal) fatal.message += ' The rest of the front matter is not checked until it is fixed.';
  const root = reader.root;
  if (!root || reader.isEmpty(root)) return { extends: [], problems: reader.problems };
  if (root.kind !== 'map') {
    if (!fatal) reader.error('Front matter should be a mapping of keys (team, mission, extends).', root);
    return { extends: [], problems: reader.problems };
  }
  const header = readHeader(reader, reader.pairs(root, FRONT_MATTER_KEYS, true));
  // Front matter that does not parse is one mistake: its syntax finding, not also the schema of the
  // half-read value. The document's body is read on its own, so its rules still run.
  const broken = reader.problems.some((problem) => problem.rule === 'syntax');
  return { ...header, problems: broken ? reader.problems.filter((problem) => problem.rule === 'syntax') : reader.problems };
}

/** Reads team, mission, extends, owners and group from a root mapping's pairs (of a charter or of front matter). */
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
    } else if (key === 'shared') {
      // Only a YAML charter's root offers this key (FRONT_MATTER_KEYS leaves it out).
      header.shared = reader.texts(value, 'shared').values.map((text) => reader.span(text));
    }
  }
  return header;
}
