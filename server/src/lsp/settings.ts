// The `teamCharter.*` settings as the server reads them, with defaults for whatever is missing or
// malformed (a client may send nothing, or null, for settings it does not know).
import { DEFAULT_CHARTER_GLOBS, isSeveritySetting, type RuleSeverities } from '../core/config';

export interface ServerSettings {
  files: string[];
  rules: RuleSeverities;
}

export const DEFAULT_SETTINGS: ServerSettings = { files: [...DEFAULT_CHARTER_GLOBS], rules: {} };

export function readSettings(raw: unknown): ServerSettings {
  const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const files = Array.isArray(section.files) ? section.files.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0) : [];
  const rules: RuleSeverities = {};
  if (section.rules && typeof section.rules === 'object') {
    for (const [id, severity] of Object.entries(section.rules as Record<string, unknown>)) {
      if (isSeveritySetting(severity)) rules[id] = severity;
    }
  }
  return { files: files.length > 0 ? files : [...DEFAULT_CHARTER_GLOBS], rules };
}
