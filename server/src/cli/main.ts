// The `team-charter` executable (bundled to dist/cli.js). The same bundle is the entry point of the
// worker threads that check many files in parallel (parallel.ts): a worker is told by its workerData.
import * as fs from 'node:fs';
import { isCheckWorker, runCheckWorker } from './parallel';
import { runCliWithWorkers } from './run';

if (isCheckWorker()) {
  runCheckWorker();
} else {
  runCliWithWorkers(
    process.argv.slice(2),
    { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, readStdin: () => fs.readFileSync(0) },
    __filename,
  ).then(
    // exitCode rather than exit(): a large report piped to another program must be flushed first.
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // An internal error: thrown outside the promise, so Node prints its stack and exits 1 as before.
      setImmediate(() => {
        throw error;
      });
    },
  );
}
