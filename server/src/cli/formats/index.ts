// Every report format of `check`, one module each; this picks one. Formats for people colour and make
// the user's text printable; formats for programs keep it as written (escaped as their syntax asks).
import type { SeverityCounts } from '../../core/findingLimit';
import type { OutputFormat } from '../args';
import { formatCheckstyle } from './checkstyle';
import { formatCompact } from './compact';
import { formatEslintJson } from './eslintJson';
import { formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';
import type { FileReport } from './types';
import { formatUnix } from './unix';

export interface FormatContext {
  reports: FileReport[];
  cwd: string;
  /** What SARIF URIs, annotation and Code Quality paths are relative to (repositoryRoot.ts). */
  root: string;
  /** The tool's version, for SARIF. */
  version: string;
  /** With --quiet: the findings left out, so that no summary says "no problems". */
  hidden?: SeverityCounts;
}

/** The formats that say how many findings `--fix` would repair (worth the checks it takes to know). */
export const FORMATS_WITH_FIXABLE: ReadonlySet<OutputFormat> = new Set(['stylish', 'eslint-json']);

export function formatReport(format: OutputFormat, { reports, cwd, root, version, hidden }: FormatContext, color: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'eslint-json':
      return formatEslintJson(reports);
    case 'sarif':
      return formatSarif(reports, { version, root });
    case 'github':
      return formatGithub(reports, { root });
    case 'gitlab':
      return formatGitlab(reports, { root });
    case 'markdown':
      return formatMarkdown(reports, { cwd, hidden });
    case 'junit':
      return formatJunit(reports);
    case 'checkstyle':
      return formatCheckstyle(reports);
    case 'compact':
      return formatCompact(reports);
    case 'unix':
      return formatUnix(reports);
    case 'stylish':
      return formatStylish(reports, { color, hidden });
  }
}
