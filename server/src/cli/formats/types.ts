import type { Finding } from '../../core/model';

/** One checked file and what was found in it. */
export interface FileReport {
  /** The path as given on the command line or found under a given directory. */
  path: string;
  absolutePath: string;
  findings: Finding[];
  /** The findings of `findings` that `--fix` would repair (verified, as --fix applies them). */
  fixable?: ReadonlySet<Finding>;
}
