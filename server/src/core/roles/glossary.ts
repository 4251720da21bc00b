// docs/roles.md, rendered from the library data so the published glossary can never drift from what the
// hover shows. scripts/generate-docs.ts writes it; test/roles/docs.test.ts checks the file is current.
import { LIBRARY_ROLES, SOURCES, type LibraryRole, type LibrarySource } from './library';
import { AMBIGUOUS_SHORT_FORMS } from './shortForms';
import { WORK_KINDS } from './boundaries';

function anchor(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function credit(source: LibrarySource): string {
  const name = source.url ? `[${source.site}](${source.url})` : source.site;
  return [source.author, name, source.year].filter(Boolean).join(', ') + (source.title ? `: "${source.title}"` : '');
}

function entrySection(role: LibraryRole): string[] {
  const out = [`## ${role.title}`, ''];
  if (role.aliases.length > 0) out.push(`Also written: ${role.aliases.join(', ')}.`, '');
  out.push(role.summary, '', '**Typically accountable for:**', '');
  out.push(...role.typicallyAccountableFor.map((item) => `- ${item}`), '');
  out.push('**Typically does not own:**', '');
  out.push(...role.typicallyNotOwns.map((item) => `- ${item}`), '');
  out.push('**Not to be confused with:**', '');
  out.push(...role.confusedWith.map((other) => `- [${other.role}](#${anchor(other.role)}): ${other.difference}`), '');
  if (role.disagreements.length > 0) {
    out.push('**Where the sources disagree:**', '');
    out.push(...role.disagreements.map((text) => `- ${text}`), '');
  }
  out.push(`Sources: ${role.sources.map((source) => [source.author, source.site, source.year].filter(Boolean).join(', ')).join('; ')}.`, '');
  return out;
}

export function renderRolesGlossary(): string {
  const byKey = new Map(LIBRARY_ROLES.map((role) => [role.key, role]));
  const out: string[] = [
    '# Role glossary',
    '',
    '<!-- Generated from server/src/core/roles by `npm run docs`; edit the data, not this file. -->',
    '<!-- markdownlint-disable-file MD013 -->',
    '',
    'The built-in role library behind role hovers, role completion, `role-ambiguous` and `role-boundary`.',
    'Each entry summarises, in our own words, what public texts on product and engineering roles say the',
    'role usually owns. Organisations differ; where the texts disagree, the entry says so.',
    '',
    '## Contents',
    '',
    ...LIBRARY_ROLES.map((role) => `- [${role.title}](#${anchor(role.title)})`),
    '- [Ambiguous short forms](#ambiguous-short-forms)',
    '- [Conventional owners (role-boundary)](#conventional-owners-role-boundary)',
    '- [Sources](#sources)',
    '',
  ];
  for (const role of LIBRARY_ROLES) out.push(...entrySection(role));

  out.push('## Ambiguous short forms', '', 'A role written only as one of these is flagged by `role-ambiguous`.', '');
  out.push('| Short form | Can mean | Why |', '| --- | --- | --- |');
  for (const form of AMBIGUOUS_SHORT_FORMS) out.push(`| ${form.short} | ${form.expansions.join(', ')} | ${form.note} |`);
  out.push('');

  out.push('## Conventional owners (role-boundary)', '');
  out.push('The work `role-boundary` recognises, and who the library says usually owns it.', '');
  out.push('| Work | Usual owner | Also usual | Source |', '| --- | --- | --- | --- |');
  for (const kind of WORK_KINDS) {
    const owner = byKey.get(kind.owner)?.title ?? kind.owner;
    const also = kind.alsoUsual.map((key) => byKey.get(key)?.title ?? key).join(', ') || '—';
    out.push(`| ${kind.label} | ${owner} | ${also} | ${[kind.source.author, kind.source.site, kind.source.year].filter(Boolean).join(', ')} |`);
  }
  out.push('');

  out.push('## Sources', '');
  out.push(...Object.values(SOURCES).map((source) => `- ${credit(source)}`), '');
  return out.join('\n');
}
