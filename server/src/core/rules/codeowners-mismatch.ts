// Across files: a code path a responsibility covers, which CODEOWNERS gives to others than the team
// accountable for the responsibility. Reported on the path in the charter, pointing at the CODEOWNERS
// line that decides it (the last one that matches, in each GitLab section). A path CODEOWNERS gives to
// nobody is not a contradiction: `team-charter owners --uncovered` lists it.
import type { RelatedLocation } from '../model';
import type { CodeownersRule } from '../ownership/codeowners';
import { accountableCharter, coveredPathOwners, describeOwners, includesTeam, partsOwnedByOthers } from '../ownership/covers';
import { clip, clipPath, joinWithAnd } from '../quote';
import { teamName } from '../org/teams';
import type { OrgCharter } from '../org/model';
import type { Rule } from './types';

export const codeownersMismatch: Rule = {
  id: 'codeowners-mismatch',
  defaultSeverity: 'warning',
  description: 'CODEOWNERS gives a path a responsibility covers to others than the team accountable for it.',
  messages: {
    otherOwners: 'CODEOWNERS gives "{{path}}" to {{owners}}, not to "{{team}}" ({{teamOwners}}), the team accountable for "{{responsibility}}".',
    partsToOthers: 'CODEOWNERS gives part of "{{path}}" to others: {{parts}}, not to "{{team}}" ({{teamOwners}}), the team accountable for "{{responsibility}}".',
  },
  fixable: false,
  crossCharter: true,
  needsCovers: true,
  check() {},
  checkOrganisation({ organisation, report }) {
    const ownership = organisation.ownership;
    if (!ownership) return;
    for (const charter of organisation.charters) {
      const index = ownership.repositoryOf(charter.path)?.codeowners;
      if (!index) continue;
      for (const responsibility of charter.responsibilities) {
        if (!responsibility.covers?.paths.length) continue;
        const team = accountableCharter(organisation, charter, responsibility);
        const handles = team?.codeOwners?.handles;
        if (!team || !handles || handles.length === 0) continue;
        const whose = { team: clip(teamName(team)), teamOwners: describeOwners(handles), responsibility: clip(responsibility.name) };
        for (const covered of responsibility.covers.paths) {
          const { samples, folder } = coveredPathOwners(index, covered.text);
          // Every reading of the path (a file, or a folder) gives it to others: a path CODEOWNERS gives
          // to nobody, or to the team in one reading, is not reported.
          if (samples.length > 0 && samples.every((sample) => sample.owners.length > 0 && !includesTeam(sample.owners, handles))) {
            report(charter.path, {
              range: covered.range,
              messageId: 'otherOwners',
              data: { path: clipPath(covered.text), owners: describeOwners(samples[0].owners), ...whose },
              related: [...samples[0].rules.map((rule) => decidingLine(index.file.path, rule, index.file.sections[rule.section]?.name)), ...teamOwners(team)],
            });
            continue;
          }
          if (folder === undefined || !samples.some((sample) => includesTeam(sample.owners, handles))) continue;
          const parts = partsOwnedByOthers(index, folder, handles);
          if (parts.length === 0) continue;
          const listed = parts.map((part) => `"${clipPath(part.rule.pattern)}" to ${describeOwners(part.ownership.owners)}`);
          report(charter.path, {
            range: covered.range,
            messageId: 'partsToOthers',
            data: { path: clipPath(covered.text), parts: joinWithAnd(listed), ...whose },
            related: parts.flatMap((part) => part.ownership.rules.map((rule) => decidingLine(index.file.path, rule, index.file.sections[rule.section]?.name))),
          });
        }
      }
    }
  },
};

function decidingLine(file: string, rule: CodeownersRule, section: string | undefined): RelatedLocation {
  const where = section ? `In section [${clip(section)}], the` : 'The';
  return { message: `${where} last matching CODEOWNERS line gives it to ${describeOwners(rule.owners)}`, range: rule.range, path: file };
}

/** Where the accountable team's handles are written: its charter, or the config file's `teams`. */
function teamOwners(team: OrgCharter): RelatedLocation[] {
  const owners = team.codeOwners;
  if (!owners?.range) return [];
  const message = owners.path ? `The config file gives "${clip(teamName(team))}" its code owners here` : `"${clip(teamName(team))}" names its code owners here`;
  return [{ message, range: owners.range, path: owners.path ?? team.path }];
}
