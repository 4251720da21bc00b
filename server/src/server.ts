// team-charter-language-server: `--stdio` for any LSP editor, `--node-ipc` when VS Code starts it
// (also `--socket=<port>`, `--pipe=<name>`). createConnection reads the transport from the command line.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/languageServer';

const USAGE = 'usage: team-charter-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>';
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
} else if (!args.some((arg) => /^--(stdio|node-ipc|socket|pipe)\b/.test(arg))) {
  // Without a transport createConnection throws a stack trace; say what is missing instead.
  console.error(`team-charter-language-server: no transport given\n${USAGE}`);
  process.exitCode = 2;
} else {
  startLanguageServer(createConnection(ProposedFeatures.all));
}
