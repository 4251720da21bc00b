// The language server in a browser's web worker (vscode.dev, github.dev): no file system. A charter is
// checked on its own text: its `extends` files and the repository's config files are not read (the
// settings `teamCharter.*` still apply). Everything else works as under Node.
import { checkText, type CheckOptions, type CheckResult } from '../core/check';
import type { CharterHost } from '../core/model';
import type { CharterSettings } from '../host/configFiles';
import type { ServerEnvironment } from '../lsp/serverEnvironment';

/** Ends the core's sentence "Not following extends 'x': …". */
export const NO_EXTENDS_IN_BROWSER = 'in the browser no other file is read, so roles defined there are not known and undefined roles are not reported';

const REFUSE_ALL: CharterHost = { readFile: () => ({ refused: NO_EXTENDS_IN_BROWSER }) };

/**
 * checkText with no file read: each `extends` value is reported as information (how the browser build
 * works, not a mistake in the charter), and the rules that judge references by the extended files'
 * roles are off in a charter that extends, silent rather than wrong.
 */
export function checkInBrowser(text: string, options: CheckOptions): CheckResult {
  return checkText(text, { ...options, host: undefined, extendsUnread: NO_EXTENDS_IN_BROWSER });
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
