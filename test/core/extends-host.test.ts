// The core's side of `extends`: what the host answers (text, a refusal with its reason, or nothing)
// becomes roles or one `schema` finding on the charter's own `extends` value; the core reads nothing itself.
import * as assert from 'node:assert/strict';
import { checkText, MAX_EXTENDED_FILES } from '../../server/src/core/check';
import type { CharterHost } from '../../server/src/core/model';

const CATALOG = 'roles:\n  captain:\n    title: Release Captain\n';
const charter = (extendsValue: string) =>
  `team: Payments\nextends: ${extendsValue}\nroles: {}\nresponsibilities:\n  - name: Release notes\n    accountable: captain\n    responsible: captain\n`;

function schemaMessages(text: string, host: CharterHost): string[] {
  return checkText(text, { path: '/team/charter.yaml', host })
    .findings.filter((finding) => finding.rule === 'schema')
    .map((finding) => finding.message);
}

describe('extends through the host', () => {
  it('reports a refusal once, on the value, with the host’s reason', () => {
    const host: CharterHost = { readFile: () => ({ refused: 'it is outside the workspace folder /team' }) };
    const result = checkText(charter('../x.yaml'), { path: '/team/charter.yaml', host });
    const refusals = result.findings.filter((finding) => finding.rule === 'schema');
    assert.deepEqual(
      refusals.map((finding) => finding.message),
      ["Not following extends '../x.yaml': it is outside the workspace folder /team."],
    );
    assert.deepEqual(refusals[0].range, { start: { line: 1, character: 9 }, end: { line: 1, character: 18 } });
    assert.equal(refusals[0].severity, 'error');
  });

  it('says "it cannot be read" when the host gives no reason, and follows what it reads', () => {
    assert.deepEqual(schemaMessages(charter('./gone.yaml'), { readFile: () => undefined }), ["Not following extends './gone.yaml': it cannot be read."]);
    const files: Record<string, string> = { '/team/org.yaml': CATALOG };
    const result = checkText(charter('./org.yaml'), { path: '/team/charter.yaml', host: { readFile: (file) => files[file] } });
    assert.deepEqual(result.findings, []);
  });

  // Failed before: nothing said why every role of such a file was missing.
  it('says a file that is not a charter is not followed, and why', () => {
    const files: Record<string, string> = {
      '/team/catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: payments\n',
      '/team/people.yaml': 'roles:\n  - name: Release Captain\n    people: [ana]\n',
    };
    const host: CharterHost = { readFile: (file) => files[file] };
    assert.deepEqual(schemaMessages(charter('./catalog-info.yaml'), host), [
      "Not following extends './catalog-info.yaml': it is not a charter (a resource of kind 'Group' (apiVersion and kind), as in Kubernetes or a Backstage catalog).",
    ]);
    assert.deepEqual(schemaMessages(charter('./people.yaml'), host), [
      "Not following extends './people.yaml': it is not a charter (its 'roles' defines no roles (ids, each with a title), and it names no team).",
    ]);
  });

  it('reports a refusal further up the chain on the charter’s own value it came through', () => {
    const host: CharterHost = {
      readFile: (file) => (file === '/team/org.yaml' ? `extends: /etc/passwd\n${CATALOG}` : { refused: 'it is outside' }),
    };
    assert.deepEqual(schemaMessages(charter('./org.yaml'), host), ["Not following all of extends './org.yaml': it extends '/etc/passwd', which is not read: it is outside."]);
  });

  it(`follows at most ${MAX_EXTENDED_FILES} files`, () => {
    let reads = 0;
    // Each file extends a new path below the last, as a link to its own folder would.
    const host: CharterHost = {
      readFile: (file) => {
        reads++;
        return `extends: ./link/${file.split('/').pop()}\n${CATALOG}`;
      },
    };
    checkText(charter('./link/charter.yaml'), { path: '/team/charter.yaml', host });
    assert.equal(reads, MAX_EXTENDED_FILES);
  });

  it('reads no file when the front end reads none (the browser), reports each value as information and judges no reference', () => {
    const result = checkText(charter('./org.yaml'), { path: '/team/charter.yaml', extendsUnread: 'no other file is read here' });
    assert.deepEqual(
      result.findings.map((finding) => [finding.rule, finding.severity, finding.message]),
      [['schema', 'info', "Not following extends './org.yaml': no other file is read here."]],
    );
  });

  it('lets a schema severity set for the file apply to the refusals of a front end that reads no file', () => {
    const result = checkText(charter('./org.yaml'), { path: '/team/charter.yaml', extendsUnread: 'no other file is read here', severities: { schema: 'warning' } });
    assert.deepEqual(result.findings.map((finding) => finding.severity), ['warning']);
  });

  it('reads a catalog once for the charters that share the reads, each charter getting the findings of its own check', () => {
    const files: Record<string, string> = { '/team/org.yaml': CATALOG };
    const host: CharterHost = { readFile: (file) => files[file] };
    const extendedReads = new Map();
    const undefinedRole = charter('./org.yaml').replace('responsible: captain', 'responsible: pilot');
    for (const text of [charter('./org.yaml'), undefinedRole, charter('./org.yaml')]) {
      const shared = checkText(text, { path: '/team/charter.yaml', host, extendedReads });
      const alone = checkText(text, { path: '/team/charter.yaml', host });
      assert.deepEqual(shared.findings.map((f) => [f.rule, f.message, f.range]), alone.findings.map((f) => [f.rule, f.message, f.range]));
    }
    assert.equal(extendedReads.size, 1);
    // The catalog changed on disk: its new text is read, not the one read before.
    files['/team/org.yaml'] = 'roles:\n  pilot:\n    title: Pilot\n';
    assert.deepEqual(checkText(undefinedRole, { path: '/team/charter.yaml', host, extendedReads }).findings.filter((f) => f.rule === 'role-undefined').map((f) => f.message), [
      'Role "captain" is not defined. Define it under "roles:", or name a role that is defined.',
    ]);
  });
});
