// One small charter written in each form the contract allows (contract §3: matrix, assignment table,
// sub-headings; §2: YAML), so a rule can be shown to behave the same in all of them.
import { kebabCase } from '../../server/src/core/normalize';
import type { Format } from './charter';

export type CharterForm = 'matrix' | 'assignment-table' | 'heading' | 'yaml';
export const CHARTER_FORMS: readonly CharterForm[] = ['matrix', 'assignment-table', 'heading', 'yaml'];

export interface ResponsibilitySpec {
  name: string;
  /** Reference (a role title, as a Markdown charter writes it) -> RACI letters, e.g. "A/R". */
  letters: Record<string, string>;
}

export interface CharterSpec {
  /** Role titles; undefined for a charter with implicit roles (no Roles section, no `roles:`). */
  roles?: string[];
  responsibilities: ResponsibilitySpec[];
}

export function formatOf(form: CharterForm): Format {
  return form === 'yaml' ? 'yaml' : 'markdown';
}

/** How a form writes a reference: YAML by the role's id when the role is defined, Markdown by title. */
export function writtenReference(form: CharterForm, spec: CharterSpec, reference: string): string {
  return form === 'yaml' && spec.roles?.includes(reference) ? kebabCase(reference) : reference;
}

const LABELS = [
  ['A', 'Accountable', 'accountable'],
  ['R', 'Responsible', 'responsible'],
  ['C', 'Consulted', 'consulted'],
  ['I', 'Informed', 'informed'],
] as const;

function holders(responsibility: ResponsibilitySpec, letter: string): string[] {
  return Object.entries(responsibility.letters)
    .filter(([, letters]) => letters.toUpperCase().includes(letter))
    .map(([reference]) => reference);
}

function markdownRoles(spec: CharterSpec): string[] {
  if (!spec.roles) return [];
  return ['## Roles', '', ...spec.roles.map((title) => `- **${title}**: does the ${title.toLowerCase()} work.`), ''];
}

export function renderCharter(form: CharterForm, spec: CharterSpec): string {
  if (form === 'yaml') return renderYaml(spec);
  const out = ['# Payments', '', ...markdownRoles(spec), '## Responsibilities', ''];
  if (form === 'matrix') {
    const columns = [...new Set(spec.responsibilities.flatMap((r) => Object.keys(r.letters)))];
    out.push(`| Responsibility | ${columns.join(' | ')} |`, `| --- | ${columns.map(() => '---').join(' | ')} |`);
    for (const r of spec.responsibilities) out.push(`| ${r.name} | ${columns.map((c) => r.letters[c] ?? '').join(' | ')} |`);
  } else if (form === 'assignment-table') {
    out.push(`| Responsibility | ${LABELS.map(([, label]) => label).join(' | ')} |`, `| --- | --- | --- | --- | --- |`);
    for (const r of spec.responsibilities) out.push(`| ${r.name} | ${LABELS.map(([letter]) => holders(r, letter).join(', ')).join(' | ')} |`);
  } else {
    for (const r of spec.responsibilities) {
      out.push(`### ${r.name}`, '');
      for (const [letter, label] of LABELS) {
        const names = holders(r, letter);
        if (names.length > 0) out.push(`- ${label}: ${names.join(', ')}`);
      }
      out.push('');
    }
  }
  return out.join('\n').replace(/\n*$/, '\n');
}

function renderYaml(spec: CharterSpec): string {
  const out = ['team: Payments'];
  if (spec.roles) {
    out.push('roles:');
    for (const title of spec.roles) out.push(`  ${kebabCase(title)}:`, `    title: ${title}`);
  }
  out.push('responsibilities:');
  for (const r of spec.responsibilities) {
    out.push(`  - name: ${r.name}`);
    for (const [letter, , key] of LABELS) {
      const names = holders(r, letter).map((reference) => writtenReference('yaml', spec, reference));
      if (names.length === 1) out.push(`    ${key}: ${names[0]}`);
      else if (names.length > 1) out.push(`    ${key}: [${names.join(', ')}]`);
    }
  }
  return out.join('\n') + '\n';
}
