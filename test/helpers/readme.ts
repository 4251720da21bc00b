// The README's editor setups, as the tests run them: the code block that follows a marker comment.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const README = path.resolve(__dirname, '../../README.md');

/** The code block of `language` that follows `<!-- marker -->` in README.md. */
export function readmeBlock(marker: string, language: string): string {
  const readme = fs.readFileSync(README, 'utf8');
  const comment = `<!-- ${marker} -->`;
  const at = readme.indexOf(comment);
  assert.ok(at >= 0, `README.md has no ${comment}`);
  const block = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(readme.slice(at + comment.length));
  assert.ok(block, `no \`\`\`${language} block after ${comment}`);
  return block[1];
}
