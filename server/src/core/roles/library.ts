// The built-in role library: what common product and engineering titles usually mean and own.
// Every sentence is our own summary of the public texts credited in SOURCES; where those texts
// disagree, the entry says so in `disagreements` instead of silently picking a side.
// Reviewable as data: one entry per role in library-roles.json, no logic; each entry names its sources by
// their key in SOURCES. docs/roles.md is generated from it (`npm run docs`).
import roles from './library-roles.json';

export interface LibrarySource {
  author: string;
  site: string;
  year?: string;
  title?: string;
  url?: string;
}

export interface LibraryRole {
  /** Stable key: "product-manager". */
  key: string;
  title: string;
  /** Other spellings and abbreviations that mean this role and nothing else (ambiguous ones live in shortForms.ts). */
  aliases: string[];
  /** Two sentences, in our own words. */
  summary: string;
  typicallyAccountableFor: string[];
  typicallyNotOwns: string[];
  /** `role` is the title of another library entry. */
  confusedWith: { role: string; difference: string }[];
  sources: LibrarySource[];
  /** Where the sources disagree (or report that organisations differ), what each says. Empty when they agree. */
  disagreements: string[];
}

/** The public texts the library summarises. */
export const SOURCES = {
  sharma: {
    author: 'Abhishek Sharma',
    site: 'Gururo',
    title: 'What is the difference between Engineering Manager, Product Manager, Program Manager, and Technical architect?',
    url: 'https://gururo.com/what-is-the-difference-between-engineering-manager-product-manager-program-manager-and-technical-architect/',
  },
  brown: {
    author: 'Keith Brown',
    site: 'Aha! blog',
    year: '2014',
    title: 'The Product Manager vs. The Engineering Manager',
  },
  stackExchange: {
    author: 'Software Engineering Stack Exchange contributors',
    site: 'Software Engineering Stack Exchange',
    year: '2011',
  },
  uxcel: {
    author: 'Uxcel',
    site: 'uxcel.com',
    url: 'https://uxcel.com/lessons/product-management-core-roles-responsibilities-249',
  },
  balter: {
    author: 'Ben Balter',
    site: 'ben.balter.com',
    year: '2021',
    title: 'PM disambiguation',
  },
} as const satisfies Record<string, LibrarySource>;

type SourceKey = keyof typeof SOURCES;

export const LIBRARY_ROLES: readonly LibraryRole[] = roles.map((role) => ({ ...role, sources: role.sources.map((key) => SOURCES[key as SourceKey]) }));
