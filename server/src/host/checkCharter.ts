// The check both front ends run under Node: checkText with a host that bounds the time one check spends
// reading `extends` files (EXTENDS_CHECK_BUDGET_MS). What the chain refuses, the core reports
// (core/extends/inherited.ts).
import { checkText, type CheckOptions, type CheckResult } from '../core/check';
import type { CharterHost } from '../core/model';

/**
 * How long one check may spend reading `extends` files in all (each file also has its own limit,
 * host/extendsFiles.ts): past it, the files not read yet are refused, so a chain of 64 files on a slow
 * share costs seconds, not minutes, per check.
 */
export const EXTENDS_CHECK_BUDGET_MS = 5000;

/** checkText, with the reading of `extends` files bounded in time. */
export function checkCharter(text: string, options: CheckOptions, now: () => number = () => performance.now()): CheckResult {
  const host = options.host;
  if (!host || !options.path) return checkText(text, options);
  let spent = 0;
  const budgeted: CharterHost = {
    readFile: (file) => {
      if (spent > EXTENDS_CHECK_BUDGET_MS) return { refused: `reading the files extended before it took longer than ${EXTENDS_CHECK_BUDGET_MS / 1000} s` };
      const started = now();
      const answer = host.readFile(file);
      spent += now() - started;
      return answer;
    },
  };
  return checkText(text, { ...options, host: budgeted });
}
