// Installable in anyone's CI: the packed tarball installs offline into an empty folder outside the
// repository (it has no runtime dependencies: the bundles inline them) and both commands work; the
// pre-commit hook definitions and the README's CI examples are what they say (action.test.ts runs
// the composite action, pre-commit.test.ts the hooks).
// About 5 s (npm pack and npm install --offline of one tarball); npm test builds dist/ first.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { CLEAN_YAML, ERROR_YAML, REPO_ROOT, WARNING_YAML } from '../helpers/cli';
import { temporaryFolder } from '../helpers/folders';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** What `npm pack` reads in the checkout: package.json, npm's settings, .npmignore, the pack scripts and what is shipped. */
const PACKED_SOURCES = ['package.json', '.npmrc', '.npmignore', 'scripts/pack.mjs', 'scripts/prepare.mjs', 'dist/cli.js', 'dist/server.js', 'schemas', 'README.md', 'LICENSE', 'CHANGELOG.md'];
const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

function tempFolder(): string {
  return temporaryFolder('team-charter-install-');
}

describe('installing the package', function () {
  let work: string;
  let project: string;
  let bin: string;

  before(function () {
    for (const file of ['dist/cli.js', 'dist/server.js']) assert.ok(fs.existsSync(path.join(REPO_ROOT, file)), `${file} is missing: run npm run build`);
    work = tempFolder();
    // Packed from a copy of what `npm pack` reads (dist/ as npm test built it), so that its prepack
    // (scripts/pack.mjs, which rewrites package.json for the tarball) runs as it does for a user, and
    // the checkout's package.json is never touched. Without esbuild there, prepare keeps that dist/.
    const source = path.join(work, 'source');
    for (const file of PACKED_SOURCES) fs.cpSync(path.join(REPO_ROOT, file), path.join(source, file), { recursive: true });
    // Exactly what pre-commit does: `npm pack`, whose standard output must be the tarball's name alone.
    const pack = spawnSync(NPM, ['pack', '--pack-destination', work], { cwd: source, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    this.packOutput = pack.stdout;
    const listed = spawnSync(NPM, ['pack', '--dry-run', '--json'], { cwd: source, encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    const [packed] = JSON.parse(listed.stdout) as { filename: string; files: { path: string }[] }[];
    this.tarball = path.join(work, packed.filename);
    this.files = packed.files.map((file) => file.path).sort();
    this.packedManifest = JSON.parse(spawnSync('tar', ['-xzf', this.tarball, '-O', 'package/package.json'], { encoding: 'utf8' }).stdout);
    assert.equal(fs.readFileSync(path.join(source, 'package.json'), 'utf8'), fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'), 'postpack put package.json back');
    project = path.join(work, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'someone-elses-project', version: '1.0.0', private: true }));
    const install = spawnSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', this.tarball], { cwd: project, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    this.installStderr = install.stderr;
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

  it('has no runtime dependencies, so the tarball installs offline, without a warning', function () {
    assert.equal(manifest.dependencies, undefined, 'every dependency is bundled into dist/ by esbuild');
    assert.doesNotMatch(this.installStderr, /npm warn/i);
  });

  it('npm pack prints only the tarball name on stdout, which pre-commit reads (no script banner)', function () {
    assert.equal(this.packOutput, `team-charter-${manifest.version}.tgz\n`);
  });

  it("the tarball's package.json names no file the tarball leaves out (no script, no extension entry point)", function () {
    const files: string[] = this.files;
    const packed = this.packedManifest;
    assert.equal(packed.version, manifest.version);
    assert.deepEqual(packed.bin, manifest.bin);
    const named = [...Object.values(packed.bin as Record<string, string>), packed.main, packed.browser, packed.icon].filter((file) => typeof file === 'string');
    // A script's file arguments: words with a slash or a script extension (`node scripts/x.mjs`, `mocha "test/**"`).
    for (const script of Object.values((packed.scripts ?? {}) as Record<string, string>)) named.push(...(script.match(/[\w./*-]+\/[\w./*-]+|[\w-]+\.(m?js|ts)\b/g) ?? []));
    for (const file of named) assert.ok(files.includes(file.replace(/^\.\//, '')), `${file} is named in the tarball's package.json but not shipped`);
    assert.deepEqual(Object.keys(packed.scripts ?? {}), [], 'every script of the repository names a file of the repository');
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
  it('package.json builds dist/ on prepare (git URL and folder installs) and on prepack, and names both commands', () => {
    assert.equal(manifest.scripts.prepare, 'node scripts/prepare.mjs');
    assert.equal(manifest.scripts.prepack, 'node scripts/pack.mjs prepack');
    assert.equal(manifest.scripts.postpack, 'node scripts/pack.mjs postpack');
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
