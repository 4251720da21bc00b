// Across files: a catalog component a responsibility covers, whose owner in the Backstage catalog
// (`spec.owner`) is not the group of the team accountable for the responsibility. Reported on the
// component in the charter, pointing at `spec.owner` in the catalog file. A component the catalog does
// not list is not reported (the hover on it says so): the catalog may live elsewhere.
import { entitiesNamed, sameEntity } from '../ownership/catalog';
import { accountableCharter } from '../ownership/covers';
import { clip } from '../quote';
import { teamName } from '../org/teams';
import type { Rule } from './types';

export const catalogOwnerMismatch: Rule = {
  id: 'catalog-owner-mismatch',
  defaultSeverity: 'warning',
  description: "The Backstage catalog gives a component a responsibility covers to another group than the accountable team's.",
  messages: {
    otherOwner:
      'The catalog gives {{kind}} "{{entity}}" to "{{owner}}", not to "{{group}}", ' +
      'the group of "{{team}}", the team accountable for "{{responsibility}}".',
  },
  fixable: false,
  crossCharter: true,
  needsCovers: true,
  check() {},
  checkOrganisation({ organisation, report }) {
    const ownership = organisation.ownership;
    if (!ownership) return;
    for (const charter of organisation.charters) {
      const entities = ownership.repositoryOf(charter.path)?.entities ?? [];
      if (entities.length === 0) continue;
      for (const responsibility of charter.responsibilities) {
        if (!responsibility.covers?.components.length) continue;
        const team = accountableCharter(organisation, charter, responsibility);
        const group = team?.catalogGroup;
        if (!team || !group) continue;
        for (const covered of responsibility.covers.components) {
          for (const entity of entitiesNamed(entities, covered.text)) {
            if (!entity.owner || sameEntity(entity.owner.text, group.text)) continue;
            const related = [{ message: `spec.owner of ${entity.kindText} "${clip(entity.name)}"`, range: entity.owner.range, path: entity.path }];
            if (group.range) {
              const message = group.path ? `The config file gives "${clip(teamName(team))}" its group here` : `"${clip(teamName(team))}" names its group here`;
              related.push({ message, range: group.range, path: group.path ?? team.path });
            }
            report(charter.path, {
              range: covered.range,
              messageId: 'otherOwner',
              data: {
                kind: entity.kindText,
                entity: clip(entity.name),
                owner: clip(entity.owner.text),
                group: clip(group.text),
                team: clip(teamName(team)),
                responsibility: clip(responsibility.name),
              },
              related,
            });
          }
        }
      }
    }
  },
};
