// ESLint's `unix` format, `path:12:5: message [Error/rule]`, which Emacs' compilation mode, Vim's
// default errorformat and most editors jump from, then the count (the list as compact.ts makes it).
import { lines } from './compact';
import type { FileReport } from './types';

export function formatUnix(reports: readonly FileReport[]): string {
  return lines(reports, (file, line, column, severity, message, rule) => `${file}:${line}:${column}: ${message} [${severity}/${rule}]`);
}
