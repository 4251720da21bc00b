// The part of `node:path` the server's code uses, for the browser build (scripts/build.mjs maps
// `node:path` here): POSIX rules, with `/` as the working directory. In a web worker a charter's path
// is its URI's path, always absolute. test/browser/posix-path.test.ts holds it to Node's path.posix.
export const sep = '/';
export const delimiter = ':';

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

/** The segments of `path` with `.` and `..` applied (`..` kept at the front of a relative path). */
function segments(path: string, absolute: boolean): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else {
      out.push(part);
    }
  }
  return out;
}

export function normalize(path: string): string {
  if (path === '') return '.';
  const absolute = isAbsolute(path);
  let joined = segments(path, absolute).join('/');
  if (joined === '' && !absolute) joined = '.';
  if (joined !== '' && path.endsWith('/')) joined += '/';
  return absolute ? `/${joined}` : joined;
}

export function join(...paths: string[]): string {
  const joined = paths.filter((path) => path !== '').join('/');
  return joined === '' ? '.' : normalize(joined);
}

export function resolve(...paths: string[]): string {
  let resolved = '';
  for (let i = paths.length - 1; i >= 0 && !isAbsolute(resolved); i--) {
    if (paths[i] !== '') resolved = resolved === '' ? paths[i] : `${paths[i]}/${resolved}`;
  }
  return `/${segments(resolved, true).join('/')}`;
}

export function relative(from: string, to: string): string {
  const a = segments(resolve(from), true);
  const b = segments(resolve(to), true);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

/** `path` without the slashes at its end (`/` stays). */
function trimEnd(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' && path.startsWith('/') ? '/' : trimmed;
}

export function dirname(path: string): string {
  const trimmed = trimEnd(path);
  if (trimmed === '') return '.';
  if (trimmed === '/') return '/';
  const slash = trimmed.lastIndexOf('/');
  if (slash === -1) return '.';
  return trimmed.slice(0, slash) || '/';
}

export function basename(path: string, suffix?: string): string {
  const trimmed = trimEnd(path);
  const base = trimmed === '/' ? '' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
}

export function extname(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot);
}

export const posix = { sep, delimiter, isAbsolute, normalize, join, resolve, relative, dirname, basename, extname };
export default posix;
