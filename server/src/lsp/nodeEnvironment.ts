// The language server under Node (server.ts): `extends` and config files read from the disk.
import { ConfigFiles } from '../host/configFiles';
import { checkCharter } from '../host/extendsChain';
import { WorkspaceExtendsHost } from './extendsHost';
import { IdleCollector } from './idleCollector';
import { readEarlierVersion } from './earlierVersions';
import type { ServerEnvironment } from './serverEnvironment';
import { findWorkspaceCharters, readWorkspaceCharter } from './workspaceFiles';

export const NODE_ENVIRONMENT: ServerEnvironment = {
  checkCharter: (text, options) => checkCharter(text, options),
  extendsHost: (openText) => new WorkspaceExtendsHost(openText),
  configFiles: () => new ConfigFiles(),
  idleCollector: () => new IdleCollector(),
  workspaceFiles: { findCharters: findWorkspaceCharters, readCharter: readWorkspaceCharter },
  readEarlierVersion,
};
