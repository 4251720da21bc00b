// SARIF 2.1.0 for code-scanning services: one run, every rule described in tool.driver.rules, one
// result per finding. SARIF counts columns in UTF-16 code units by default, as the core does, so a
// position only needs to become 1-based.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../../core/config/settings';
import type { Range, Severity, SeveritySetting } from '../../core/model';
import { RULES } from '../../core/rules';
import type { FileReport } from './types';

/** The project's home page, shown by SARIF viewers beside the tool's name. */
export const PROJECT_URL = 'https://github.com/team-charter/team-charter';

type SarifLevel = 'none' | 'note' | 'warning' | 'error';

function sarifLevel(severity: SeveritySetting): SarifLevel {
  switch (severity) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'info':
    case 'hint':
      return 'note';
    case 'off':
      return 'none';
  }
}

/** Relative URIs are relative to this base, which `originalUriBaseIds` places at the repository's root. */
const SOURCE_ROOT = '%SRCROOT%';

/** `root`: the repository's root (repositoryRoot.ts), what the URIs are relative to. */
export function formatSarif(reports: readonly FileReport[], options: { version: string; root: string }): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const region = (range: Range) => ({
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  });
  const results = reports.flatMap((report) => {
    const artifactLocation = artifactFor(report.absolutePath, options.root);
    return report.findings.map((finding) => {
      const index = ruleIndex.get(finding.rule);
      return {
        ruleId: finding.rule,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: sarifLevel(finding.severity as Severity),
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(finding.range) } }],
        ...(finding.related && finding.related.length > 0
          ? {
              relatedLocations: finding.related.map((related, id) => ({
                id,
                message: { text: related.message },
                // A cross-charter finding points into other charters (RelatedLocation.path).
                physicalLocation: {
                  artifactLocation: related.path ? artifactFor(related.path, options.root) : artifactLocation,
                  region: region(related.range),
                },
              })),
            }
          : {}),
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'team-charter',
            version: options.version,
            informationUri: PROJECT_URL,
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: ruleDocsUrl(rule.id),
              defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(options.root.endsWith(path.sep) ? options.root : options.root + path.sep).href } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/**
 * A file under the root: a relative URI reference with forward slashes, each segment percent-encoded
 * (spaces, `#`, `%`), based on the root. Elsewhere: its absolute file URI.
 */
function artifactFor(absolutePath: string, root: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(root, absolutePath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolutePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}
