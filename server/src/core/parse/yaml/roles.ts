// The `roles` mapping of a YAML charter: role id -> title, aliases, description, holder.
import type { RoleDefinition } from '../../model';
import { ROLE_KEYS } from './keys';
import type { YNode } from './tree';
import type { YamlReader } from './values';
import { clip } from '../../quote';

export function readRoles(reader: YamlReader, value: YNode | null): RoleDefinition[] {
  const roles: RoleDefinition[] = [];
  if (!value || reader.isEmpty(value)) return roles;
  if (value.kind !== 'map') {
    if (!reader.isReportedAlias(value)) reader.error("'roles' should be a mapping of role ids to definitions, such as 'pm: {title: Product Manager}'.", value);
    return roles;
  }
  const index = reader.index;
  for (const { key: id, keyNode, value: definition } of reader.pairs(value, [], true)) {
    const idRange = reader.nodeRange(keyNode);
    const lastLine = index.positionAt(definition && !reader.isEmpty(definition) ? reader.contentEnd(definition) : reader.base + keyNode.end).line;
    const firstLine = idRange.start.line;
    const removeStart = index.lineStarts[firstLine];
    const removeEnd = lastLine + 1 < index.lineCount ? index.lineStarts[lastLine + 1] : index.text.length;
    const role: RoleDefinition = {
      id,
      idRange,
      title: id,
      titleRange: idRange,
      aliases: [],
      holders: [],
      form: 'yaml',
      removeRange: index.rangeAt(removeStart, removeEnd),
    };
    if (reader.anchorsUsedOutside(removeStart, removeEnd)) role.removeBlocked = 'an alias elsewhere uses an anchor in it';
    roles.push(role);
    if (!definition || reader.isEmpty(definition)) {
      reader.error(`Role '${clip(id)}' has no title ('title: <name>').`, keyNode);
      continue;
    }
    if (definition.kind !== 'map') {
      if (!reader.isReportedAlias(definition)) reader.error(`Role '${clip(id)}' should be a mapping with at least a title ('title: <name>').`, definition);
      continue;
    }
    const pairs = reader.pairs(definition, ROLE_KEYS);
    if (!pairs.some((entry) => entry.key === 'title')) reader.error(`Role '${clip(id)}' has no title ('title: <name>').`, keyNode);
    for (const { key, keyNode: fieldKey, value: fieldValue } of pairs) {
      if (key === 'title') {
        if (reader.isEmpty(fieldValue)) {
          reader.error(`Role '${clip(id)}' has an empty title.`, fieldKey);
          continue;
        }
        const title = reader.text(fieldValue!, 'title');
        if (title) {
          role.title = title.text;
          role.titleRange = reader.rangeAt(title.start, title.end);
        }
      } else if (key === 'description') {
        if (reader.isEmpty(fieldValue)) continue;
        const description = reader.text(fieldValue!, 'description');
        if (description) role.description = description.text;
      } else if (key === 'aliases') {
        role.aliases = reader.texts(fieldValue, 'aliases').values.map((alias) => reader.span(alias));
      } else if (key === 'holder') {
        role.holders = reader.texts(fieldValue, 'holder').values.map((holder) => holder.text);
      }
    }
  }
  return roles;
}
