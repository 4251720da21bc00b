// `team-charter export --format json`: the pictures of the run's charters and of its organisation
// (core/report/picture.ts) as they are, plain data. Positions are the core's, as in `check --format json`:
// 0-based lines and UTF-16 characters (LSP). `version` changes only when a field changes meaning or goes.
import type { ExportPicture } from './types';

export const EXPORT_JSON_VERSION = 1;

export function formatExportJson(picture: ExportPicture): string {
  return JSON.stringify({ version: EXPORT_JSON_VERSION, charters: picture.charters, organisation: picture.organisation }, null, 2) + '\n';
}
