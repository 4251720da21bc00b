// The language server in a browser's web worker (vscode.dev, github.dev): no file system. A charter is
// checked on its own text: its `extends` files and the repository's config files are not read (the
// settings `teamCharter.*` still apply). Everything else works as under Node.
import { checkText, NEED_EXTENDED_ROLES, type CheckOptions, type CheckResult } from '../core/check';
import { severityOf } from '../core/config';
import { limitFindings } from '../core/findingLimit';
import type { CharterHost, Finding } from '../core/model';
import type { CharterSettings } from '../host/configFiles';
import type { ServerEnvironment } from '../lsp/serverEnvironment';

/** Ends the core's sentence "Not following extends 'x': …". */
export const NO_EXTENDS_IN_BROWSER = 'in the browser no other file is read, so roles defined there are not known and undefined roles are not reported';

const REFUSE_ALL: CharterHost = { readFile: () => ({ refused: NO_EXTENDS_IN_BROWSER }) };

/**
 * checkText with no file read; in a charter that extends, the rules that judge references by the
 * extended files' roles (NEED_EXTENDED_ROLES) are silent rather than wrong.
 */
export function checkInBrowser(text: string, options: CheckOptions): CheckResult {
  // A path is needed for the core to report the refusal on each `extends` value.
  const result = checkText(text, { ...options, path: options.path || '/charter', host: REFUSE_ALL });
  if (result.charter.extends.length === 0) return result;
  // The refusal is how the browser build works, not a mistake in the charter: information by default.
  const severity = severityOf(options.severities?.schema) ?? 'info';
  const allFindings = result.allFindings
    .filter((finding) => !NEED_EXTENDED_ROLES.has(finding.rule))
    .map((finding): Finding => (finding.rule === 'schema' && finding.message.endsWith(`${NO_EXTENDS_IN_BROWSER}.`) && severity !== 'off' ? { ...finding, severity } : finding));
  return { ...result, findings: limitFindings(allFindings, options.maxFindings), allFindings };
}

/** No config file is read: a charter's settings are the editor's `teamCharter.rules`. */
const NO_CONFIG_FILES = {
  settingsFor: (_file: string, below = {}, above = {}): CharterSettings => ({ severities: { ...below, ...above }, ignored: false }),
  clear: () => {},
};

export const BROWSER_ENVIRONMENT: ServerEnvironment = {
  checkCharter: checkInBrowser,
  extendsHost: () => ({ setWorkspaceFolders: () => {}, forDocument: () => REFUSE_ALL }),
  configFiles: () => NO_CONFIG_FILES,
  // The browser collects garbage on its own schedule; V8's flags cannot be reached from a worker.
  idleCollector: () => ({ touch: () => {} }),
};
