// Which rule of a CODEOWNERS file decides a path: the last one that matches (in GitLab, in each section),
// found among the few rules the pattern index offers for the path (patternIndex.ts), not all of them.
import type { CodeownersFile, CodeownersRule } from './codeowners';
import { PatternIndex } from './patternIndex';
import { segmentsOf } from './patterns';

/** A CODEOWNERS file ready to answer "which rule decides this path?" for many paths. */
export class CodeownersIndex {
  private readonly patterns: PatternIndex<CodeownersRule>;

  constructor(readonly file: CodeownersFile) {
    this.patterns = new PatternIndex(file.rules.map((rule) => ({ pattern: rule.pattern, item: rule })));
  }

  get sectionCount(): number {
    return this.file.sections.length;
  }

  /**
   * The rule that decides a path (relative to the repository root, `/`-separated), per section:
   * the last rule of the section that matches it, or undefined when none does.
   */
  decide(path: string): (CodeownersRule | undefined)[] {
    const segments = segmentsOf(path);
    const decided: (CodeownersRule | undefined)[] = new Array(this.sectionCount).fill(undefined);
    // Each list holds rules in file order, so it is read from its end: in a section, the first rule that
    // matches is the list's last match, and a rule before one already found elsewhere cannot win. No
    // list is merged or sorted per path.
    this.patterns.candidates(segments, (rules) => {
      for (let at = rules.length - 1; at >= 0; at--) {
        const { item: rule, matches } = rules[at];
        const found = decided[rule.section];
        if (found !== undefined && found.index >= rule.index) {
          if (this.sectionCount === 1) return;
          continue;
        }
        if (matches(segments)) decided[rule.section] = rule;
      }
    });
    return decided;
  }

  /** The anchored rules whose literal prefix is inside the folder `path` (not at it): what may carve part of it out. */
  rulesInside(path: string): CodeownersRule[] {
    return this.patterns.inside(path);
  }
}
