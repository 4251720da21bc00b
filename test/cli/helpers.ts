// Runs the CLI in-process against throw-away folders, capturing what a user would see.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/run';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(argv: string[], options: { cwd: string; isTTY?: boolean; env?: Record<string, string> }): CliOutcome {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

const madeFolders: string[] = [];
// A root-level hook: the folders live until the whole run ends, since a test file may share one across
// its tests, and none is left behind.
after(() => {
  for (const root of madeFolders.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A fresh folder holding the given files (paths relative to it, folders created as needed). */
export function makeFolder(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'team-charter-cli-'));
  madeFolders.push(root);
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  return root;
}

export const REPO_ROOT = path.resolve(__dirname, '../..');

/** Has no findings. */
export const CLEAN_YAML = `team: Checkout
roles:
  pm:
    title: Product Manager
  em:
    title: Engineering Manager
responsibilities:
  - name: Product roadmap
    accountable: pm
    responsible: [pm, em]
`;

/** One error: \`designer\` is not a defined role (role-undefined). */
export const ERROR_YAML = `team: Checkout
roles:
  pm:
    title: Product Manager
responsibilities:
  - name: Product roadmap
    accountable: pm
    responsible: [pm, designer]
`;

/** One warning: nobody is responsible for the roadmap (responsible-missing). */
export const WARNING_YAML = `team: Checkout
roles:
  pm:
    title: Product Manager
responsibilities:
  - name: Product roadmap
    accountable: pm
`;
