// The CLI's cross-charter pass: every file of the run becomes a charter of one organisation
// (core/org/), and the findings of the cross-charter rules join each file's own.
import type { RuleSeverities } from '../core/config/settings';
import type { ConfigTeams } from '../core/config/teams';
import type { CharterFormat, CharterHost, Finding } from '../core/model';
import { addOrganisationFindings, checkOrganisation, organisationMatters, withoutCoveredClaims } from '../core/org/check';
import { buildOrganisation, NO_RULES, summarizeCharter } from '../core/org/build';
import type { OrgCharter, Organisation } from '../core/org/model';
import { readOwnership } from '../core/ownership/model';
import { formatOfPath } from '../core/parse';
import { checkCharter } from '../host/checkCharter';
import { readRepositoryTexts, repositoryRoots } from './ownership';

export interface RunFile {
  absolutePath: string;
  /** The form it is read in, when its name does not say (standard input). */
  format?: CharterFormat;
  text: string;
  severities: RuleSeverities;
  host?: CharterHost;
  /** The config file's `teams`, which give a team its code owners and group when its charter does not. */
  teams?: ConfigTeams;
}

/** Only a YAML charter's root declares shared responsibilities (`shared:` at the start of a line). */
const DECLARES_SHARED = /^shared[ \t]*:/m;
/** A charter that may cover something: `covers:`, a Covers line or column, a Code column (over-reads, never misses). */
const MAY_COVER = /covers|\|[ \t]*code[ \t]*(?:paths[ \t]*)?\|/i;

/** The organisation of a run's files, read again from their texts (no rule runs). */
export function organisationOf(files: readonly RunFile[], cwd: string, readsOwnership = true): Organisation {
  const charters = files.map((file) => summarizeCharter(file.absolutePath, checkCharter(file.text, { path: file.absolutePath, ...(file.format ? { format: file.format } : {}), severities: NO_RULES, host: file.host }), file.teams));
  return readsOwnership ? withOwnership(charters, cwd) : buildOrganisation(charters);
}

/**
 * The organisation of these charters, with the CODEOWNERS and catalog files of the repositories of
 * those that cover something (none are read when no charter does).
 */
export function withOwnership(charters: OrgCharter[], cwd: string, listed?: ReadonlyMap<string, readonly string[]>): Organisation {
  const covering = charters.filter((charter) => charter.responsibilities.some((responsibility) => responsibility.covers));
  if (covering.length === 0) return buildOrganisation(charters);
  const roots = repositoryRoots(
    covering.map((charter) => charter.path),
    cwd,
  );
  return buildOrganisation(charters, readOwnership(roots.map((root) => readRepositoryTexts(root, listed?.get(root)))));
}

/**
 * Each file's findings with the cross-charter ones added. The checks (maybe in worker threads) return
 * findings only, so the charters are read once more here, unless the caller has their organisation
 * already (`export`, which checked them in this thread); a run in which that can find nothing (no file
 * declares shared responsibilities, no rule about people across charters is on) skips that reading.
 */
export function withOrganisationFindings(files: readonly RunFile[], findings: readonly Finding[][], cwd: string, built?: Organisation): Finding[][] {
  const declaresShared = files.some((file) => DECLARES_SHARED.test(file.text));
  const mayCover = files.some((file) => MAY_COVER.test(file.text));
  if (!organisationMatters(declaresShared, files.map((file) => file.severities), mayCover)) return [...findings];
  const organisation = built ?? organisationOf(files, cwd);
  const severities = new Map(files.map((file) => [file.absolutePath, file.severities]));
  const extra = checkOrganisation(organisation, (file) => severities.get(file));
  return files.map((file, index) => {
    const own = withoutCoveredClaims(organisation, file.absolutePath, findings[index]);
    return addOrganisationFindings(file.text, file.format ?? formatOfPath(file.absolutePath), own, extra.get(file.absolutePath) ?? []);
  });
}
