// The shape ARCHITECTURE.md describes, checked on every run: which folder may import which, no editor or
// protocol import in the pure core, no module-global mutable state in it, no import circle, and the
// client reaching the server through one module. A change that breaks the shape fails here with the
// offending import or declaration named.
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

/** Calls that change a Map, Set, WeakMap or WeakSet; and an array. */
const COLLECTION_CHANGES = new Set(['set', 'add', 'delete', 'clear']);
const ARRAY_CHANGES = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

/** `x as T`, `x satisfies T`, `(x)`, `x!`: the expression inside. */
function unwrapped(expression: ts.Expression): ts.Expression {
  while (ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression) || ts.isParenthesizedExpression(expression) || ts.isNonNullExpression(expression) || ts.isTypeAssertionExpression(expression)) {
    expression = expression.expression;
  }
  return expression;
}

/**
 * Module-global mutable state of a file: a top-level `let` or `var`, or a top-level `const` holding a
 * new Map, Set, WeakMap, WeakSet or an array literal that the file changes somewhere (a `.set`, `.add`,
 * `.delete` or `.clear` call; `.push`, `.splice`, … or an assignment to an element or `length` of an
 * array). Matched by name within the file: tables built once and never changed pass.
 */
function moduleState(file: string, text = fs.readFileSync(path.join(ROOT, file), 'utf8')): string[] {
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const watched = new Map<string, Set<string>>();
  for (const statement of tree.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const constant = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText(tree);
      if (!constant) {
        found.push(`${file}: top-level ${statement.declarationList.getFirstToken(tree)?.getText(tree)} ${name}`);
        continue;
      }
      const value = declaration.initializer && unwrapped(declaration.initializer);
      if (!value || !ts.isIdentifier(declaration.name)) continue;
      if (ts.isNewExpression(value) && /^(Map|Set|WeakMap|WeakSet)$/.test(value.expression.getText(tree))) watched.set(name, COLLECTION_CHANGES);
      else if (ts.isArrayLiteralExpression(value)) watched.set(name, ARRAY_CHANGES);
    }
  }
  const changed = (name: string, how: string) => {
    watched.delete(name);
    found.push(`${file}: top-level ${name} is changed (${how})`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && watched.has(node.expression.text)) {
      const name = node.expression.text;
      const member = node.name.text;
      const called = ts.isCallExpression(node.parent) && node.parent.expression === node && watched.get(name)!.has(member);
      const assigned = member === 'length' && ts.isBinaryExpression(node.parent) && node.parent.left === node && node.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      if (called || assigned) changed(name, `.${member}`);
    }
    if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression) && watched.get(node.expression.text) === ARRAY_CHANGES && ts.isBinaryExpression(node.parent) && node.parent.left === node) {
      changed(node.expression.text, 'an element is assigned');
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** Test files that share a file name, as "name: path, path", so a failing test's file is found by its name alone. */
function sharedTestNames(files: readonly string[]): string[] {
  const byName = new Map<string, string[]>();
  for (const file of files) {
    const name = path.posix.basename(file);
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  return [...byName].filter(([, paths]) => paths.length > 1).map(([name, paths]) => `${name}: ${paths.join(', ')}`);
}

/** Longest a function may be, and a source file (STANDARDS: files about 300 lines, functions under 80). */
const MAX_FUNCTION_LINES = 80;
const MAX_FILE_LINES = 300;

/** The name a function is known by in messages: its own, its variable's or property's, else `function`. */
function functionName(node: ts.SignatureDeclaration, tree: ts.SourceFile): string {
  if (node.name) return node.name.getText(tree);
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) return parent.name.getText(tree);
  return 'function';
}

/** Every function, method, arrow function and accessor of a file longer than `MAX_FUNCTION_LINES` lines. */
function longFunctions(file: string, text = fs.readFileSync(path.join(ROOT, file), 'utf8')): string[] {
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line;
      const last = tree.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > MAX_FUNCTION_LINES) found.push(`${file}:${first + 1} ${functionName(node, tree)} has ${lines} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

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

  it('keeps no module-global mutable state in the core: caches and schedules belong to the caller', () => {
    assert.deepEqual(FILES.filter((source) => layerOf(source.file) === 'core').flatMap((source) => moduleState(source.file)), []);
  });

  it('finds module-global state where it is (the check above can fail)', () => {
    const text = [
      'let count = 0;',
      'const cache = new Map<string, number>();',
      'const TABLE: ReadonlyMap<string, number> = new Map([["a", 1]]);',
      'const seen = [] as string[];',
      'const NONE: readonly string[] = [];',
      'export function f(key: string) { cache.set(key, ++count); seen.push(key); return TABLE.get(key) ?? NONE.length; }',
    ].join('\n');
    assert.deepEqual(moduleState('sample.ts', text), ['sample.ts: top-level let count', 'sample.ts: top-level cache is changed (.set)', 'sample.ts: top-level seen is changed (.push)']);
  });

  it(`keeps every source file within ${MAX_FILE_LINES} lines`, () => {
    const long = FILES.map((source) => ({ file: source.file, lines: fs.readFileSync(path.join(ROOT, source.file), 'utf8').split('\n').length }));
    assert.deepEqual(long.filter((entry) => entry.lines > MAX_FILE_LINES).map((entry) => `${entry.file} has ${entry.lines} lines`), []);
  });

  it(`keeps every function within ${MAX_FUNCTION_LINES} lines`, () => {
    assert.deepEqual(FILES.flatMap((source) => longFunctions(source.file)), []);
  });

  it('finds a long function where it is (the check above can fail)', () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES - 1 }, (_, i) => `  total += ${i};`).join('\n');
    const text = [
      `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}`,
      `export const short = (x: number) => {\n  return x;\n};`,
      `const arrow = () => {\n${body}\n};`,
    ].join('\n');
    assert.deepEqual(longFunctions('sample.ts', text), ['sample.ts:1 long has 83 lines', `sample.ts:${MAX_FUNCTION_LINES + 7} arrow has 81 lines`]);
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

  it('gives every test file its own name', () => {
    const tests = sourceFiles('test').filter((file) => file.endsWith('.test.ts'));
    assert.ok(tests.length > 100, `only ${tests.length} test files found: the walk is broken`);
    assert.deepEqual(sharedTestNames(tests), []);
  });

  it('finds test files that share a name (the check above can fail)', () => {
    assert.deepEqual(sharedTestNames(['test/cli/a.test.ts', 'test/lsp/b.test.ts', 'test/lsp/a.test.ts']), ['a.test.ts: test/cli/a.test.ts, test/lsp/a.test.ts']);
  });
});
