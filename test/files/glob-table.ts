// The shared table of patterns: each pattern with paths and whether it matches them, as docs/format.md
// ("Globs") describes. The matcher is tested against it directly (glob.test.ts), and the command line
// and the language server must give the same answers through their own settings (same-answer.test.ts).
export interface GlobCase {
  pattern: string;
  matches: string[];
  misses: string[];
}

const FORTY_A = 'a'.repeat(40);

export const GLOB_TABLE: GlobCase[] = [
  { pattern: '*.charter.md', matches: ['team.charter.md', '.hidden.charter.md'], misses: ['docs/team.charter.md', 'team.charter.yaml'] },
  { pattern: '**/*.charter.md', matches: ['team.charter.md', 'docs/a/team.charter.md', '.github/x.charter.md'], misses: ['team.md'] },
  { pattern: 'docs/**/*.md', matches: ['docs/x.md', 'docs/a/b/x.md'], misses: ['other/x.md', 'docs.md'] },
  { pattern: 'teams/*/charter.yaml', matches: ['teams/a/charter.yaml'], misses: ['teams/charter.yaml', 'teams/a/b/charter.yaml'] },
  { pattern: '?.md', matches: ['a.md', '_.md'], misses: ['ab.md', '.md'] },
  { pattern: '[abc]x.md', matches: ['bx.md'], misses: ['dx.md', 'abx.md'] },
  { pattern: '[a-c]x.md', matches: ['cx.md'], misses: ['Cx.md'] },
  { pattern: '[!a-c]x.md', matches: ['dx.md', '1x.md'], misses: ['ax.md'] },
  { pattern: '[^a-c]x.md', matches: ['dx.md'], misses: ['bx.md'] },
  // POSIX classes, as git and the shells read them (ASCII): `[[:alpha:]]` is one letter.
  { pattern: '[[:alpha:]].md', matches: ['a.md', 'Z.md'], misses: ['1.md', ':.md', 'a].md', 'é.md'] },
  { pattern: '[[:digit:]_]x.md', matches: ['7x.md', '_x.md'], misses: ['ax.md'] },
  { pattern: '[[:upper:]]*.md', matches: ['Team.md'], misses: ['team.md'] },
  { pattern: '[![:space:][:punct:]]*.md', matches: ['x.md'], misses: ['-x.md'] },
  { pattern: '*.{md,yaml}', matches: ['a.md', 'a.yaml'], misses: ['a.yml'] },
  { pattern: 'a/{b,c/{d,e}}/*.md', matches: ['a/b/x.md', 'a/c/e/x.md'], misses: ['a/c/x.md', 'a/f/x.md'] },
  { pattern: 'x\\*y.md', matches: ['x*y.md'], misses: ['xzy.md'] },
  { pattern: '[x.md', matches: ['[x.md'], misses: ['x.md'] },
  { pattern: 'CHARTER.md', matches: ['CHARTER.md'], misses: ['charter.md', 'docs/CHARTER.md'] },
  { pattern: '**/CHARTER.md', matches: ['CHARTER.md', 'a/b/CHARTER.md'], misses: ['a/charter.md'] },
  { pattern: 'a/**', matches: ['a/x.md', 'a/b/c.md'], misses: ['b/a/x.md'] },
  { pattern: '*a*a*a*a*a*a*a*a*a*a*a*a*b.md', matches: [`${'ba'.repeat(12)}b.md`, `${FORTY_A}b.md`], misses: [`${FORTY_A}.md`, `${'ba'.repeat(11)}b.md`] },
];
