// Refusals further up an `extends` chain. The core reports a refusal only on the charter's own `extends`
// values (core/check.ts): when a file the charter extends in turn extends a file that is not read
// (outside the repository or the workspace, too large, a FIFO, gone…), that file's roles went missing
// without a word. checkCharter records the host's answers during the check and reports each such
// refusal on the charter's own `extends` value it came through, saying which file and why. It also
// bounds the time one check spends reading `extends` files (EXTENDS_CHECK_BUDGET_MS).
import * as path from 'node:path';
import { byPosition, checkText, type CheckOptions, type CheckResult } from '../core/check';
import { severityOf } from '../core/config';
import { limitFindings } from '../core/findingLimit';
import type { CharterHost, Finding, ReadRefusal, Severity, Span } from '../core/model';
import { formatOfPath, parseCharter } from '../core/parse';
import { clipPath } from '../core/quote';

type Answer = string | ReadRefusal | undefined;

/**
 * How long one check may spend reading `extends` files in all (each file also has its own limit,
 * host/extendsFiles.ts): past it, the files not read yet are refused, so a chain of 64 files on a slow
 * share costs seconds, not minutes, per check.
 */
export const EXTENDS_CHECK_BUDGET_MS = 5000;

/** checkText, plus one `schema` finding per file refused further up the `extends` chain. */
export function checkCharter(text: string, options: CheckOptions, now: () => number = () => performance.now()): CheckResult {
  const host = options.host;
  if (!host || !options.path) return checkText(text, options);
  const answers = new Map<string, Answer>();
  let spent = 0;
  const recording: CharterHost = {
    readFile: (file) => {
      let answer: Answer;
      if (spent > EXTENDS_CHECK_BUDGET_MS) {
        answer = { refused: `reading the files extended before it took longer than ${EXTENDS_CHECK_BUDGET_MS / 1000} s` };
      } else {
        const started = now();
        answer = host.readFile(file);
        spent += now() - started;
      }
      answers.set(file, answer);
      return answer;
    },
  };
  const result = checkText(text, { ...options, host: recording });
  // A charter that does not parse reports its syntax error only.
  const chained = result.charter.unreadable ? [] : chainedRefusals(result.charter.extends, options.path, options, answers);
  if (chained.length === 0) return result;
  const allFindings = [...result.allFindings, ...chained].sort(byPosition);
  return { ...result, findings: limitFindings(allFindings, options.maxFindings), allFindings };
}

function chainedRefusals(own: readonly Span[], charterPath: string, options: CheckOptions, answers: ReadonlyMap<string, Answer>): Finding[] {
  if (severityOf(options.severities?.schema) === 'off') return [];
  const folder = path.dirname(charterPath);
  const ownTargets = new Set(own.map((entry) => path.resolve(folder, entry.text)));
  // The usual case: nothing refused beyond the charter's own values (which the core reports). Only
  // then are the extended files parsed again, to find which file named the refused one.
  if (![...answers].some(([file, answer]) => typeof answer !== 'string' && !ownTargets.has(file))) return [];

  const findings: Finding[] = [];
  const visited = new Set<string>([path.resolve(charterPath)]);
  const reported = new Set<string>();
  const severity = (severityOf(options.severities?.schema) as Severity | undefined) ?? 'error';
  for (const entry of own) {
    const walk = (file: string) => {
      if (visited.has(file)) return;
      visited.add(file);
      const text = answers.get(file);
      if (typeof text !== 'string') return;
      for (const next of parseCharter(text, formatOfPath(file)).extends) {
        const target = path.resolve(path.dirname(file), next.text);
        if (!answers.has(target)) continue; // not asked for: already followed, or past the limit
        const answer = answers.get(target);
        if (typeof answer === 'string') {
          walk(target);
          continue;
        }
        if (ownTargets.has(target) || reported.has(target)) continue;
        reported.add(target);
        const via = file === path.resolve(folder, entry.text) ? 'it' : `'${clipPath(toDisplay(path.relative(folder, file)))}'`;
        findings.push({
          rule: 'schema',
          severity,
          message: `Not following all of extends '${clipPath(entry.text)}': ${via} extends '${clipPath(next.text)}', which is not read: ${answer?.refused ?? 'it cannot be read'}.`,
          range: entry.range,
          fixes: [],
        });
      }
    };
    walk(path.resolve(folder, entry.text));
  }
  return findings;
}

function toDisplay(relative: string): string {
  return relative.split(path.sep).join('/');
}
