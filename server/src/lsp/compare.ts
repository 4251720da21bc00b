// `teamCharter/compare`: the picture of a charter's matrix (as `teamCharter/matrix` draws it) with what
// changed since a git ref (HEAD by default): each changed cell's earlier letters, new rows and roles,
// and the rows and roles that are gone. The earlier version is read through git where the server runs
// under Node; the comparison itself is the core's (core/diff/), the same as `team-charter diff`.
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { optionsAside, type CheckOptions, type CheckResult } from '../core/check';
import { matchCharters } from '../core/diff/match';
import { charterSide, NO_CHARTER } from '../core/diff/side';
import { pictureChanges, type PictureChanges } from '../core/diff/view';
import { buildCharterPicture } from '../core/report/charterPicture';
import type { CharterPicture } from '../core/report/picture';
import type { DocumentAnalyses } from './analyses';
import { toFsPath } from './charterFiles';
import type { Lifecycle } from './lifecycle';
import type { ServerEnvironment } from './serverEnvironment';
import type { WorkspaceIndex } from './workspaceIndex';

export const COMPARE_REQUEST = 'teamCharter/compare';

export interface CompareParams {
  textDocument: { uri: string };
  /** The git ref to compare with; HEAD when not given. */
  base?: string;
}

export interface CompareResult {
  version: number;
  picture: CharterPicture;
  /** What changed since `base`; undefined when the earlier version cannot be read (then `unavailable` says why). */
  changes?: PictureChanges;
  unavailable?: string;
}

export function registerCompareRequest(
  connection: Connection,
  analyses: DocumentAnalyses,
  index: WorkspaceIndex,
  lifecycle: Lifecycle,
  environment: Pick<ServerEnvironment, 'checkCharter' | 'readEarlierVersion'>,
): void {
  connection.onRequest(
    COMPARE_REQUEST,
    lifecycle.guard('Compare', null, async (params: CompareParams, token): Promise<CompareResult | null> => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') return null;
      const analysis = await analyses.analysisAt(uri, token);
      if (!analysis) return null;
      const base = typeof params.base === 'string' && params.base.length > 0 ? params.base : 'HEAD';
      const text = analysis.document.getText();
      const findings = index.findingsOf(uri, text, analysis.result);
      const picture = buildCharterPicture({ file: path.posix.basename(URI.parse(uri).path), result: analysis.result, findings, shared: index.sharedNamesOf(uri) });
      const answer = { version: analysis.document.version, picture };
      const file = toFsPath(uri);
      if (!environment.readEarlierVersion) return { ...answer, unavailable: 'comparing with git needs the desktop build: the browser reads no repository' };
      if (!file) return { ...answer, unavailable: 'the document is not a file on disk' };
      const earlier = environment.readEarlierVersion(file, base);
      if ('unavailable' in earlier) return { ...answer, unavailable: earlier.unavailable };
      const options: CheckOptions = optionsAside(analyses.checkOptionsFor(uri));
      const before = 'missing' in earlier ? NO_CHARTER : sideOf(environment.checkCharter(earlier.text, options));
      const match = matchCharters(before, charterSide(analysis.result, findings));
      return { ...answer, changes: pictureChanges(picture, match, base, !('missing' in earlier)) };
    }),
  );
}

function sideOf(result: CheckResult) {
  return charterSide(result, result.findings);
}
