// CODEOWNERS as GitHub and GitLab read it: the parser (positions, comments, escapes, sections) and the
// matching (GitHub's documented examples; the last matching line wins).
import * as assert from 'node:assert/strict';
import { parseCodeowners } from '../../server/src/core/ownership/codeowners';
import { ownershipOf } from '../../server/src/core/ownership/covers';
import { CodeownersIndex } from '../../server/src/core/ownership/codeownersIndex';
import { checkOrganisation } from '../../server/src/core/org/check';
import { REPOSITORY, ownedOrganisation } from '../helpers/ownership';

const ownersOf = (text: string, file: string) => ownershipOf(new CodeownersIndex(parseCodeowners(text, '/r/CODEOWNERS')), file).owners;

describe('CODEOWNERS', () => {
  describe('matching, as GitHub documents it', () => {
    const text = [
      '*       @global-owner1 @global-owner2',
      '*.js    @js-owner #This is an inline comment.',
      '*.go docs@example.com',
      '*.txt @octo-org/octocats',
      '/build/logs/ @doctocat',
      'docs/* docs@example.com',
      'apps/ @octocat',
      '/docs/ @doctocat',
      '/scripts/ @doctocat @octocat',
      '**/logs @octocat',
      '/apps/ @octocat',
      '/apps/github',
      '/apps/ @octocat',
      '/apps/github @doctocat',
    ].join('\n');

    it('the last matching line wins', () => {
      assert.deepEqual(ownersOf(text, 'src/a.js'), ['@js-owner']);
      assert.deepEqual(ownersOf(text, 'README.md'), ['@global-owner1', '@global-owner2']);
      assert.deepEqual(ownersOf(text, 'apps/github/x.rb'), ['@doctocat']);
      assert.deepEqual(ownersOf(text, 'apps/other/x.js'), ['@octocat']);
    });

    it('a pattern without a leading or inner slash matches at any depth; one with is anchored at the root', () => {
      assert.deepEqual(ownersOf(text, 'deep/down/app.go'), ['docs@example.com']);
      assert.deepEqual(ownersOf(text, 'build/logs/x.log'), ['@octocat']); // `**/logs` is later than `/build/logs/`
      assert.deepEqual(ownersOf('/build/logs/ @doctocat', 'src/build/logs/x.log'), []);
      assert.deepEqual(ownersOf('apps/ @octocat', 'src/apps/x.c'), ['@octocat']);
      assert.deepEqual(ownersOf('logs/ @o', 'logs'), []); // a trailing slash matches folders only
    });

    it('`docs/*` owns the files directly in docs/, not deeper ones', () => {
      assert.deepEqual(ownersOf('docs/* @d', 'docs/getting-started.md'), ['@d']);
      assert.deepEqual(ownersOf('docs/* @d', 'docs/build-app/troubleshooting.md'), []);
    });

    it('a line with no owners leaves the path without an owner', () => {
      assert.deepEqual(ownersOf('/apps/ @octocat\n/apps/github\n', 'apps/github/x.rb'), []);
    });

    it('brackets and braces are literal (GitHub reads no ranges or braces)', () => {
      assert.deepEqual(ownersOf('/a[bc].md @x', 'ab.md'), []);
      assert.deepEqual(ownersOf('/a[bc].md @x', 'a[bc].md'), ['@x']);
      assert.deepEqual(ownersOf('/{a,b}.md @x', 'a.md'), []);
      // Beside a wildcard too, where the pattern goes to the glob matcher.
      assert.deepEqual(ownersOf('/docs/*[draft].md @x', 'docs/a[draft].md'), ['@x']);
      assert.deepEqual(ownersOf('/docs/*[draft].md @x', 'docs/ad.md'), []);
    });

    it('a `!pattern` line (GitLab\'s exclusion; GitHub reads no negation) leaves what it matches without an owner, never with one', () => {
      assert.deepEqual(ownersOf('* @all\n!secret.txt\n', 'secret.txt'), []);
      assert.deepEqual(ownersOf('* @all\n!secret.txt\n', 'public.txt'), ['@all']);
    });

    it('escapes: `\\#` starts a pattern, `\\ ` is a space in a path', () => {
      assert.deepEqual(ownersOf('\\#notes.md @x', '#notes.md'), ['@x']);
      assert.deepEqual(ownersOf('/my\\ docs/ @x', 'my docs/a.md'), ['@x']);
    });
  });

  describe('GitLab sections', () => {
    const text = ['* @default', '', '[Backend] @backend-team', '/services/', '/services/payments/ @payments', '', '^[Docs][2] @docs', '*.md', '[backend]', '/services/legacy/ @legacy'].join('\n');
    const file = parseCodeowners(text, '/r/CODEOWNERS');

    it('reads headers (optional, with approvals, default owners) and merges same-named sections', () => {
      assert.deepEqual(file.sections.map((section) => [section.name, section.defaultOwners]), [
        ['', []],
        ['Backend', ['@backend-team']],
        ['Docs', ['@docs']],
      ]);
      assert.deepEqual(file.rules.map((rule) => [rule.pattern, rule.section, rule.owners]), [
        ['*', 0, ['@default']],
        ['/services/', 1, ['@backend-team']],
        ['/services/payments/', 1, ['@payments']],
        ['*.md', 2, ['@docs']],
        ['/services/legacy/', 1, ['@legacy']],
      ]);
    });

    it('each section decides a path: its owners are all the sections’ deciding owners', () => {
      assert.deepEqual(ownersOf(text, 'services/payments/README.md'), ['@default', '@payments', '@docs']);
      assert.deepEqual(ownersOf(text, 'services/legacy/a.ts'), ['@default', '@legacy']);
    });
  });

  it('gives UTF-16 ranges on CRLF, tabs and after emoji', () => {
    const file = parseCodeowners('# 👋 hi\r\n\t/ü/😀.md\t@a @b # c\r\n', '/r/CODEOWNERS');
    assert.deepEqual(file.rules[0].patternRange, { start: { line: 1, character: 1 }, end: { line: 1, character: 9 } });
    assert.deepEqual(file.rules[0].range, { start: { line: 1, character: 1 }, end: { line: 1, character: 15 } });
  });

  // A CODEOWNERS written in the style of large public repositories (written for this test): a header
  // of comments, team and user handles, e-mails, escaped and globbed paths, a line left without owners.
  const PUBLIC_STYLE = `# This file lists the owners of each part of the repository.
# See https://docs.github.com/articles/about-code-owners for the syntax.
#
# Order matters: the last matching pattern takes precedence.

# Default reviewers
*                                   @acme/maintainers

# Build and release
/.github/                           @acme/infra @acme/release
/.github/workflows/**/*.yml         @acme/infra
/scripts/*.sh                       @acme/infra
Makefile                            @acme/infra
package.json                        @acme/maintainers @acme/deps
/**/package-lock.json               @acme/deps

# Services
/services/                          @acme/backend
/services/payments/                 @acme/checkout      # moved in the Q3 reorg
/services/payments/fraud/           @acme/risk
/services/search/                   @acme/search        @jdoe
/services/search/vendor/

# Front end
/web/                               @acme/web
/web/**/*.css                       @acme/design
/web/i18n/                          translations@acme.example

# Documentation
*.md                                @acme/docs
/docs/                              @acme/docs
/docs/api\\ reference/               @acme/docs @acme/backend
`;

  it('a public-style CODEOWNERS parses whole, and only the lines a charter concerns give findings', () => {
    const file = parseCodeowners(PUBLIC_STYLE, '/repo/.github/CODEOWNERS');
    assert.equal(file.rules.length, 18);
    assert.deepEqual(file.rules.find((rule) => rule.pattern === '/services/search/vendor/')!.owners, []);
    assert.deepEqual(file.rules.find((rule) => rule.pattern === '/docs/api\\ reference/')!.owners, ['@acme/docs', '@acme/backend']);
    const found = [...checkOrganisation(ownedOrganisation({ ...REPOSITORY, '.github/CODEOWNERS': PUBLIC_STYLE }), () => undefined).values()]
      .flat()
      .filter((finding) => finding.rule === 'codeowners-mismatch');
    // Checkout covers services/payments/ (its own, but fraud/ is the risk team's), /web/checkout/** (the
    // web team's) and /services/cart/ (the backend's); Web covers /web/ (its own, less the CSS and the
    // translations), /design/ (the default owners') and /docs/ (the docs team's). The rest, from the
    // workflows to the vendored folder without owners, concerns no charter.
    assert.deepEqual(
      found.map((finding) => finding.related?.filter((related) => related.path?.endsWith('CODEOWNERS')).map((related) => related.range.start.line + 1)),
      [[20], [25], [18], [26, 27], [7], [31]],
    );
  });
});
