// Runs the browser build of the language server (dist/browser/server.js) the way a web worker would:
// in a context of its own with a browser's globals only (no require, process or Buffer), messages in
// through `onmessage` and out through `postMessage`. Its diagnostics can be awaited per document.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as vm from 'node:vm';
import { ROOT } from '../helpers/lspClient';

export const BROWSER_SERVER = path.join(ROOT, 'dist/browser/server.js');
export const BROWSER_CLIENT = path.join(ROOT, 'dist/browser/extension.js');

/** Builds the bundles when the browser ones are missing (npm test builds them first anyway). */
export function ensureBrowserBuilt(): void {
  if (fs.existsSync(BROWSER_SERVER) && fs.existsSync(BROWSER_CLIENT)) return;
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed; the browser tests need dist/browser/');
}

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export interface Diagnostic {
  code?: string;
  message: string;
  severity?: number;
  range: { start: { line: number; character: number } };
}

export class WorkerServer {
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiting = new Set<() => void>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly scope: { onmessage?: (event: { data: unknown }) => void } & Record<string, unknown>;

  /** `globals`: more of the browser's globals, such as `navigator`. */
  constructor(globals: Record<string, unknown> = {}) {
    const timers = this.timers;
    const scope: Record<string, unknown> = {
      ...globals,
      console,
      performance,
      TextEncoder,
      TextDecoder,
      URL,
      queueMicrotask,
      setTimeout: (callback: () => void, ms?: number, ...args: unknown[]) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          (callback as (...values: unknown[]) => void)(...args);
        }, ms);
        timers.add(timer);
        return timer;
      },
      clearTimeout: (timer: NodeJS.Timeout) => {
        timers.delete(timer);
        clearTimeout(timer);
      },
      addEventListener: () => {},
      // Copied, as a worker's messages are (and so made of this realm's arrays and objects).
      postMessage: (message: Message) => this.receive(JSON.parse(JSON.stringify(message)) as Message),
    };
    scope.self = scope;
    this.scope = vm.createContext(scope) as typeof this.scope;
    vm.runInContext(fs.readFileSync(BROWSER_SERVER, 'utf8'), this.scope, { filename: BROWSER_SERVER });
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => (message.error ? reject(new Error(message.error.message)) : resolve(message.result)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next diagnostics published for `uri` for which `accept` holds. */
  diagnosticsOf(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    return new Promise((resolve) => {
      const check = () => {
        const current = this.diagnostics.get(uri);
        if (current && accept(current)) {
          this.waiting.delete(check);
          resolve(current);
        }
      };
      this.waiting.add(check);
      check();
    });
  }

  async stop(): Promise<void> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    for (const timer of this.timers) clearTimeout(timer);
  }

  private send(message: Message): void {
    this.scope.onmessage?.({ data: { jsonrpc: '2.0', ...message } });
  }

  private receive(message: Message): void {
    if (message.id !== undefined && !message.method) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const params = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(params.uri, params.diagnostics);
      for (const check of [...this.waiting]) check();
    } else if (message.id !== undefined) {
      // A request of the server's own (none is expected of a client without capabilities): answer it.
      this.send({ id: message.id, result: null });
    }
  }
}
