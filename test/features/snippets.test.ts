// The extension's snippets (snippets/*.json): each one, expanded with its default choices inside a
// charter with roles, is read as a responsibility and adds no finding.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, lines } from '../helpers/charter';

const ROOT = path.resolve(__dirname, '../..');

interface Snippet {
  prefix: string[];
  description: string;
  body: string[];
}

function snippets(file: string): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', file), 'utf8'));
}

/** What the editor inserts when every placeholder keeps its default: `${1:x}` → x, `${2|a,b|}` → a. */
function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

const MARKDOWN_ROLES = lines(
  '# Checkout team',
  '',
  '## Roles',
  '',
  '- **Product Manager**: decides what we build next.',
  '- **Engineering Manager**: leads the engineers.',
  '- **Technical Architect**: sets the technical direction.',
  '',
  '## Responsibilities',
  '',
);

describe('snippets', () => {
  it('are declared in package.json for the languages of their files', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.snippets, [
      { language: 'markdown', path: './snippets/markdown.json' },
      { language: 'yaml', path: './snippets/yaml.json' },
    ]);
  });

  for (const [name, snippet] of Object.entries(snippets('markdown.json'))) {
    it(`Markdown "${name}" (${snippet.prefix[0]}) is a responsibility with no finding`, () => {
      const result = check(MARKDOWN_ROLES + expand(snippet.body), 'markdown', { 'role-unused': 'off' });
      assert.deepEqual(result.charter.responsibilities.map((responsibility) => responsibility.name), ['Product roadmap']);
      assert.deepEqual(result.findings.map((finding) => `${finding.rule}: ${finding.message}`), []);
    });
  }

  for (const [name, snippet] of Object.entries(snippets('yaml.json'))) {
    it(`YAML "${name}" (${snippet.prefix[0]}) is a responsibility with no finding`, () => {
      const body = expand(snippet.body)
        .split('\n')
        .map((line) => (line ? `  ${line}` : line))
        .join('\n');
      const text = lines('team: Checkout', 'roles:', '  pm:', '    title: Product Manager', 'responsibilities:') + body;
      const result = check(text, 'yaml');
      assert.deepEqual(result.charter.responsibilities.map((responsibility) => responsibility.name), ['Product roadmap']);
      assert.deepEqual(result.findings.map((finding) => `${finding.rule}: ${finding.message}`), []);
    });
  }
});
