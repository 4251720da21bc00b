import * as assert from 'node:assert/strict';
import { cli, makeFolder } from '../helpers/cli';
import { REPOSITORY } from '../helpers/ownership';

describe('team-charter owners --uncovered', () => {
  const cwd = makeFolder({ ...REPOSITORY, '.gitignore': 'build/\n', 'build/out.js': '', 'services/payments/legacy/x.ts': '' });

  it('lists the files CODEOWNERS gives to someone that no charter covers, by deciding line, and covered paths owned by nobody', () => {
    const out = cli(['owners', '--uncovered', 'teams'], { cwd });
    assert.equal(out.code, 0);
    assert.equal(
      out.stdout,
      [
        'Owned in CODEOWNERS, covered by no charter',
        '  .github/CODEOWNERS:2   *           @acme/platform     4 files, e.g. .github/CODEOWNERS, .gitignore, catalog-info.yaml',
        '  .github/CODEOWNERS:5   /services/  @acme/backend      1 file, e.g. services/search/index.ts',
        '  .github/CODEOWNERS:12  *.md        docs@acme.example  1 file, e.g. teams/web.charter.md',
        '',
        // Every covered file has an owner; build/ (ignored) and .git are not files of the repository.
        '6 owned files not covered, 0 covered files owned by nobody (14 files in 1 repository, 2 charters read)',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what .gitignore ignores, and says which covered files CODEOWNERS gives to nobody (JSON)', () => {
    const unowned = makeFolder({ ...REPOSITORY, '.github/CODEOWNERS': '/web/ @acme/web\n' });
    const [repository] = JSON.parse(cli(['owners', '--uncovered', '--format', 'json', 'teams'], { cwd: unowned }).stdout);
    assert.equal(repository.codeowners.endsWith('/.github/CODEOWNERS'), true);
    const payments = repository.coveredNotOwned.find((entry: { path: string }) => entry.path === 'services/payments/');
    assert.deepEqual(
      { team: payments.team, responsibility: payments.responsibility, covered: payments.covered, unowned: payments.unowned, examples: payments.examples, range: payments.range },
      { team: 'Checkout', responsibility: 'Payments API', covered: 1, unowned: 1, examples: ['services/payments/api.ts'], range: { start: { line: 13, character: 14 }, end: { line: 13, character: 32 } } },
    );
    const shown = cli(['owners', '--uncovered', '--format', 'json', 'teams'], { cwd });
    assert.doesNotMatch(shown.stdout, /build\/out\.js/);
  });

  it('cannot be combined with --query, and is no option of export', () => {
    assert.equal(cli(['owners', '--uncovered', '--query', 'x', 'teams'], { cwd }).code, 2);
    assert.match(cli(['export', '--uncovered', '-f', 'csv', 'teams'], { cwd }).stderr, /--uncovered is an option of 'owners'/);
  });
});
