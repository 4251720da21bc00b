// `teamCharter/matrix`: the picture of a charter's RACI matrix (core/report), for the VS Code matrix view
// and any client that wants to draw one. It is drawn from what the editor shows: the document's current
// text, its published findings (with the cross-charter ones) and the shared responsibilities it claims.
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { buildCharterPicture } from '../core/report/charterPicture';
import { codeOwnersByResponsibility } from '../core/features/ownershipHover';
import type { CharterPicture, OrganisationPicture } from '../core/report/picture';
import type { RoleLoad } from '../core/report/roleLoad';
import type { DocumentAnalyses } from './analyses';
import type { Lifecycle } from './lifecycle';
import type { WorkspaceIndex } from './workspaceIndex';

export const MATRIX_REQUEST = 'teamCharter/matrix';

export interface MatrixParams {
  textDocument: { uri: string };
}

export interface MatrixResult {
  /** The document version the picture is of. */
  version: number;
  picture: CharterPicture;
  /** The workspace's organisation, once it is read (files as absolute paths). */
  organisation?: { shared?: OrganisationPicture; loads: RoleLoad[]; charters: number };
}

export function registerMatrixRequest(connection: Connection, analyses: DocumentAnalyses, index: WorkspaceIndex, lifecycle: Lifecycle): void {
  connection.onRequest(
    MATRIX_REQUEST,
    lifecycle.guard('Matrix', null, async (params: MatrixParams, token): Promise<MatrixResult | null> => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') return null;
      const analysis = await analyses.analysisAt(uri, token);
      if (!analysis) return null;
      const text = analysis.document.getText();
      const picture = buildCharterPicture({
        file: path.posix.basename(URI.parse(uri).path),
        result: analysis.result,
        findings: index.findingsOf(uri, text, analysis.result),
        shared: index.sharedNamesOf(uri),
        codeOwners: codeOwnersByResponsibility(analysis.result.charter, index.repositoryOf(uri)),
      });
      return { version: analysis.document.version, picture, organisation: index.organisationView() };
    }),
  );
}
