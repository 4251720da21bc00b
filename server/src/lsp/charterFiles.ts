// Which documents are charters: their workspace-relative path matches `teamCharter.files` (compiled by
// core/globs/glob.ts, which cannot backtrack; a workspace may set this setting).
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { DEFAULT_CHARTER_GLOBS } from '../core/config/settings';
import { compileGlobs, type RejectedGlob } from '../core/globs/glob';

export class CharterFiles {
  private matcher: (file: string) => boolean = () => false;
  private folders: string[] = [];
  /** URI → whether it is a charter, for the current globs and folders (asked on every check). */
  private readonly known = new Map<string, boolean>();

  /**
   * Uses `globs` from now on and returns the patterns it left out (too long, too many, unsupported).
   * When none is left that includes files, the default patterns are used (with any `!` exclusions).
   */
  setGlobs(globs: readonly string[]): RejectedGlob[] {
    const compiled = compileGlobs(globs);
    const exclusions = globs.filter((glob) => glob.startsWith('!') && !compiled.rejected.some((rejected) => rejected.pattern === glob));
    const used = compiled.included > 0 ? compiled : compileGlobs([...DEFAULT_CHARTER_GLOBS, ...exclusions]);
    this.matcher = used.matches;
    this.known.clear();
    return compiled.rejected;
  }

  setWorkspaceFolders(uris: readonly string[]): void {
    // Longest first, so a nested folder wins over its parent.
    this.folders = uris
      .map((uri) => toFsPath(uri))
      .filter((folder): folder is string => folder !== undefined)
      .sort((a, b) => b.length - a.length);
    this.known.clear();
  }

  isCharter(uri: string): boolean {
    const known = this.known.get(uri);
    if (known !== undefined) return known;
    const file = toFsPath(uri);
    const parsed = URI.parse(uri);
    // Untitled buffers and other schemes are judged by their path alone.
    const absolute = file ?? parsed.path;
    const charter = this.matcher(this.relativePath(absolute));
    if (this.known.size >= MAX_KNOWN) this.known.delete(this.known.keys().next().value!);
    this.known.set(uri, charter);
    return charter;
  }

  private relativePath(file: string): string {
    for (const folder of this.folders) {
      const relative = path.relative(folder, file);
      if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return toPosix(relative);
    }
    return toPosix(file).replace(/^\/+/, '').replace(/^[A-Za-z]:\//, '');
  }
}

/** URIs whose answer is kept (documents are few; the oldest is forgotten first). */
const MAX_KNOWN = 1024;

export function toFsPath(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
