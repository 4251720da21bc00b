// The benchmark's side of the one LSP client (test/helpers/lspClient.ts): the capabilities an editor
// with every feature announces, every server killed on Ctrl-C, and a server's resident memory.
import * as fs from 'node:fs';
import type { ClientCapabilities, Diagnostic } from 'vscode-languageserver-protocol';
import { killAll, LspClient, track, withTimeout, type LspClientOptions } from '../test/helpers/lspClient';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** What the benchmark's editor announces: snippets, resolvable code actions, saves. */
const BENCH_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      resolveSupport: { properties: ['edit'] },
    },
  },
};

/** A server started for the benchmark; `initialize()` opens the session. */
export function benchClient(options: LspClientOptions & { name: string; command: string; args: string[]; rootDir: string }): LspClient {
  return new LspClient({ capabilities: BENCH_CAPABILITIES, ...options });
}

export function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export { killAll, LspClient, track, withTimeout, type Diagnostic };
