import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { definitionAt, prepareRenameAt, referencesAt, renameAt } from '../../server/src/core/features/navigation';
import { applyEdits } from '../../server/src/core/text';
import { checkAt } from './cursor';
import { lines } from '../helpers/charter';

const YAML = (cursorIn: string) =>
  lines(
    'team: T',
    'roles:',
    '  dl:',
    '    title: Delivery Lead',
    '  ds:',
    '    title: Data Steward',
    'responsibilities:',
    '  - name: Releases',
    '    accountable: dl',
    '    responsible: [dl, ds]',
    '    informed: Delivery Lead',
  ).replace(cursorIn.replace('#', ''), cursorIn.replace('#', '‸'));

function renamed(marked: string, format: 'markdown' | 'yaml', newName: string): string {
  const { result, position, text } = checkAt(marked, format);
  const outcome = renameAt(result, position, newName);
  assert.ok('edits' in outcome, 'error' in outcome ? outcome.error : '');
  const after = applyEdits(text, outcome.edits);
  assert.deepEqual(checkText(after, { format }).findings, [], `renamed text still checks clean:\n${after}`);
  return after;
}

describe('definition, references and rename', () => {
  it('goes from a reference to the role definition and lists every reference once', () => {
    const { result, position } = checkAt(YAML('accountable: d#l'), 'yaml');
    assert.deepEqual(definitionAt(result, position)?.range.start, { line: 3, character: 11 });
    const references = referencesAt(result, position, true)!;
    assert.deepEqual(references.map((location) => location.range.start.line), [3, 8, 9, 10]);
    assert.equal(referencesAt(result, position, false)!.length, 3);
  });

  it('in YAML, renaming the id renames the key and references spelled as the id', () => {
    const after = renamed(YAML('accountable: d#l'), 'yaml', 'lead');
    assert.match(after, /^ {2}lead:$/m);
    assert.match(after, /accountable: lead\n {4}responsible: \[lead, ds\]/);
    assert.match(after, /informed: Delivery Lead/, 'a reference by title still resolves and stays');
  });

  it('renaming a title renames references spelled as the title', () => {
    const after = renamed(YAML('title: Deli#very Lead'), 'yaml', 'Release Lead');
    assert.match(after, /title: Release Lead/);
    assert.match(after, /informed: Release Lead/);
    assert.match(after, /accountable: dl/);
  });

  it('in a Markdown matrix, renames the definition and every header, keeping the bold', () => {
    const marked = lines(
      '# T',
      '',
      '## Roles',
      '',
      '- **Delivery Lead**: ships.',
      '- **Data Steward**: data.',
      '',
      '## Responsibilities',
      '',
      '| Responsibility | **Deli‸very Lead** | Data Steward |',
      '| - | - | - |',
      '| Releases | A/R | C |',
      '| Data | I | A/R |',
    );
    const after = renamed(marked, 'markdown', 'Release Lead');
    assert.equal(after, marked.replace('‸', '').replaceAll('Delivery Lead', 'Release Lead'));
  });

  it('in a Markdown matrix, keeps the emoji a header puts before the role name', () => {
    const marked = lines('## Roles', '', '- **Delivery Lead**: ships.', '- **Data Steward**: data.', '', '## RACI', '', '| Responsibility | 🚀 Delivery Lead | 📊 Data Steward |', '| - | - | - |', '| Releases | A/R | C |', '| Data | I | A/R |');
    const after = renamed(marked.replace('- **Delivery Lead**', '- **Deli‸very Lead**'), 'markdown', 'Release Lead');
    assert.equal(after, marked.replaceAll('Delivery Lead', 'Release Lead'));
  });

  // Failed before: "PO" stayed, and named no role once the Product Owner was the Product Lead.
  it('renaming a title rewrites the short names that no longer stand for it, and keeps those that do', () => {
    const marked = lines(
      '## Roles',
      '',
      '- **Product Ow‸ner**: decides what is built.',
      '- **Tester**: tests.',
      '',
      '## Discovery',
      '',
      '| Work | PO | Tester |',
      '| --- | --- | --- |',
      '| Backlog | A/R | I |',
      '',
      '## Delivery',
      '',
      '| Work | Product Own. | Tester |',
      '| --- | --- | --- |',
      '| Release | A | R |',
    );
    const after = renamed(marked, 'markdown', 'Product Lead');
    assert.match(after, /\| Work \| Product Lead \| Tester \|\n[^]*\| Work \| Product Lead \| Tester \|/);
    const kept = renamed(marked, 'markdown', 'Principal Owner');
    assert.match(kept, /\| Work \| PO \| Tester \|\n[^]*\| Work \| Principal Owner \| Tester \|/, 'PO still stands for the Principal Owner');
  });

  it('refuses a name another role has, but not one that is only a short name of another role', () => {
    const { result, position } = checkAt(lines('## Roles', '', '- **Archi‸vist**', '- **Architect**', '', '## RACI', '', '| Work | Archivist | Architect |', '| --- | --- | --- |', '| Records | A/R | C |'), 'markdown');
    const outcome = renameAt(result, position, 'Arch');
    assert.ok('edits' in outcome, 'error' in outcome ? outcome.error : '');
  });

  it('refuses, with a reason, to rename what is not a role, a role from another file, or to a taken name', () => {
    const notRole = checkAt(YAML('name: Rel#eases'), 'yaml');
    const refused = prepareRenameAt(notRole.result, notRole.position);
    assert.ok('error' in refused && /Only a role can be renamed/.test(refused.error));
    const taken = checkAt(YAML('accountable: d#l'), 'yaml');
    const clash = renameAt(taken.result, taken.position, 'Data Steward');
    assert.ok('error' in clash && /already called 'Data Steward'/.test(clash.error));
    const inherited = checkText(lines('team: T', 'extends: ./org.charter.yaml', 'responsibilities:', '  - name: R', '    accountable: pm', '    responsible: pm'), {
      path: '/virtual/team.charter.yaml',
      host: { readFile: (file) => (file === '/virtual/org.charter.yaml' ? lines('roles:', '  pm:', '    title: Product Manager') : undefined) },
    });
    const onInherited = prepareRenameAt(inherited, { line: 4, character: 18 });
    assert.ok('error' in onInherited && /defined in \/virtual\/org\.charter\.yaml; rename it there/.test(onInherited.error));
    assert.equal(definitionAt(inherited, { line: 4, character: 18 })?.path, '/virtual/org.charter.yaml');
  });
});
