import * as assert from 'node:assert/strict';
import {
  AMBIGUOUS_SHORT_FORMS,
  findLibraryRole,
  findShortForm,
  LIBRARY_ROLES,
  libraryRoleMarkdown,
  libraryRolesMissingFrom,
  shortFormMarkdown,
} from '../../server/src/core/roles';
import { checkText } from '../../server/src/core/check';

const titleOf = (names: string[]) => findLibraryRole(names)?.title;

describe('role library data', () => {
  const required = [
    'Product Manager',
    'Engineering Manager',
    'Technical Architect',
    'Program Manager',
    'Project Manager',
    'Technical Program Manager',
    'Product Owner',
    'Scrum Master',
    'Technical Product Manager',
    'Lead Product Manager',
    'Product Marketing Manager',
    'Software Engineer',
    'Business Analyst',
    'Directly Responsible Individual',
  ];

  it('has an entry for every role the issue asks for', () => {
    assert.deepEqual(required.filter((title) => !LIBRARY_ROLES.some((role) => role.title === title)), []);
  });

  for (const role of LIBRARY_ROLES) {
    describe(role.title, () => {
      it('fills every descriptive field', () => {
        assert.match(role.key, /^[a-z]+(-[a-z]+)*$/);
        assert.equal(role.summary.match(/[.!?](\s|$)/g)?.length, 2, 'a two-sentence summary');
        assert.ok(role.typicallyAccountableFor.length > 0 && role.typicallyAccountableFor.every((item) => item.trim()));
        assert.ok(role.typicallyNotOwns.length > 0 && role.typicallyNotOwns.every((item) => item.trim()));
        assert.ok(role.confusedWith.length > 0);
        assert.ok(role.sources.length > 0);
        assert.ok(role.disagreements.every((text) => text.trim()));
        assert.ok(role.aliases.every((alias) => alias.trim()));
      });

      it('is confused only with roles the library has, each with a difference', () => {
        for (const other of role.confusedWith) {
          assert.ok(LIBRARY_ROLES.some((candidate) => candidate.title === other.role && candidate !== role), other.role);
          assert.ok(other.difference.trim().length > 10, other.role);
        }
      });

      it('credits every source by author and site', () => {
        for (const source of role.sources) {
          assert.ok(source.author.trim() && source.site.trim());
        }
      });

      it('matches itself by title and by every alias', () => {
        assert.equal(titleOf([role.title]), role.title);
        for (const alias of role.aliases) assert.equal(titleOf([alias]), role.title, alias);
      });
    });
  }

  it('gives every key, title and alias to one entry only', () => {
    const names = LIBRARY_ROLES.flatMap((role) => [role.title, ...role.aliases].map((name) => name.toLowerCase()));
    assert.equal(new Set(names).size, names.length);
    assert.equal(new Set(LIBRARY_ROLES.map((role) => role.key)).size, LIBRARY_ROLES.length);
  });

  it('says where the texts disagree on who owns "when" for the product manager', () => {
    const pm = LIBRARY_ROLES.find((role) => role.key === 'product-manager')!;
    assert.ok(pm.disagreements.some((text) => text.includes('"when"') && text.includes('Brown') && text.includes('Sharma')));
  });

  it('uses no ambiguous short form as an alias', () => {
    for (const role of LIBRARY_ROLES) for (const alias of role.aliases) assert.equal(findShortForm(alias), undefined, alias);
  });

  it('expands every short form to library entries', () => {
    for (const form of AMBIGUOUS_SHORT_FORMS) {
      for (const expansion of form.expansions) assert.ok(LIBRARY_ROLES.some((role) => role.title === expansion), expansion);
    }
  });
});

describe('findLibraryRole', () => {
  it('ignores case, punctuation and extra white space', () => {
    assert.equal(titleOf(['product manager']), 'Product Manager');
    assert.equal(titleOf(['PRODUCT   MANAGER']), 'Product Manager');
    assert.equal(titleOf(['Product-Owner']), 'Product Owner');
    assert.equal(titleOf(['**Scrum Master**']), 'Scrum Master');
    assert.equal(titleOf(['Product Manager, Technical']), 'Technical Product Manager');
    assert.equal(titleOf(['d.r.i.']), 'Directly Responsible Individual');
  });

  it('looks past seniority prefixes', () => {
    assert.equal(titleOf(['Senior Product Manager']), 'Product Manager');
    assert.equal(titleOf(['Sr. Engineering Manager']), 'Engineering Manager');
    assert.equal(titleOf(['Staff Software Engineer']), 'Software Engineer');
    assert.equal(titleOf(['Principal Architect']), 'Technical Architect');
    assert.equal(titleOf(['Senior Staff Engineer']), 'Software Engineer');
    assert.equal(titleOf(['Lead Engineer']), 'Software Engineer');
  });

  it('keeps Lead Product Manager as its own entry', () => {
    assert.equal(titleOf(['Lead Product Manager']), 'Lead Product Manager');
    assert.equal(titleOf(['Senior Lead Product Manager']), 'Lead Product Manager');
    assert.equal(titleOf(['lead product-manager']), 'Lead Product Manager');
  });

  it('matches nothing for an ambiguous short form, however it is dressed', () => {
    for (const text of ['PM', 'pm', 'P.M.', 'TPM', 'Senior PM', 'Lead PM', 'Sr. TPM']) assert.equal(findLibraryRole([text]), undefined, text);
  });

  it('matches nothing for a seniority word alone or a title it does not know', () => {
    for (const text of ['Senior', 'Lead', 'Payments Lead', 'Head of Product', 'Product', 'Manager', 'Product Manager Intern']) {
      assert.equal(findLibraryRole([text]), undefined, text);
    }
  });

  it('falls back from an ambiguous title to an alias', () => {
    assert.equal(titleOf(['PM', 'Product Manager']), 'Product Manager');
    assert.equal(titleOf(['TPM', 'Technical Program Manager']), 'Technical Program Manager');
  });

  it('tells the three PMs and the two TPMs apart once written out', () => {
    assert.equal(titleOf(['Program Manager']), 'Program Manager');
    assert.equal(titleOf(['Project Manager']), 'Project Manager');
    assert.equal(titleOf(['Technical Product Manager']), 'Technical Product Manager');
    assert.equal(titleOf(['Technical Program Manager']), 'Technical Program Manager');
  });
});

describe('libraryRoleMarkdown', () => {
  for (const role of LIBRARY_ROLES) {
    it(`shows ${role.title}'s summary, accountabilities, confusions and sources`, () => {
      const markdown = libraryRoleMarkdown(role);
      const plain = markdown.replace(/\\(.)/g, '$1');
      assert.ok(plain.includes(role.summary), 'summary');
      for (const item of role.typicallyAccountableFor) assert.ok(plain.includes(item), item);
      assert.ok(plain.includes('Not to be confused with'));
      for (const other of role.confusedWith) assert.ok(plain.includes(`${other.role}*: ${other.difference}`), other.role);
      for (const source of role.sources) assert.ok(plain.includes(`${source.author}, ${source.site}`), source.author);
      if (role.disagreements.length > 0) {
        assert.ok(plain.includes('Where sources disagree'));
        for (const text of role.disagreements) assert.ok(plain.includes(text), text);
      } else {
        assert.ok(!plain.includes('Where sources disagree'));
      }
    });
  }

  it('shows the product manager\'s "when" disagreement in the hover', () => {
    const markdown = libraryRoleMarkdown(findLibraryRole(['Product Manager'])!);
    assert.match(markdown, /Where sources disagree:\*\*\n- Who owns "when"/);
  });
});

describe('shortFormMarkdown', () => {
  it('lists what PM can mean, with a gist of each', () => {
    const markdown = shortFormMarkdown('PM');
    assert.match(markdown, /\*\*PM\*\* is ambiguous/);
    for (const title of ['Product Manager', 'Program Manager', 'Project Manager']) assert.ok(markdown.includes(`- **${title}**: `), title);
    assert.match(markdown, /Ben Balter/);
  });

  it('lists both TPMs', () => {
    const markdown = shortFormMarkdown(findShortForm('tpm')!);
    assert.ok(markdown.includes('- **Technical Program Manager**: '));
    assert.ok(markdown.includes('- **Technical Product Manager**: '));
  });

  it('is empty for a title that is not a short form', () => {
    assert.equal(shortFormMarkdown('Product Manager'), '');
  });
});

describe('libraryRolesMissingFrom', () => {
  it('offers the library roles a list of titles does not have yet, in library order', () => {
    const missing = libraryRolesMissingFrom(['Senior Product Manager', 'EM', 'PM']).map((role) => role.title);
    assert.ok(!missing.includes('Product Manager'));
    assert.ok(!missing.includes('Engineering Manager'));
    assert.ok(missing.includes('Program Manager'), 'PM matches no entry, so Program Manager is still missing');
    assert.equal(missing.length, LIBRARY_ROLES.length - 2);
    assert.deepEqual(missing, LIBRARY_ROLES.filter((role) => missing.includes(role.title)).map((role) => role.title));
  });

  it('reads a charter\'s roles by title, alias and id', () => {
    const { roles } = checkText(
      ['team: Payments', 'roles:', '  po:', '    title: Owner', '    aliases: [Product Owner]', '  scrum-master:', '    title: Facilitator', ''].join('\n'),
      { format: 'yaml' },
    );
    const missing = libraryRolesMissingFrom(roles).map((role) => role.title);
    assert.ok(!missing.includes('Product Owner'));
    assert.ok(!missing.includes('Scrum Master'));
    assert.ok(missing.includes('Product Manager'));
  });
});
