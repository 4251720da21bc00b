// What the editor shows of code ownership: a hover on a covered path (its code owner and the
// CODEOWNERS line that decides it) or component (its entity and owner in the catalog), and each
// responsibility's code owner for the matrix view. Pure: the repository's files come parsed.
import * as path from 'node:path';
import type { Charter, Position, Range, Span } from '../model';
import { entitiesNamed } from '../ownership/catalog';
import { coveredPathOwners, describeOwners } from '../ownership/covers';
import type { Repository } from '../ownership/model';
import { clip } from '../quote';

function contains(range: Range, position: Position): boolean {
  const { start, end } = range;
  const afterStart = position.line > start.line || (position.line === start.line && position.character >= start.character);
  const beforeEnd = position.line < end.line || (position.line === end.line && position.character <= end.character);
  return afterStart && beforeEnd;
}

/** The hover of a covered path or component at `position`, if there is one there. */
export function coversHoverAt(charter: Charter, position: Position, repository: Repository | undefined): { markdown: string; range: Range } | undefined {
  for (const responsibility of charter.responsibilities) {
    const covers = responsibility.covers;
    if (!covers || !contains(responsibility.range, position)) continue;
    const pathSpan = covers.paths.find((span) => contains(span.range, position));
    if (pathSpan) return { markdown: pathHover(pathSpan, repository), range: pathSpan.range };
    const component = covers.components.find((span) => contains(span.range, position));
    if (component) return { markdown: componentHover(component, repository), range: component.range };
  }
  return undefined;
}

function pathHover(span: Span, repository: Repository | undefined): string {
  const index = repository?.codeowners;
  if (!repository || !index) return `\`${code(span.text)}\`: no CODEOWNERS file in this repository (\`.github/\`, the root, \`docs/\` or \`.gitlab/\`).`;
  const { samples } = coveredPathOwners(index, span.text);
  const file = relative(repository, index.file.path);
  const lines = samples.slice(0, 1).flatMap((sample) =>
    sample.rules.length === 0
      ? ['No line of CODEOWNERS matches it: it has no code owner.']
      : sample.rules.map((rule) => {
          const section = index.file.sections[rule.section]?.name;
          return `${section ? `[${clip(section)}] ` : ''}\`${code(rule.pattern)}\` (${file}, line ${rule.range.start.line + 1})`;
        }),
  );
  const owners = samples[0]?.owners ?? [];
  return [`**Code owner** of \`${code(span.text)}\`: ${describeOwners(owners)}`, '', ...lines.map((line) => `- ${line}`)].join('\n');
}

function componentHover(span: Span, repository: Repository | undefined): string {
  const entities = repository ? entitiesNamed(repository.entities, span.text) : [];
  if (entities.length === 0) return `\`${code(span.text)}\`: no Component, API, System or Resource of that name in the repository's \`catalog-info.yaml\` files.`;
  return entities
    .map(
      (entity) =>
        `**${entity.kindText}** \`${code(entity.name)}\` (${relative(repository!, entity.path)}, line ${entity.nameRange.start.line + 1}): owner ${entity.owner ? `\`${code(entity.owner.text)}\`` : 'not given'}`,
    )
    .join('\n\n');
}

/** Per responsibility: who CODEOWNERS gives its covered paths to, for the matrix view (undefined: none covered). */
export function codeOwnersByResponsibility(charter: Charter, repository: Repository | undefined): (string | undefined)[] {
  const index = repository?.codeowners;
  return charter.responsibilities.map((responsibility) => {
    if (!index || !responsibility.covers?.paths.length) return undefined;
    const owners: string[] = [];
    for (const span of responsibility.covers.paths) {
      for (const owner of coveredPathOwners(index, span.text).samples[0]?.owners ?? []) if (!owners.includes(owner)) owners.push(owner);
    }
    return describeOwners(owners);
  });
}

function relative(repository: Repository, file: string): string {
  return path.relative(repository.root, file).split(path.sep).join('/');
}

/** Text inside a Markdown code span: clipped, backticks made harmless. */
function code(text: string): string {
  return clip(text).replace(/`/g, 'ʼ');
}
