// The CLI's cross-charter pass: every file of the run becomes a charter of one organisation
// (core/org/), and the findings of the cross-charter rules join each file's own.
import type { RuleSeverities } from '../core/config';
import type { CharterFormat, CharterHost, Finding } from '../core/model';
import { addOrganisationFindings, checkOrganisation, organisationMatters, withoutCoveredClaims } from '../core/org/check';
import { buildOrganisation, NO_RULES, summarizeCharter } from '../core/org/build';
import type { Organisation } from '../core/org/model';
import { formatOfPath } from '../core/parse';
import { checkCharter } from '../host/extendsChain';

export interface RunFile {
  absolutePath: string;
  /** The form it is read in, when its name does not say (standard input). */
  format?: CharterFormat;
  text: string;
  severities: RuleSeverities;
  host?: CharterHost;
}

/** Only a YAML charter's root declares shared responsibilities (`shared:` at the start of a line). */
const DECLARES_SHARED = /^shared[ \t]*:/m;


/** The organisation of a run's files, read again from their texts (no rule runs). */
export function organisationOf(files: readonly RunFile[]): Organisation {
  return buildOrganisation(
    files.map((file) => summarizeCharter(file.absolutePath, checkCharter(file.text, { path: file.absolutePath, ...(file.format ? { format: file.format } : {}), severities: NO_RULES, host: file.host }))),
  );
}

/**
 * Each file's findings with the cross-charter ones added. The checks (maybe in worker threads) return
 * findings only, so the charters are read once more here, unless the caller has their organisation
 * already (`export`, which checked them in this thread); a run in which that can find nothing (no file
 * declares shared responsibilities, no rule about people across charters is on) skips that reading.
 */
export function withOrganisationFindings(files: readonly RunFile[], findings: readonly Finding[][], built?: Organisation): Finding[][] {
  const declaresShared = files.some((file) => DECLARES_SHARED.test(file.text));
  if (!organisationMatters(declaresShared, files.map((file) => file.severities))) return [...findings];
  const organisation = built ?? organisationOf(files);
  const severities = new Map(files.map((file) => [file.absolutePath, file.severities]));
  const extra = checkOrganisation(organisation, (file) => severities.get(file));
  return files.map((file, index) => {
    const own = withoutCoveredClaims(organisation, file.absolutePath, findings[index]);
    return addOrganisationFindings(file.text, file.format ?? formatOfPath(file.absolutePath), own, extra.get(file.absolutePath) ?? []);
  });
}
