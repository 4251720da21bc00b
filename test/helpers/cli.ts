// Runs the CLI as a user would, capturing what they would see: in-process (fast, most tests) or the
// built dist/cli.js in a child process (what npm links as `team-charter`).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/run';

export { makeFolder } from './folders';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  isTTY?: boolean;
  env?: Record<string, string>;
  /** What `--stdin` reads. */
  stdin?: string;
  /** The day of the run (ISO), for review dates; by default today. */
  today?: string;
}

/** The CLI in-process. */
export function cli(argv: string[], options: CliOptions): CliOutcome {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    ...(options.today !== undefined ? { today: options.today } : {}),
    ...(options.stdin !== undefined ? { readStdin: () => Buffer.from(options.stdin!) } : {}),
  });
  return { code, stdout, stderr };
}

export const CLI = path.resolve(__dirname, '../../dist/cli.js');

export interface BuiltCliOptions {
  cwd: string;
  /** Added to this process's environment; FORCE_COLOR and NO_COLOR are left out unless given here. */
  env?: Record<string, string>;
  /** Standard input (by default empty). */
  input?: string;
  timeout?: number;
  uid?: number;
  gid?: number;
}

/** The built CLI (dist/cli.js) in a child process; `code` is null when it was killed. */
export function runBuiltCli(args: string[], options: BuiltCliOptions): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  Object.assign(env, options.env);
  const { cwd, input = '', timeout, uid, gid } = options;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env, input, timeout, uid, gid });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
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
