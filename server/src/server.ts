// team-charter-language-server: `--stdio` for any LSP editor, `--node-ipc` when VS Code starts it.
// createConnection reads the transport from the command line.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/languageServer';

startLanguageServer(createConnection(ProposedFeatures.all));
