// The browser build installed the way vscode.dev and github.dev load an extension from the Marketplace:
// as a web extension at an http(s) location, not installed on any host. The packaged files (`vsce ls`)
// are served by a small HTTP server in this process, reached through code-server's own origin
// (`/proxy/<port>/`: the workbench's Content Security Policy allows no other http origin), and
// installed with "Developer: Install Extension from Location...". Unlike web.mjs, where the extension
// lives on the code-server host, the client starts its server with `new Worker(url)` from that location.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { ROOT } from './setup.mjs';
import { expectProblems } from './tests.mjs';

const TYPES = { '.js': 'application/javascript', '.json': 'application/json', '.md': 'text/markdown', '.png': 'image/png' };

/** The files the .vsix holds (what the Marketplace would serve), by `vsce ls`. */
function packagedFiles() {
  const vsce = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies', '--readme-path', 'client/README.md'], { cwd: ROOT, encoding: 'utf8' });
  if (vsce.status !== 0) throw new Error(`vsce ls failed: ${vsce.stderr}`);
  return new Set(vsce.stdout.trim().split('\n'));
}

/** Serves `files` (paths relative to the repository) and nothing else; remembers what was asked. */
async function serveFiles(files) {
  const requested = [];
  const server = createServer((request, response) => {
    const file = decodeURIComponent(new URL(request.url, 'http://localhost').pathname).replace(/^\/+/, '');
    requested.push(file);
    if (!files.has(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'text/plain';
    response.writeHead(200, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*' }).end(readFileSync(join(ROOT, file)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, requested, close: () => new Promise((resolve) => server.close(resolve)) };
}

export const webLocationTests = [
  {
    name: 'web extension from a location (as vscode.dev loads it): it runs in the web worker and reports the expected findings',
    async run({ wb, page }) {
      const files = await serveFiles(packagedFiles());
      try {
        await wb.runCommand('Developer: Install Extension from Location...');
        const input = page.locator('.quick-input-widget input.input');
        await input.waitFor({ state: 'visible', timeout: 10000 });
        await input.fill(`${new URL(page.url()).origin}/proxy/${files.port}/`);
        await page.keyboard.press('Enter');
        await wb.waitFor('the extension manifest to be read from the location', async () => files.requested.includes('package.json'), { timeout: 20000 });
        await expectProblems(wb, {
          what: 'the expected findings from the web extension',
          shot: '15-problems',
          detail: () => `\nrequested: ${files.requested.join(', ')}`,
        });
        // Both bundles came from the location: the client, and the server it started as a worker.
        assert.ok(files.requested.includes('dist/browser/extension.js'), files.requested.join(', '));
        assert.ok(files.requested.includes('dist/browser/server.js'), files.requested.join(', '));
        assert.ok(!files.requested.includes('dist/extension.js') && !files.requested.includes('dist/server.js'), files.requested.join(', '));
        const seen = await wb.languageStatusText(/Team Charter: running/);
        assert.match(seen, /running in a web worker/, seen);
        await page.keyboard.press('Escape');
      } finally {
        await files.close();
      }
    },
  },
];
