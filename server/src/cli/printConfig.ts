// `--print-config FILE`, as ESLint's: the settings a charter would be checked with, as JSON, and no
// check. Every rule with the severity (and options) it runs with, after the config files (merged as
// host/configFiles.ts merges them) and the command line's `--rule`; the config files that applied,
// nearest last; whether their `ignores` leave the file out.
import * as path from 'node:path';
import { optionsOf, severityOf } from '../core/config/settings';
import { RULES } from '../core/rules';
import { defaultSettingOf } from '../core/rules/settingSchema';
import { describeBrokenConfig } from '../host/configFiles';
import type { CliRequest } from './args';
import { configFilesOf } from './readCharters';
import type { CliIo } from './run';
import { UsageError } from './usage';

export function printConfig(request: Extract<CliRequest, { kind: 'check' }>, file: string, io: CliIo): number {
  const configs = configFilesOf({ config: request.config, ignorePatterns: request.ignorePatterns }, io.cwd);
  const absolute = path.resolve(io.cwd, file);
  const settings = configs.settingsFor(absolute, {}, request.severities);
  const shown = (target: string) => path.relative(io.cwd, target).split(path.sep).join('/') || target;
  if (settings.broken) throw new UsageError(describeBrokenConfig(settings.broken, shown(settings.broken.path)));
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    const given = settings.severities[rule.id];
    const severity = severityOf(given) ?? defaultSettingOf(rule);
    const options = optionsOf(given);
    rules[rule.id] = Object.keys(options).length > 0 ? [severity, options] : severity;
  }
  const printed = {
    file: file.split(path.sep).join('/'),
    configFiles: (settings.chain ?? []).map((loaded) => shown(loaded.path)),
    ignored: settings.ignored,
    rules,
    reportUnusedDisableDirectives: request.reportUnusedDisableDirectives ?? settings.reportUnusedDisableDirectives ?? 'off',
  };
  io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}
