// The shape ARCHITECTURE.md describes, checked on every run: which folder may import which, no editor or
// protocol import in the pure core, no import circle, and the client reaching the server through one
// module. A change that breaks the shape fails here with the offending import named.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');

interface SourceFile {
  /** Relative to the repository, with `/`. */
  file: string;
  /** Every module specifier it imports or re-exports, as written. */
  specifiers: string[];
  /** The files its relative imports name, value imports only (`import type` is erased at run time). */
  valueTargets: string[];
  /** The files its relative imports name, type imports too. */
  targets: string[];
}

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) found.push(...sourceFiles(relative));
    else if (entry.name.endsWith('.ts')) found.push(relative);
  }
  return found;
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.posix.join(path.posix.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}/index.ts`].find((candidate) => fs.statSync(path.join(ROOT, candidate), { throwIfNoEntry: false })?.isFile());
}

function read(file: string): SourceFile {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  const valueTargets: string[] = [];
  const targets: string[] = [];
  for (const statement of tree.statements) {
    if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    specifiers.push(specifier);
    if (!specifier.startsWith('.')) continue;
    const target = resolveRelative(file, specifier);
    assert.ok(target, `${file} imports ${specifier}, which is no file`);
    targets.push(target);
    const typeOnly = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly === true : statement.isTypeOnly;
    if (!typeOnly) valueTargets.push(target);
  }
  return { file, specifiers, valueTargets, targets };
}

const FILES = [...sourceFiles('server/src'), ...sourceFiles('client/src')].map(read);

/** The folder of server/src a file belongs to ("core", "cli", …), or "client". */
function layerOf(file: string): string {
  if (file.startsWith('client/')) return 'client';
  if (!file.startsWith('server/src/')) return 'data';
  const [, , first] = file.split('/');
  return first.endsWith('.ts') ? 'entry' : first;
}

// Who may import whom: each folder only from the folders below it.
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: ['core'],
  files: ['core', 'files'],
  host: ['core', 'files', 'host'],
  cli: ['core', 'files', 'host', 'cli', 'data'],
  lsp: ['core', 'files', 'host', 'lsp'],
  browser: ['core', 'host', 'lsp', 'browser'],
  entry: ['core', 'files', 'host', 'lsp', 'browser'],
};

const PROTOCOL_PACKAGES = /^(vscode|vscode-languageserver|vscode-languageserver-protocol|vscode-languageserver-textdocument|vscode-languageclient|vscode-jsonrpc)(\/|$)/;

describe('architecture', () => {
  it('reads every source file of the server and the client', () => {
    assert.ok(FILES.length > 100, `only ${FILES.length} files found: the walk is broken`);
    assert.ok(FILES.some((source) => source.file === 'server/src/core/check.ts'));
  });

  it('keeps the core free of the editor, the protocol and I/O', () => {
    const offending = FILES.filter((source) => layerOf(source.file) === 'core').flatMap((source) =>
      source.specifiers
        // node:path only computes with strings; anything else of Node does I/O or needs a process.
        .filter((specifier) => PROTOCOL_PACKAGES.test(specifier) || (/^(node:)?(fs|child_process|os|net|http|https|worker_threads|process)(\/|$)/.test(specifier)))
        .map((specifier) => `${source.file} imports ${specifier}`),
    );
    assert.deepEqual(offending, []);
  });

  it('imports each folder only from the folders below it', () => {
    const offending: string[] = [];
    for (const source of FILES) {
      const layer = layerOf(source.file);
      if (layer === 'client') continue;
      const allowed = MAY_IMPORT[layer];
      assert.ok(allowed, `server/src/${layer}/ is a folder ARCHITECTURE.md does not place: add it to MAY_IMPORT`);
      for (const target of source.targets) {
        if (!allowed.includes(layerOf(target))) offending.push(`${source.file} imports ${target}`);
      }
    }
    assert.deepEqual(offending, []);
  });

  it('lets the client reach the server through server/src/core/shared.ts only', () => {
    const offending = FILES.filter((source) => layerOf(source.file) === 'client').flatMap((source) =>
      source.targets.filter((target) => target.startsWith('server/') && target !== 'server/src/core/shared.ts').map((target) => `${source.file} imports ${target}`),
    );
    assert.deepEqual(offending, []);
  });

  it('has no import circle among the modules that run', () => {
    const graph = new Map(FILES.map((source) => [source.file, source.valueTargets]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const trail: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      trail.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') circles.push([...trail.slice(trail.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      trail.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    assert.deepEqual(circles, []);
  });
});
