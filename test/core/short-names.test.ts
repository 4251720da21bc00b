// Short names of roles (core/shortNames/): which defined role a matrix header or assignment written
// as initials, truncated words, a shorter title or a name beside a role stands for, and when it stands
// for none because several fit or none does.
import * as assert from 'node:assert/strict';
import type { RoleIndex } from '../../server/src/core/resolve';
import { checkMarkdown, lines } from '../helpers/charter';

/** The role index of a charter defining these titles (and using none of them). */
function rolesOf(...titles: string[]): RoleIndex {
  return checkMarkdown(lines('# Team', '## Roles', ...titles.map((title) => `- **${title}**: takes part.`), '## Responsibilities', '### Launch', '- Accountable: Nobody Yet')).roles;
}

/** The title a text reads as, and how; undefined when it reads as no role. */
function reading(roles: RoleIndex, text: string): [string, string | undefined] | undefined {
  const found = roles.read(text);
  return found.role ? [found.role.title, found.how] : undefined;
}

function candidates(roles: RoleIndex, text: string): string[] {
  return roles.read(text).candidates.map((role) => role.title);
}

describe('short names of roles', () => {
  const team = rolesOf(
    'Product Owner',
    'Business Analyst',
    'SAP BTP Architect',
    'Data Migration Lead',
    'Release Manager',
    'Engineering Manager',
    'Developer',
    'Operations',
    'Change Management Lead',
    'Business Intelligence (BI) Engineer',
    'Security Lead',
    'QA Team',
  );

  it('reads initials, with or without dots', () => {
    assert.deepEqual(reading(team, 'PO'), ['Product Owner', 'initials']);
    assert.deepEqual(reading(team, 'BA'), ['Business Analyst', 'initials']);
    assert.deepEqual(reading(team, 'SBA'), ['SAP BTP Architect', 'initials']);
    assert.deepEqual(reading(team, 'DML'), ['Data Migration Lead', 'initials']);
    assert.deepEqual(reading(team, 'P.O.'), ['Product Owner', 'initials']);
  });

  it('reads truncated words, consonant skeletons and mixed forms', () => {
    assert.deepEqual(reading(team, 'Release Mgr'), ['Release Manager', 'shortened words']);
    assert.deepEqual(reading(team, 'Release Mngr'), ['Release Manager', 'shortened words']);
    assert.deepEqual(reading(team, 'Bus. Analyst'), ['Business Analyst', 'shortened words']);
    assert.deepEqual(reading(team, 'Dev'), ['Developer', 'shortened words']);
    assert.deepEqual(reading(team, 'Devs'), ['Developer', 'shortened words']);
    assert.deepEqual(reading(team, 'Ops'), ['Operations', 'shortened words']);
    assert.deepEqual(reading(team, 'Change Mgmt Lead'), ['Change Management Lead', 'shortened words']);
    assert.deepEqual(reading(team, 'EngMgr'), ['Engineering Manager', 'shortened words']);
    assert.deepEqual(reading(rolesOf('Product Manager', 'Project Manager'), 'PdM'), ['Product Manager', 'initials and shortened words']);
  });

  it('reads a shorter title: first words left out, or a last word that only says who', () => {
    const roles = rolesOf('Technical Architect', 'Security Lead', 'QA Team', 'Engineering Manager');
    assert.deepEqual(reading(roles, 'Architect'), ['Technical Architect', 'words left out']);
    assert.deepEqual(reading(roles, 'Arch'), ['Technical Architect', 'shortened words and words left out']);
    assert.deepEqual(reading(roles, 'Security'), ['Security Lead', 'words left out']);
    assert.deepEqual(reading(roles, 'QA'), ['QA Team', 'words left out']);
    assert.deepEqual(reading(roles, 'Engineering'), ['Engineering Manager', 'words left out']);
    assert.equal(reading(roles, 'Sec'), undefined, 'a truncation with its last word left out is two guesses');
  });

  it('reads a word cut to its first four letters or more with a last word that only says who left out', () => {
    const roles = rolesOf('Quantitative Analyst', 'Infrastructure Engineer', 'Security Lead', 'Marketing Manager');
    assert.deepEqual(reading(roles, 'Quant'), ['Quantitative Analyst', 'shortened words and words left out']);
    assert.deepEqual(reading(roles, 'Infra'), ['Infrastructure Engineer', 'shortened words and words left out']);
    assert.equal(reading(roles, 'Sec'), undefined, 'three letters are too few to guess a word and leave another out');
    assert.equal(reading(roles, 'Mktg'), undefined, 'a skeleton of consonants with a word left out is two guesses');
  });

  it("reads the title's own parenthesised abbreviation, and the title without it", () => {
    assert.deepEqual(reading(team, 'BI Engineer'), ['Business Intelligence (BI) Engineer', 'its abbreviation BI']);
    assert.deepEqual(reading(team, 'Business Intelligence Engineer'), ['Business Intelligence (BI) Engineer', 'another spelling']);
  });

  it('reads one of the titles a role gives itself with " / "', () => {
    const roles = rolesOf('Product Owner / Business Lead', 'Engineering Lead');
    assert.equal(reading(roles, 'Product Owner')?.[0], 'Product Owner / Business Lead');
    assert.equal(reading(roles, 'Business Lead')?.[0], 'Product Owner / Business Lead');
  });

  it('reads one of the titles a role gives itself with "/" between single words ("DevOps/SRE")', () => {
    const roles = rolesOf('DevOps/SRE', 'UI/UX Designer', 'Developer');
    assert.deepEqual(reading(roles, 'DevOps'), ['DevOps/SRE', 'another spelling']);
    assert.deepEqual(reading(roles, 'SRE'), ['DevOps/SRE', 'another spelling']);
    assert.equal(reading(roles, 'UI'), undefined, 'a slash inside a longer title joins two words of one title');
  });

  it("reads abbreviations in the document's language, accents folded", () => {
    const roles = rolesOf('Responsable Qualité', 'Leiter Entwicklung', 'Jefe de Proyecto', 'Gerente de Projetos', 'Verantwortlicher Betrieb');
    assert.equal(reading(roles, 'Resp. Qualité')?.[0], 'Responsable Qualité');
    assert.equal(reading(roles, 'Resp. qualite')?.[0], 'Responsable Qualité');
    assert.equal(reading(roles, 'Ltr. Entwicklung')?.[0], 'Leiter Entwicklung');
    assert.equal(reading(roles, 'Jefe de Proy.')?.[0], 'Jefe de Proyecto');
    assert.equal(reading(roles, 'Ger. de Projetos')?.[0], 'Gerente de Projetos');
    assert.equal(reading(roles, 'Verantw. Betrieb')?.[0], 'Verantwortlicher Betrieb');
  });

  it('reads plurals and other spellings: hyphens, spaces, case', () => {
    const roles = rolesOf('DevOps Engineer', 'Business Analyst', 'Developer');
    assert.deepEqual(reading(roles, 'Dev-Ops Engineer'), ['DevOps Engineer', 'another spelling']);
    assert.deepEqual(reading(roles, 'Business Analysts'), ['Business Analyst', 'singular and plural']);
    assert.deepEqual(reading(roles, 'Dev Ops Engineers'), ['DevOps Engineer', 'another spelling']);
    assert.deepEqual(reading(roles, 'Developers'), ['Developer', 'singular and plural']);
  });

  it("reads a person's name beside the role, before, after or in parentheses", () => {
    const roles = rolesOf('Product Manager', 'Tech Lead', 'Designer');
    assert.deepEqual(reading(roles, 'Jules PM'), ['Product Manager', 'PM as initials, "Jules" named beside it']);
    assert.deepEqual(reading(roles, 'PM Jules'), ['Product Manager', 'PM as initials, "Jules" named beside it']);
    assert.deepEqual(reading(roles, 'PM (Jules)'), ['Product Manager', 'PM as initials, "Jules" named beside it']);
    assert.deepEqual(reading(roles, 'Jules - PM'), ['Product Manager', 'PM as initials, "Jules" named beside it']);
    assert.deepEqual(reading(roles, 'Léo Tech Lead'), ['Tech Lead', '"Léo" named beside it']);
    assert.deepEqual(reading(roles, 'Ana Lima Designer'), ['Designer', '"Ana Lima" named beside it']);
  });

  it("reads a holder's name beside a shorter title, and refuses an unknown word there", () => {
    const result = checkMarkdown(
      lines('# Team', '## Roles', '| Role | Who |', '| --- | --- |', '| QA Engineer | Inès Duval |', '| Product Owner | Tom Berg |', '## Responsibilities', '### Launch', '- Accountable: Tom Berg'),
    );
    assert.deepEqual(reading(result.roles, 'Inès QA'), ['QA Engineer', 'QA as words left out, "Inès" named beside it']);
    assert.equal(reading(result.roles, 'Payments QA'), undefined);
    assert.equal(reading(result.roles, 'Payments Engineer'), undefined);
  });

  describe('refuses', () => {
    it('initials two defined roles share: neither is read, both are candidates', () => {
      const roles = rolesOf('Product Owner', 'Project Officer');
      assert.equal(reading(roles, 'PO'), undefined);
      assert.deepEqual(candidates(roles, 'PO'), ['Product Owner', 'Project Officer']);
    });

    it("a truncation that is also the start of another role's word", () => {
      const roles = rolesOf('Developer', 'DevOps');
      assert.equal(reading(roles, 'Dev'), undefined);
      assert.deepEqual(candidates(roles, 'Dev'), ['Developer', 'DevOps']);
    });

    it("a person's name alone, and a word of roles before a short name", () => {
      const roles = rolesOf('Product Manager', 'Data Engineer');
      assert.equal(reading(roles, 'Jules'), undefined);
      assert.equal(reading(roles, 'Data PM'), undefined);
      assert.equal(reading(roles, 'Senior PM'), undefined);
      assert.deepEqual(candidates(roles, 'Jules'), []);
    });

    it('a typo, a single letter, a number, a numbered role', () => {
      const roles = rolesOf('Role 0001', 'Developer', 'Role 2');
      assert.equal(reading(roles, 'Rol 0001'), undefined, 'one letter short is a typo, not an abbreviation');
      assert.equal(reading(roles, 'D'), undefined);
      assert.equal(reading(roles, '2'), undefined);
      assert.equal(reading(roles, 'Dev 2'), undefined);
    });

    it("initials that leave a word out, a word left out in the middle, a title's first words for its last", () => {
      const roles = rolesOf('Product Marketing Manager', 'Release Manager', 'Head of Maintenance');
      assert.equal(reading(roles, 'PM'), undefined);
      assert.equal(reading(roles, 'Product Manager'), undefined);
      assert.equal(reading(roles, 'Head'), undefined);
    });

    it('an audience: "All" is everyone, not the Allocator, and "Team" is not the Team Lead', () => {
      const roles = rolesOf('Allocator', 'Team Lead');
      assert.equal(reading(roles, 'All'), undefined);
      assert.equal(reading(roles, 'Team'), undefined);
    });

    it('an initialism as a truncation ("BA" is no Backend) and a sentence', () => {
      const roles = rolesOf('Backend', 'Product Owner');
      assert.equal(reading(roles, 'BA'), undefined);
      assert.equal(reading(roles, 'The product owner decides what is built next, with the team'), undefined);
    });

    it('PM as a role that is none of its meanings; PM when the charter defines two of them', () => {
      assert.equal(reading(rolesOf('Performance Manager'), 'PM'), undefined);
      assert.deepEqual(reading(rolesOf('Senior Product Manager', 'Engineering Manager'), 'PM'), ['Senior Product Manager', 'initials']);
      const two = rolesOf('Product Manager', 'Project Manager');
      assert.equal(reading(two, 'PM'), undefined);
      assert.deepEqual(candidates(two, 'PM'), ['Product Manager', 'Project Manager']);
    });

    it('a header that names the role in another column: "Architect" beside "Technical Architect" is another architect', () => {
      const result = checkMarkdown(
        lines(
          '# Team',
          '## Roles',
          '- **Technical Architect**',
          '- **Release Manager**',
          '## RACI',
          '| Task | Technical Architect | Architect | Release Mgr |',
          '| --- | --- | --- | --- |',
          '| Design | A/R | C | I |',
        ),
      );
      const architect = result.roles.read('Architect');
      assert.equal(architect.role, undefined);
      assert.deepEqual(architect.excluded.map((role) => role.title), ['Technical Architect']);
      assert.equal(result.roles.resolve('Release Mgr')?.title, 'Release Manager');
    });
  });

  it('is not read where roles are implicit: every reference is a role of its own', () => {
    const result = checkMarkdown(lines('# Team', '## RACI', '| Task | Product Owner | PO |', '| --- | --- | --- |', '| Design | A/R | C |'));
    assert.equal(result.roles.implicit, true);
    assert.equal(result.roles.resolve('PO')?.title, 'PO');
  });
});
