// Inline suppressions: comments in a charter that silence findings, read the same way by the editor
// and the CLI (checkText applies them). The forms follow ESLint and markdownlint:
//
//     <!-- team-charter-disable-next-line role-unused -->     (Markdown)
//     # team-charter-disable-next-line role-unused            (YAML, and Markdown front matter)
//
// `disable-line` (the comment's own line), `disable-next-line`, `disable` … `enable` (a range; a
// `disable` never closed runs to the end of the file) and `disable-file` (the whole file). The rule ids
// follow the directive, separated by spaces or commas; none means every rule; text after `--` is a
// reason and is ignored. A line directive applies to the line it names and to the charter entry that line
// is part of (a YAML list item or role mapping, a Markdown row, list item or section): a finding about
// that entry is silenced whatever line its rule anchors it on (`accountable-multiple` on `- name:`,
// `role-unused` on `title:`).
import type { Charter, CharterFormat, Finding, Fix, Position, Range, Severity } from './model';
import { contentStart, LineScanner } from './lines';

export const DIRECTIVE_PREFIX = 'team-charter-';
/** The rule id of the findings about unused directives (reported on request only). */
export const UNUSED_DIRECTIVE_RULE = 'unused-disable-directive';

/** Where suppressions are documented (the link of an unused-directive diagnostic). */
export const SUPPRESSIONS_DOCS_URL = 'https://github.com/team-charter/team-charter/blob/main/README.md#suppressing-findings';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty for every rule. */
  rules: string[];
  /** The comment's line (0-based) and range. */
  line: number;
  range: Range;
  /** The comment's range, widened to its whole line when nothing else is on that line (for removal). */
  removal: Range;
  /** Which of `rules` (or '*' for all) suppressed something. */
  used: Set<string>;
}

const MARKDOWN_COMMENT = /<!--\s*team-charter-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->/g;
const YAML_COMMENT = /(^|\s)#\s*team-charter-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*)$/;

/** The directives of a text, in order. Cheap when there are none (one `includes`). */
export function readDirectives(text: string, format: CharterFormat): Directive[] {
  if (!text.includes(DIRECTIVE_PREFIX)) return [];
  const directives: Directive[] = [];
  const line = new LineScanner(text);
  let lineNumber = -1;
  // Markdown front matter is YAML: its comments are `#` ones.
  let frontMatter: 'none' | 'open' | 'closed' = format === 'yaml' ? 'none' : 'closed';
  let firstLine = true;
  while (line.advance()) {
    lineNumber++;
    // On line 0, after a byte order mark: the mark is a character of the line, but not the comment's.
    const lineStart = lineNumber === 0 ? Math.max(line.start, contentStart(text)) : line.start;
    const offset = lineStart - line.start;
    const content = text.slice(lineStart, line.end);
    if (format !== 'yaml') {
      if (firstLine && /^---\s*$/.test(content)) frontMatter = 'open';
      else if (frontMatter === 'open' && /^(---|\.\.\.)\s*$/.test(content)) frontMatter = 'closed';
      firstLine = false;
    }
    if (!content.includes(DIRECTIVE_PREFIX)) continue;
    const push = (kind: string, rest: string, start: number, end: number) => {
      const whole = content.slice(0, start).trim() === '' && content.slice(end).trim() === '';
      const range = { start: { line: lineNumber, character: offset + start }, end: { line: lineNumber, character: offset + end } };
      directives.push({
        kind: kind as DirectiveKind,
        rules: ruleIds(rest),
        line: lineNumber,
        range,
        removal: whole && line.next > line.end ? { start: { line: lineNumber, character: offset }, end: { line: lineNumber + 1, character: 0 } } : range,
        used: new Set(),
      });
    };
    if (format === 'yaml' || frontMatter === 'open') {
      const match = YAML_COMMENT.exec(content);
      if (match) push(match[2], match[3], match.index + match[1].length, content.length);
      continue;
    }
    MARKDOWN_COMMENT.lastIndex = 0;
    for (let match = MARKDOWN_COMMENT.exec(content); match; match = MARKDOWN_COMMENT.exec(content)) {
      push(match[1], match[2], match.index, match.index + match[0].length);
    }
  }
  return directives;
}

function ruleIds(rest: string): string[] {
  const reason = rest.indexOf('--');
  const ids = (reason >= 0 ? rest.slice(0, reason) : rest).split(/[\s,]+/).filter((id) => id.length > 0);
  return [...new Set(ids)];
}

export interface SuppressionOptions {
  /** Report directives that suppress nothing, with this severity (or not at all). */
  reportUnused?: Severity | 'off';
  /** Rule ids that exist (an unknown id in a directive is reported with the unused ones). */
  knownRules?: readonly string[];
  /**
   * Rule ids this check cannot tell unused: the cross-charter rules report in a later pass over the
   * organisation (core/org/), so a directive naming one is judged by what it says of the other ids only.
   */
  unjudgedRules?: readonly string[];
  /** The charter's entries (entryRanges): a line directive on any line of one applies to findings in it. */
  entries?: readonly Range[];
}

/** Each responsibility's and own role's whole range (a row, a YAML item or mapping, a section, a list item). */
export function entryRanges(charter: Pick<Charter, 'responsibilities' | 'roles'>): Range[] {
  const entries = charter.responsibilities.map((responsibility) => responsibility.range);
  for (const role of charter.roles) {
    if (role.inheritedFrom || role.form === 'implicit') continue;
    if (role.removeRange) entries.push(role.removeRange);
  }
  return entries;
}

/**
 * The findings left once the text's directives are applied, plus (on request) one finding per directive
 * that suppressed nothing.
 */
export function applySuppressions(text: string, format: CharterFormat, findings: Finding[], options: SuppressionOptions = {}): Finding[] {
  const directives = readDirectives(text, format);
  if (directives.length === 0) return findings;
  const entries = options.entries ?? [];
  const kept = findings.filter((finding) => !suppressedBy(directives, finding, entries));
  if (!options.reportUnused || options.reportUnused === 'off') return kept;
  const unused = unusedDirectiveFindings(directives, options.reportUnused, options.knownRules, options.unjudgedRules);
  if (unused.length === 0) return kept;
  return [...kept, ...unused].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Marks and returns whether some directive suppresses the finding. */
function suppressedBy(directives: readonly Directive[], finding: Finding, entries: readonly Range[]): boolean {
  const names = (directive: Directive) => directive.rules.length === 0 || directive.rules.includes(finding.rule);
  const mark = (directive: Directive) => directive.used.add(directive.rules.length === 0 ? '*' : finding.rule);
  const at = finding.range.start;
  const entry = entryOf(entries, at.line);
  // A line directive's line, or any line of the entry the finding is in.
  const covers = (line: number) => line === at.line || (entry !== undefined && line >= entry.start.line && line <= lastLineOf(entry));
  for (const directive of directives) {
    if (!names(directive)) continue;
    if (
      directive.kind === 'disable-file' ||
      (directive.kind === 'disable-line' && covers(directive.line)) ||
      (directive.kind === 'disable-next-line' && covers(directive.line + 1))
    ) {
      mark(directive);
      return true;
    }
  }
  // Ranges: the last `disable`/`enable` naming the rule before the finding decides.
  let open: Directive | undefined;
  for (const directive of directives) {
    if (directive.kind !== 'disable' && directive.kind !== 'enable') continue;
    if (before(at, directive.range.start)) break;
    if (!names(directive)) continue;
    open = directive.kind === 'disable' ? directive : undefined;
  }
  if (open) mark(open);
  return open !== undefined;
}

/** The smallest entry holding the line (the entries of a charter do not nest, but a section may hold rows). */
function entryOf(entries: readonly Range[], line: number): Range | undefined {
  let found: Range | undefined;
  for (const entry of entries) {
    if (line < entry.start.line || line > lastLineOf(entry)) continue;
    if (!found || lastLineOf(entry) - entry.start.line < lastLineOf(found) - found.start.line) found = entry;
  }
  return found;
}

/** An entry's last line: one ending at the start of a line (whole lines, line break included) ends on the line before. */
function lastLineOf(range: Range): number {
  return range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function unusedDirectiveFindings(
  directives: readonly Directive[],
  severity: Severity,
  knownRules?: readonly string[],
  unjudged: readonly string[] = [],
): Finding[] {
  const findings: Finding[] = [];
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const name = `${DIRECTIVE_PREFIX}${directive.kind}`;
    if (directive.rules.length === 0) {
      if (directive.used.has('*')) continue;
      findings.push(unusedFinding(directive, severity, `Unused ${name} directive: no problem was reported where it applies.`, true));
      continue;
    }
    const unused = directive.rules.filter((id) => !directive.used.has(id) && !unjudged.includes(id));
    if (unused.length === 0) continue;
    const unknown = knownRules ? unused.filter((id) => !knownRules.includes(id)) : [];
    const reasons = [
      ...unknown.map((id) => `there is no rule '${id}'`),
      ...unused.filter((id) => !unknown.includes(id)).map((id) => `no ${id} problem was reported where it applies`),
    ];
    findings.push(unusedFinding(directive, severity, `Unused ${name} directive: ${reasons.join('; ')}.`, unused.length === directive.rules.length));
  }
  return findings;
}

function unusedFinding(directive: Directive, severity: Severity, message: string, removable: boolean): Finding {
  const fixes: Fix[] = removable
    ? [{ title: `Remove the unused ${DIRECTIVE_PREFIX}${directive.kind} directive`, edits: [{ range: directive.removal, newText: '' }], isPreferred: true, safe: true }]
    : [];
  return { rule: UNUSED_DIRECTIVE_RULE, severity, message, range: directive.range, fixes };
}
