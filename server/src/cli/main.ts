// The `team-charter` executable (bundled to dist/cli.js).
import { runCli } from './run';

// exitCode rather than exit(): a large report piped to another program must be flushed first.
process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
