// A CODEOWNERS file read as GitHub and GitLab read it: one rule per line (a pattern, then its owners),
// `#` comments (whole-line and after the owners), `\ ` and `\#` escapes, and GitLab's sections
// (`[Section]`, `^[Optional]`, `[Section][2]`, default owners after the header). Hand-written: the npm
// parsers (codeowners-utils, codeowners, github-codeowners) keep no line positions, read no sections, and
// the lighter of them cuts a line at an escaped `#`. Pure: the caller reads the file.
import type { Range } from '../model';
import { LineScanner } from '../lines';
import { LineIndex } from '../text';

export interface CodeownersRule {
  /** Its position among the file's rules: the later rule wins (in its section). */
  index: number;
  /** The pattern as written, escapes kept (patterns.ts reads them). */
  pattern: string;
  patternRange: Range;
  /** The owners it names (or its section's default owners); empty: the paths have no owner. */
  owners: string[];
  /** The whole rule, pattern to last owner: where a related location points. */
  range: Range;
  /** The section it is in (0: before any section header, or a GitHub file). */
  section: number;
  /** GitLab's `!pattern`: the paths it matches have no owner in its section. */
  exclusion?: boolean;
}

export interface CodeownersSection {
  /** As written in its first header; '' for the rules before any header. */
  name: string;
  defaultOwners: string[];
}

export interface CodeownersFile {
  /** Absolute path of the file. */
  path: string;
  rules: CodeownersRule[];
  /** Sections by index; same-named headers (any case) are one section, as GitLab reads them. */
  sections: CodeownersSection[];
}

/** `[Name]`, `^[Name]`, `[Name][2]`, then default owners and a comment. */
const SECTION = /^\^?\[([^\]]+)\](?:\[\d+\])?(?=$|[ \t#])/;

/** An owner: `@user`, `@org/team`, `@group/sub/group`, GitLab's `@@role`, or an e-mail address. */
const OWNER = /^(?:@@?[^\s@]+|[^\s@]+@[^\s@]+\.[^\s@]+)$/;

export function parseCodeowners(text: string, path: string): CodeownersFile {
  const index = new LineIndex(text);
  const sections: CodeownersSection[] = [{ name: '', defaultOwners: [] }];
  const sectionOf = new Map<string, number>();
  const rules: CodeownersRule[] = [];
  let section = 0;
  const line = new LineScanner(text);
  while (line.advance()) {
    const tokens = tokenize(text, line.start, line.end);
    if (tokens.length === 0) continue;
    const first = tokens[0];
    const header = SECTION.exec(text.slice(first.start, line.end));
    if (header && !first.escaped) {
      const key = header[1].trim().toLowerCase();
      const known = sectionOf.get(key);
      const owners = tokensAfter(tokens, first.start + header[0].length).filter((token) => OWNER.test(token.text));
      if (known === undefined) {
        sectionOf.set(key, sections.length);
        section = sections.length;
        sections.push({ name: header[1].trim(), defaultOwners: owners.map((token) => token.text) });
      } else {
        section = known;
      }
      continue;
    }
    const owners = tokens.slice(1).filter((token) => OWNER.test(token.text));
    const exclusion = first.text.startsWith('!');
    const last = owners[owners.length - 1] ?? first;
    rules.push({
      index: rules.length,
      pattern: exclusion ? first.text.slice(1) : first.text,
      patternRange: index.rangeAt(first.start, first.end),
      owners: owners.length > 0 || exclusion ? owners.map((token) => token.text) : sections[section].defaultOwners,
      range: index.rangeAt(first.start, last.end),
      section,
      ...(exclusion ? { exclusion } : {}),
    });
  }
  return { path, rules, sections };
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a backslash escape (`\#file`, `\[not a section]`). */
  escaped: boolean;
}

/** The words of a line up to its comment: white space separates them unless escaped (`my\ file`). */
function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let at = start;
  while (at < end) {
    while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
    if (at >= end || text[at] === '#') break;
    const from = at;
    while (at < end && text[at] !== ' ' && text[at] !== '\t') at += text[at] === '\\' && at + 1 < end ? 2 : 1;
    tokens.push({ text: text.slice(from, at), start: from, end: at, escaped: text[from] === '\\' });
  }
  return tokens;
}

/** The tokens that start at or after `offset` (a section header's default owners). */
function tokensAfter(tokens: readonly Token[], offset: number): Token[] {
  return tokens.filter((token) => token.start >= offset);
}

/** Owners compared as GitHub and GitLab compare them: case does not count. */
export function sameOwner(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
