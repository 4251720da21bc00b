// Reading a list of files a few ahead of the one in use: the disk works while the caller checks the
// file before (the organisation's scan reads every charter of a workspace, one after another).

/**
 * `readAt(at)`: what `read` gives for `files[at]`, its read started with those of the `ahead` files
 * after it. A failed read gives undefined, as a missing file does.
 */
export function readingAhead<T>(files: readonly string[], read: (file: string) => Promise<T>, ahead: number): (at: number) => Promise<T | undefined> {
  const reads: Promise<T | undefined>[] = [];
  return (at) => {
    for (let next = at; next < Math.min(files.length, at + ahead + 1); next++) {
      reads[next] ??= read(files[next]).catch(() => undefined);
    }
    return reads[at];
  };
}
