// Reading a list of files a few ahead of the one in use: the disk works while the caller checks the
// file before (the organisation's scan reads every charter of a workspace, one after another).

/**
 * `textAt(at)`: the text of `files[at]`, its read started with those of the `ahead` files after it. A
 * failed read gives undefined, as a missing file does.
 */
export function readingAhead(files: readonly string[], read: (file: string) => Promise<string | undefined>, ahead: number): (at: number) => Promise<string | undefined> {
  const reads: Promise<string | undefined>[] = [];
  return (at) => {
    for (let next = at; next < Math.min(files.length, at + ahead + 1); next++) {
      reads[next] ??= read(files[next]).catch(() => undefined);
    }
    return reads[at];
  };
}
