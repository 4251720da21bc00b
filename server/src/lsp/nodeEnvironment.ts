// The language server under Node (server.ts): `extends` and config files read from the disk.
import { ConfigFiles } from '../host/configFiles';
import { checkCharter } from '../host/checkCharter';
import { WorkspaceExtendsHost } from './extendsHost';
import { IdleCollector } from './idleCollector';
import { readEarlierVersion } from './earlierVersions';
import type { ServerEnvironment } from './serverEnvironment';
import { findWorkspaceCharters, readWorkspaceCharter } from './workspaceFiles';
import { isCatalogFile, readCatalog, readCodeowners, repositoryRootOf } from '../host/ownershipFiles';
import type { RepositoryTexts } from '../core/ownership/model';
import { URI } from 'vscode-uri';

/** A repository's ownership files: CODEOWNERS where GitHub and GitLab look, catalog files found by the workspace walk. */
async function readOwnership(root: string, cancelled: () => boolean): Promise<RepositoryTexts> {
  const walk = await findWorkspaceCharters([root], (uri) => isCatalogFile(URI.parse(uri).fsPath), cancelled);
  return { root, codeowners: readCodeowners(root), catalogs: walk.files.map(readCatalog).filter((text) => text !== undefined) };
}

export const NODE_ENVIRONMENT: ServerEnvironment = {
  checkCharter: (text, options) => checkCharter(text, options),
  extendsHost: (openText) => new WorkspaceExtendsHost(openText),
  configFiles: () => new ConfigFiles(),
  idleCollector: () => new IdleCollector(),
  workspaceFiles: { findCharters: findWorkspaceCharters, readCharter: readWorkspaceCharter, repositoryRootOf, readOwnership },
  readEarlierVersion,
};
