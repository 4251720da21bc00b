// Inline suppressions: comments in a charter that silence findings, read the same way by the editor
// and the CLI (checkText applies them). The forms follow ESLint and markdownlint:
//
//     <!-- team-charter-disable-next-line role-unused -->     (Markdown)
//     # team-charter-disable-next-line role-unused            (YAML, and Markdown front matter)
//
// `disable-line` (the comment's own line), `disable-next-line`, `disable` … `enable` (a range; a
// `disable` never closed runs to the end of the file) and `disable-file` (the whole file). The rule ids
// follow the directive, separated by spaces or commas; none means every rule; text after `--` is a
// reason and is ignored. Suppression works on the line where a finding starts.
import type { CharterFormat, Finding, Fix, Position, Range, Severity, TextEdit } from './model';
import { contentStart, LineScanner } from './lines';
import { mostUsedLineBreak } from './text';

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
}

/**
 * The findings left once the text's directives are applied, plus (on request) one finding per directive
 * that suppressed nothing.
 */
export function applySuppressions(text: string, format: CharterFormat, findings: Finding[], options: SuppressionOptions = {}): Finding[] {
  const directives = readDirectives(text, format);
  if (directives.length === 0) return findings;
  const kept = findings.filter((finding) => !suppressedBy(directives, finding));
  if (!options.reportUnused || options.reportUnused === 'off') return kept;
  const unused = unusedDirectiveFindings(directives, options.reportUnused, options.knownRules, options.unjudgedRules);
  if (unused.length === 0) return kept;
  return [...kept, ...unused].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Marks and returns whether some directive suppresses the finding. */
function suppressedBy(directives: readonly Directive[], finding: Finding): boolean {
  const names = (directive: Directive) => directive.rules.length === 0 || directive.rules.includes(finding.rule);
  const mark = (directive: Directive) => directive.used.add(directive.rules.length === 0 ? '*' : finding.rule);
  const at = finding.range.start;
  for (const directive of directives) {
    if (!names(directive)) continue;
    if (
      directive.kind === 'disable-file' ||
      (directive.kind === 'disable-line' && directive.line === at.line) ||
      (directive.kind === 'disable-next-line' && directive.line + 1 === at.line)
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

/**
 * The quick fix that silences one finding with a comment: `disable-next-line` on a line of its own
 * above the finding's line, with its indentation; in a Markdown table, where a comment line would cut
 * the table in two, `disable` before the table and `enable` after it. Undefined where no comment can
 * go (the front matter's opening fence).
 */
export function suppressionFix(text: string, format: CharterFormat, finding: Finding): Fix | undefined {
  const lines = splitLines(text);
  const target = finding.range.start.line;
  if (target < 0 || target >= lines.length) return undefined;
  const eol = mostUsedLineBreak(text);
  const id = finding.rule;
  const indent = (line: number) => /^[ \t]*/.exec(lines[line].text)![0];
  // Line 0 starts after a byte order mark, which stays first.
  const lineStart = (line: number) => (line === 0 ? contentStart(text) : 0);
  const insertBefore = (line: number, comment: string): TextEdit => ({
    range: { start: { line, character: lineStart(line) }, end: { line, character: lineStart(line) } },
    newText: `${comment}${eol}`,
  });
  if (format === 'yaml' || inFrontMatter(lines, target)) {
    if (format !== 'yaml' && target === 0) return undefined;
    return {
      title: `Disable ${id} for this line`,
      edits: [insertBefore(target, `${indent(target)}# ${DIRECTIVE_PREFIX}disable-next-line ${id}`)],
      isPreferred: false,
    };
  }
  const table = tableAround(lines, target);
  if (table) {
    const [first, last] = table;
    const pad = indent(first);
    const after: TextEdit =
      last + 1 < lines.length
        ? insertBefore(last + 1, `${pad}<!-- ${DIRECTIVE_PREFIX}enable ${id} -->`)
        : {
            range: { start: { line: last, character: lineStart(last) + lines[last].text.length }, end: { line: last, character: lineStart(last) + lines[last].text.length } },
            newText: `${lines[last].eol ? '' : eol}${pad}<!-- ${DIRECTIVE_PREFIX}enable ${id} -->${lines[last].eol ? eol : ''}`,
          };
    return {
      title: `Disable ${id} for this table`,
      edits: [insertBefore(first, `${pad}<!-- ${DIRECTIVE_PREFIX}disable ${id} -->`), after],
      isPreferred: false,
    };
  }
  return {
    title: `Disable ${id} for this line`,
    edits: [insertBefore(target, `${indent(target)}<!-- ${DIRECTIVE_PREFIX}disable-next-line ${id} -->`)],
    isPreferred: false,
  };
}

interface Line {
  text: string;
  /** Whether a line break follows. */
  eol: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const line = new LineScanner(text);
  let last: Line | undefined;
  while (line.advance()) {
    // Line 0's text starts after a byte order mark.
    last = { text: text.slice(lines.length === 0 ? Math.max(line.start, contentStart(text)) : line.start, line.end), eol: line.next > line.end };
    lines.push(last);
  }
  // A text ending with a line break has an empty last line (where a position may point).
  if (!last || last.eol) lines.push({ text: '', eol: false });
  return lines;
}

function inFrontMatter(lines: readonly Line[], target: number): boolean {
  if (!/^---\s*$/.test(lines[0]?.text ?? '')) return false;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i].text)) return target <= i;
  return false;
}

/** The first and last line of the table (a run of lines with pipes, one a delimiter row) holding a line. */
function tableAround(lines: readonly Line[], target: number): [number, number] | undefined {
  const piped = (line: number) => lines[line].text.includes('|');
  if (!piped(target)) return undefined;
  let first = target;
  let last = target;
  while (first > 0 && piped(first - 1)) first--;
  while (last + 1 < lines.length && piped(last + 1)) last++;
  for (let line = first; line <= last; line++) if (DELIMITER_ROW.test(lines[line].text)) return [first, last];
  return undefined;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
