// Each charter's rule settings, by absolute path, for the organisation's cross-charter rules, which run
// again on a keystroke and look up every charter of the workspace. Kept until the settings or a config
// file change: every such change rescans the workspace, which clears them.
import { URI } from 'vscode-uri';
import type { RuleSeverities } from '../core/config/settings';
import type { ServerConfiguration } from './configuration';

export class CharterSeverities {
  private readonly byPath = new Map<string, RuleSeverities>();

  constructor(private readonly configuration: ServerConfiguration) {}

  of(file: string): RuleSeverities {
    let severities = this.byPath.get(file);
    if (!severities) this.byPath.set(file, (severities = this.configuration.severitiesFor(URI.file(file).toString())));
    return severities;
  }

  clear(): void {
    this.byPath.clear();
  }
}
