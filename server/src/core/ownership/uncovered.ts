// `team-charter owners --uncovered`: where CODEOWNERS and the charters leave gaps in one repository.
// Files CODEOWNERS gives to someone that no charter's responsibility covers (grouped by the rule that
// decides them), and paths a charter covers whose files CODEOWNERS gives to nobody (or that match no
// file at all). Pure: the caller lists the repository's files.
import type { Span } from '../model';
import type { OrgCharter } from '../org/model';
import type { CodeownersRule } from './codeowners';
import { ownershipOf } from './covers';
import { PatternIndex } from './patternIndex';
import type { Repository } from './model';

/** At most this many example files are kept per entry. */
const EXAMPLES = 3;

export interface UncoveredRule {
  /** The deciding rule of the files (the last one, when GitLab sections give several). */
  rule: CodeownersRule;
  owners: string[];
  files: number;
  examples: string[];
}

export interface UnownedPath {
  charter: OrgCharter;
  responsibility: string;
  path: Span;
  /** How many of the files it covers have no owner, and how many it covers in all. */
  unowned: number;
  covered: number;
  examples: string[];
}

export interface RepositoryGaps {
  root: string;
  /** Absolute path of the CODEOWNERS file, if the repository has one. */
  codeowners?: string;
  files: number;
  ownedNotCovered: UncoveredRule[];
  coveredNotOwned: UnownedPath[];
}

/** The gaps of one repository: `files` are its files relative to its root, `charters` those in it. */
export function repositoryGaps(repository: Repository, files: readonly string[], charters: readonly OrgCharter[]): RepositoryGaps {
  const covered = charters.flatMap((charter) =>
    charter.responsibilities.flatMap((responsibility) =>
      (responsibility.covers?.paths ?? []).map((span) => ({ charter, responsibility: responsibility.name, span, unowned: 0, covered: 0, examples: [] as string[] })),
    ),
  );
  // Each file is tried against the covered paths that may match it, not all of them.
  const coveredPaths = new PatternIndex(covered.map((entry) => ({ pattern: entry.span.text.trim(), item: entry })));
  const byRule = new Map<string, UncoveredRule>();
  const index = repository.codeowners;
  for (const file of files) {
    const ownership = index ? ownershipOf(index, file) : { rules: [], owners: [] };
    let isCovered = false;
    for (const entry of coveredPaths.matching(file)) {
      isCovered = true;
      entry.covered++;
      if (ownership.owners.length > 0) continue;
      entry.unowned++;
      if (entry.examples.length < EXAMPLES) entry.examples.push(file);
    }
    if (isCovered || ownership.owners.length === 0) continue;
    const key = ownership.rules.map((rule) => rule.index).join(',');
    let group = byRule.get(key);
    if (!group) byRule.set(key, (group = { rule: ownership.rules[ownership.rules.length - 1], owners: ownership.owners, files: 0, examples: [] }));
    group.files++;
    if (group.examples.length < EXAMPLES) group.examples.push(file);
  }
  return {
    root: repository.root,
    ...(index ? { codeowners: index.file.path } : {}),
    files: files.length,
    ownedNotCovered: [...byRule.values()].sort((a, b) => a.rule.index - b.rule.index),
    coveredNotOwned: covered
      .filter((entry) => entry.unowned > 0 || entry.covered === 0)
      .map((entry) => ({ charter: entry.charter, responsibility: entry.responsibility, path: entry.span, unowned: entry.unowned, covered: entry.covered, examples: entry.examples })),
  };
}
