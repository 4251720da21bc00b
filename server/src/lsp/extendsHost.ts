// What the language server lets `extends` read: files inside the workspace folders (none open: nothing),
// open documents first so unsaved edits count, and the disk through host/extendsFiles.ts (regular
// files of at most 1 MiB, symbolic links resolved). A document that is not a file (untitled, or
// another scheme) follows no `extends`: it has no folder to resolve a relative path from.
import type { CharterHost } from '../core/model';
import { extendsScope, outsideScope, readExtendsFile, type ExtendsScope } from '../host/extendsFiles';
import { toFsPath } from './charterFiles';

const NOT_A_FILE: CharterHost = {
  readFile: () => ({ refused: 'this document is not a file on disk (untitled documents do not follow extends)' }),
};

export class WorkspaceExtendsHost {
  private scope: ExtendsScope = extendsScope([], 'no workspace folder is open');
  private readonly host: CharterHost = {
    readFile: (file) => {
      const refusal = outsideScope(file, this.scope);
      if (refusal) return refusal;
      const open = this.openText(file);
      return open ?? readExtendsFile(file, this.scope);
    },
  };

  /** `openText` gives the text of the open document at a path, if there is one. */
  constructor(private readonly openText: (file: string) => string | undefined) {}

  setWorkspaceFolders(uris: readonly string[]): void {
    const folders = uris.map(toFsPath).filter((folder): folder is string => folder !== undefined);
    const outside =
      folders.length === 0
        ? 'no workspace folder is open'
        : `it is outside the workspace ${folders.length === 1 ? 'folder' : 'folders'} ${folders.join(', ')}`;
    this.scope = extendsScope(folders, outside);
  }

  /** The host for the `extends` of the document at `uri`. */
  forDocument(uri: string): CharterHost {
    return toFsPath(uri) === undefined ? NOT_A_FILE : this.host;
  }
}
