// `--fix` and `--fix-dry-run`: the fixes the editor's "Fix All" applies (features/fixAll.ts: the safe
// fixes that, applied together, remove their findings and add none, as fixes/verify.ts checks), applied
// again to the result until nothing changes, since one fix can make another possible (a role defined,
// then its unused warning removed).
import { createTwoFilesPatch } from 'diff';
import type { CheckOptions } from '../core/check';
import { fixAllEdits, MAX_FIX_ALL_CHECKS } from '../core/features/fixAll';
import { FixVerifier } from '../core/fixes/verify';
import { YamlEntryCache } from '../core/parse/yaml/entries';
import { ChunkCache, TableRowCache } from '../core/parse/markdown';
import { applyEdits } from '../core/text';
import { checkCharter } from '../host/checkCharter';

/** Rounds of "Fix All" at most: each round is verified on the text the previous one left. */
export const MAX_FIX_ROUNDS = 10;

export interface FixOutcome {
  /** The text with every fix applied (the same string when none applied). */
  text: string;
  /** How many text edits were applied, over all rounds (0: the text is unchanged). */
  edits: number;
}

export function fixText(text: string, given: CheckOptions): FixOutcome {
  // The rounds' checks, and the verifying ones, read the same chunks and table rows of Markdown and
  // entries of YAML again: one cache of each for the file.
  const options: CheckOptions = {
    ...given,
    markdown: { ...given.markdown, chunkCache: given.markdown?.chunkCache ?? new ChunkCache(), rowCache: given.markdown?.rowCache ?? new TableRowCache() },
    yaml: { entryCache: given.yaml?.entryCache ?? new YamlEntryCache() },
  };
  let current = text;
  let edits = 0;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const verifier = new FixVerifier(current, options, checkCharter(current, options), checkCharter);
    // No deadline, unlike the editor (which must answer within 750 ms on save): a CI run can wait.
    const verified = fixAllEdits(verifier, { remaining: MAX_FIX_ALL_CHECKS });
    if (verified.length === 0) break;
    const next = applyEdits(current, verified);
    if (next === current) break;
    edits += verified.length;
    current = next;
  }
  return { text: current, edits };
}

/** A unified diff of one file (`a/path`, `b/path`, three lines of context), as `git apply` and `patch -p1` take. */
export function unifiedDiff(displayPath: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, undefined, undefined, { context: 3 });
  // jsdiff starts with a line of '=' that is not part of the format.
  return patch.replace(/^=+\r?\n/, '');
}
