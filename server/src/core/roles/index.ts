// The built-in role library's public face (seam for hovers, completion and rules).
// STUB: the role library replaces the data and matching; these signatures are what the server uses.

export interface LibraryRole {
  /** Stable key: "product-manager". */
  key: string;
  title: string;
  aliases: string[];
  /** Two sentences, in our own words. */
  summary: string;
  typicallyAccountableFor: string[];
  typicallyNotOwns: string[];
  confusedWith: { role: string; difference: string }[];
  sources: { author: string; site: string; year?: string; title?: string }[];
  /** Where the sources disagree, what each says. */
  disagreements: string[];
}

export const LIBRARY_ROLES: readonly LibraryRole[] = [];

/** The library entry a charter role matches by title or alias, if any. */
export function findLibraryRole(_titleOrAliases: readonly string[]): LibraryRole | undefined {
  return undefined;
}

/** Markdown for a hover on a role that matches a library entry. */
export function libraryRoleMarkdown(_role: LibraryRole): string {
  return '';
}
