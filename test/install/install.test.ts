// Installable in anyone's CI: the packed tarball installs offline into an empty folder outside the
// repository (it has no runtime dependencies: the bundles inline them) and both commands work; the
// pre-commit hook definitions, the composite action and the README's CI examples are what they say.
// About 5 s (npm pack and npm install --offline of one tarball); npm test builds dist/ first.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { CLEAN_YAML, ERROR_YAML, REPO_ROOT, WARNING_YAML } from '../cli/helpers';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'team-charter-install-'));
}

describe('installing the package', function () {
  this.timeout(60_000);
  let work: string;
  let project: string;
  let bin: string;

  before(function () {
    for (const file of ['dist/cli.js', 'dist/server.js']) assert.ok(fs.existsSync(path.join(REPO_ROOT, file)), `${file} is missing: run npm run build`);
    work = tempFolder();
    // --ignore-scripts: dist/ is already built (npm test builds it; `prepare` would build it again).
    const pack = spawnSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    this.tarball = path.join(work, packed.filename);
    this.files = packed.files.map((file) => file.path).sort();
    project = path.join(work, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'someone-elses-project', version: '1.0.0', private: true }));
    const started = Date.now();
    const install = spawnSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', this.tarball], { cwd: project, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    this.installMs = Date.now() - started;
    bin = path.join(project, 'node_modules', '.bin');
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('ships the two bundles, the schemas and the docs, and nothing of the sources or tests', function () {
    const files: string[] = this.files;
    for (const file of ['dist/cli.js', 'dist/server.js', 'package.json', 'README.md', 'LICENSE', 'schemas/team-charter-config.schema.json']) {
      assert.ok(files.includes(file), file);
    }
    assert.deepEqual(
      files.filter((file) => /^(server|client|test|bench|scripts)\//.test(file) || file.endsWith('.map')),
      [],
    );
  });

  it('has no runtime dependencies, so the tarball installs offline in well under a minute', function () {
    assert.equal(manifest.dependencies, undefined, 'every dependency is bundled into dist/ by esbuild');
    assert.ok(this.installMs < 30_000, `npm install took ${this.installMs} ms`);
  });

  it('installs team-charter, which prints its version and checks a folder', () => {
    const run = (args: string[], cwd: string) => spawnSync(path.join(bin, 'team-charter'), args, { cwd, encoding: 'utf8' });
    assert.equal(run(['--version'], project).stdout, `${manifest.version}\n`);
    const charters = path.join(work, 'charters');
    fs.mkdirSync(charters);
    fs.writeFileSync(path.join(charters, 'team.charter.yaml'), CLEAN_YAML);
    const clean = run(['check', '--max-warnings', '0', '.'], charters);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /no problems \(1 file checked\)/);
    fs.writeFileSync(path.join(charters, 'other.charter.yaml'), ERROR_YAML);
    const failing = run(['check', '--format', 'github', '.'], charters);
    assert.equal(failing.status, 1);
    assert.match(failing.stdout, /^::error file=other\.charter\.yaml,line=8,/m);
  });

  it('installs team-charter-language-server, which answers initialize over stdio', async () => {
    const server = spawn(path.join(bin, 'team-charter-language-server'), ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    let output = '';
    const answered = new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (/"id":1/.test(output) && /"capabilities"/.test(output)) resolve(output);
      });
      server.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering: ${output}`)));
    });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    try {
      assert.match(await answered, /"textDocumentSync"/);
    } finally {
      server.kill();
    }
  });
});

describe('CI integrations', () => {
  it('package.json builds dist/ on prepare (git URL and folder installs) and names both commands', () => {
    assert.equal(manifest.scripts.prepare, 'node scripts/prepare.mjs');
    assert.deepEqual(manifest.bin, { 'team-charter': 'dist/cli.js', 'team-charter-language-server': 'dist/server.js' });
  });

  it('.pre-commit-hooks.yaml defines hooks that run the CLI on charter files only', () => {
    const hooks = parse(fs.readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      entry: string;
      language: string;
      files: string;
    }[];
    assert.deepEqual(
      hooks.map((hook) => hook.id),
      ['team-charter', 'team-charter-fix'],
    );
    for (const hook of hooks) {
      assert.equal(hook.language, 'node');
      assert.match(hook.entry, /^team-charter check\b/);
      const files = new RegExp(hook.files);
      for (const name of ['docs/x.charter.md', 'a.charter.yaml', 'b.charter.yml', 'CHARTER.md', 'teams/charter.yaml', 'TEAM-CHARTER.md', 'team-charter.md']) {
        assert.ok(files.test(name), `${hook.id} runs on ${name}`);
      }
      for (const name of ['README.md', 'docs/charters.md', 'x.charter.mdx', '.team-charter.yaml']) assert.ok(!files.test(name), `${hook.id} skips ${name}`);
    }
  });

  describe('action.yml', () => {
    const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8'));
    const checkStep = action.runs.steps.find((step: { id?: string }) => step.id === 'check');

    it('is a composite action whose steps use only inputs it declares', () => {
      assert.equal(action.runs.using, 'composite');
      const text = fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
      for (const [, input] of text.matchAll(/inputs\.([a-z-]+)/g)) assert.ok(input in action.inputs, input);
    });

    it('its check step annotates, summarises, writes SARIF and exits with the check status', function () {
      if (spawnSync('bash', ['--version']).error) this.skip();
      const cwd = tempFolder();
      fs.writeFileSync(path.join(cwd, 'w.charter.yaml'), WARNING_YAML);
      fs.writeFileSync(path.join(cwd, 'x.charter.yaml'), ERROR_YAML);
      const summary = path.join(cwd, 'summary.md');
      const outputs = path.join(cwd, 'outputs.txt');
      const run = (inputs: Record<string, string>) =>
        spawnSync('bash', ['-e', '-c', checkStep.run], {
          cwd,
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH,
            TEAM_CHARTER_CLI: path.join(REPO_ROOT, 'dist/cli.js'),
            GITHUB_STEP_SUMMARY: summary,
            GITHUB_OUTPUT: outputs,
            INPUT_PATHS: '.',
            INPUT_MAX_WARNINGS: '',
            INPUT_ARGS: '',
            INPUT_SARIF_FILE: '',
            INPUT_ANNOTATIONS: 'true',
            ...inputs,
          },
        });
      const failing = run({ INPUT_SARIF_FILE: 'out/tc.sarif' });
      assert.equal(failing.status, 1, failing.stderr);
      assert.match(failing.stdout, /^::error file=x\.charter\.yaml,/m);
      assert.match(fs.readFileSync(summary, 'utf8'), /^### Team Charter: ❌ 2 problems/);
      assert.equal(JSON.parse(fs.readFileSync(path.join(cwd, 'out/tc.sarif'), 'utf8')).runs[0].results.length, 2);
      assert.match(fs.readFileSync(outputs, 'utf8'), /^exit-code=1$/m);

      // set -f: the glob reaches the CLI unexpanded, and the CLI expands it.
      const quoted = run({ INPUT_PATHS: 'w*.yaml', INPUT_ARGS: '--rule responsible-missing=off', INPUT_MAX_WARNINGS: '0', INPUT_ANNOTATIONS: 'false' });
      assert.equal(quoted.status, 0, quoted.stdout + quoted.stderr);
      const globbed = run({ INPUT_PATHS: 'w*.yaml', INPUT_MAX_WARNINGS: '0', INPUT_ANNOTATIONS: 'false' });
      assert.equal(globbed.status, 1, 'one warning over --max-warnings 0');
      fs.rmSync(cwd, { recursive: true, force: true });
    });
  });

  it("the README's CI examples are valid YAML that run commands the CLI knows", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const ci = readme.slice(readme.indexOf('\n## CI\n'), readme.indexOf('\n## ', readme.indexOf('\n## CI\n') + 1));
    const blocks = [...ci.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]);
    assert.ok(blocks.length >= 3, 'GitHub Actions, GitLab CI and pre-commit');
    for (const block of blocks) {
      for (const document of parseAllDocuments(block)) assert.deepEqual(document.errors, [], block);
    }
    const options = new Set([...ci.matchAll(/team-charter check ([^\n`|>]*)/g)].flatMap((match) => match[1].match(/--[a-z-]+/g) ?? []));
    const help = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), '--help'], { encoding: 'utf8' }).stdout;
    for (const option of options) assert.ok(help.includes(option), option);
  });
});
