// team-charter-language-server: `--stdio` for any LSP editor, `--node-ipc` when VS Code starts it
// (also `--socket=<port>`, `--pipe=<name>`). createConnection reads the transport from the command line.
import * as v8 from 'node:v8';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/languageServer';
import { NODE_ENVIRONMENT } from './lsp/nodeEnvironment';

// The model of a document outlives its check (it answers hovers and code actions until the next edit), so
// V8 finds most objects of a check's allocation sites surviving and moves those sites to allocating in the
// old space, after which every check allocates there and pays full collections, in some processes and
// not others (BENCHMARKS.md, "What the profiles showed"). Switched off here, before any check runs, so
// that it holds however an editor starts the server.
v8.setFlagsFromString('--no-allocation-site-pretenuring');

const USAGE = 'usage: team-charter-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>';
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
} else if (!args.some((arg) => /^--(stdio|node-ipc|socket|pipe)\b/.test(arg))) {
  // Without a transport createConnection throws a stack trace; say what is missing instead.
  console.error(`team-charter-language-server: no transport given\n${USAGE}`);
  process.exitCode = 2;
} else if (args.includes('--stdio')) {
  startOverStdio();
} else {
  startLanguageServer(createConnection(ProposedFeatures.all), NODE_ENVIRONMENT);
}

/**
 * Stdio with a reader of our own: the library's stdio transport drops a framing error (a missing or
 * bad Content-Length, a malformed header), after which it never reads another message and the process
 * neither answers nor exits. Here such an error ends the process with status 1 and one line on stderr,
 * so the editor sees the server stop and can restart it. A well-framed body that is not JSON is only
 * answered with a parse error (-32700): the stream is still in step.
 */
function startOverStdio(): void {
  // stdout carries the protocol: anything printed goes to stderr instead (the library does the same,
  // sending it to the client's log, only for the stdio transport it sets up itself).
  for (const method of ['log', 'info', 'debug', 'warn'] as const) console[method] = console.error;
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  const server = startLanguageServer(createConnection(ProposedFeatures.all, reader, writer), NODE_ENVIRONMENT);
  reader.onError((error) => {
    if (error instanceof SyntaxError) {
      void writer.write({ jsonrpc: '2.0', id: null, error: { code: -32700, message: `Parse error: ${error.message}` } } as never);
      return;
    }
    const reason = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0];
    process.stderr.write(`team-charter-language-server: cannot read the message stream (${reason}); exiting\n`);
    process.exit(1);
  });
  // As the library does for its own stdio transport: the end of input ends the server.
  reader.onClose(() => process.exit(server.shutdownReceived ? 0 : 1));
}
