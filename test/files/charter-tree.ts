// Writing small trees of charters for the file-selection tests: every file is a charter with one
// responsibility, "Roadmap", so that the language server's workspace symbols list the charters it read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { cli } from '../helpers/cli';
import type { LspClient } from '../helpers/lspClient';

const MARKDOWN = '# Team\n\n## Roles\n\n- **Lead**: leads.\n\n## Responsibilities\n\n| Responsibility | Lead |\n| --- | --- |\n| Roadmap | A/R |\n| Hiring | A/R |\n';
const YAML = 'team: Team\nroles:\n  lead:\n    title: Lead\nresponsibilities:\n  - name: Roadmap\n    accountable: lead\n    responsible: lead\n';

export function charterTextFor(file: string): string {
  return /\.ya?ml$/.test(file) ? YAML : MARKDOWN;
}

/** Writes each file (a charter by its extension, unless its text is given) under `root`. */
export function writeTree(root: string, files: Record<string, string | null>): void {
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text ?? charterTextFor(relative));
  }
}

/** The files `team-charter check .` checks in `root`, relative, sorted. */
export function cliCharters(root: string, argv: string[] = ['.']): string[] {
  const { stdout, stderr, code } = cli(['check', '-f', 'json', ...argv], { cwd: root });
  if (code === 2) return stderr.includes('no charter files found') ? [] : [`(exit 2: ${stderr.trim()})`];
  return (JSON.parse(stdout) as { file: string }[]).map((report) => report.file).sort();
}

/** The charters the language server read from its workspace folder `root` (its workspace symbols), relative, sorted. */
export async function serverCharters(client: LspClient, root: string): Promise<string[]> {
  const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Roadmap' });
  const files = symbols.map((symbol) => path.relative(root, decodeURIComponent(new URL(symbol.location.uri).pathname)).split(path.sep).join('/'));
  return [...new Set(files)].sort();
}
