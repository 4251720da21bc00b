// Which documents are charters: their workspace-relative path matches `teamCharter.files`.
import * as path from 'node:path';
import picomatch from 'picomatch';
import { URI } from 'vscode-uri';

export class CharterFiles {
  private matcher: (file: string) => boolean = () => false;
  private folders: string[] = [];

  setGlobs(globs: readonly string[]): void {
    this.matcher = picomatch([...globs], { dot: true, windows: false });
  }

  setWorkspaceFolders(uris: readonly string[]): void {
    // Longest first, so a nested folder wins over its parent.
    this.folders = uris
      .map((uri) => toFsPath(uri))
      .filter((folder): folder is string => folder !== undefined)
      .sort((a, b) => b.length - a.length);
  }

  isCharter(uri: string): boolean {
    const file = toFsPath(uri);
    const parsed = URI.parse(uri);
    // Untitled buffers and other schemes are judged by their path alone.
    const absolute = file ?? parsed.path;
    return this.matcher(this.relativePath(absolute));
  }

  private relativePath(file: string): string {
    for (const folder of this.folders) {
      const relative = path.relative(folder, file);
      if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return toPosix(relative);
    }
    return toPosix(file).replace(/^\/+/, '').replace(/^[A-Za-z]:\//, '');
  }
}

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
