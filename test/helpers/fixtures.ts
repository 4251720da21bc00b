// Charters more than one test file checks, written once.
import { lines } from './charter';

/** The header row of `paymentsMatrix` and the delimiter rows its tests write under it. */
export const PAYMENTS_HEADER = '| Responsibility | Product Manager | Engineering Manager |';
export const SHORT_DELIMITER = '| --- | --- | --- |';
export const PADDED_DELIMITER = '| -------------- | --------------- | ------------------- |';

/** A Product Manager and an Engineering Manager, and a matrix of `rows` under `delimiter`. */
export function paymentsMatrix(rows: readonly string[], delimiter = SHORT_DELIMITER): string {
  return lines('# Payments', '## Roles', '- **Product Manager**', '- **Engineering Manager**', '## Responsibilities', PAYMENTS_HEADER, delimiter, ...rows);
}

/** The start of a YAML charter of the Payments team: its Product Manager (`pm`) and Engineering Manager (`em`). */
export const PAYMENTS_YAML_ROLES = ['team: Payments', 'roles:', '  pm:', '    title: Product Manager', '  em:', '    title: Engineering Manager'] as const;

/** Two misspellings of one key: each rename is safe alone, both together make a duplicate key. */
export const TWO_MISSPELT_KEYS_YAML = lines(
  'team: Payments',
  'roles:',
  '  pm:',
  '    title: Product Manager',
  'responsibilities:',
  '  - name: Roadmap',
  '    acountable: pm',
  '    accountabel: pm',
  '    responsible: pm',
);

// A Markdown charter with known problems, shared by the tests that drive the server through a client.
// Two accountable roles on "Product roadmap", an undefined "Architect", an invalid cell "x", an unused
// "QA Lead", no accountable role on "Release date", no responsible one on "Budget".
export const PROBLEM_CHARTER_MARKDOWN = [
  '# Payments team',
  '',
  '## Roles',
  '',
  '- **Product Manager** `pm` (aka Product Lead): owns the roadmap and the why.',
  '- **Engineering Manager**: owns the how.',
  '- **QA Lead**: checks quality.',
  '',
  '## Responsibilities',
  '',
  '| Responsibility      | Product Manager | Engineering Manager | Architect |',
  '| ------------------- | :-------------: | :-----------------: | :-------: |',
  '| Product roadmap     | A/R             | A                   | I         |',
  '| Technical direction | I               | C                   | x         |',
  '| Release date        | C               | R                   |           |',
  '| Budget              | I               | A                   |           |',
  '',
].join('\n');

/** A Markdown charter's roles: the Scrum Master (line 7) is in no responsibility (role-unused). */
export const SUPPRESSIONS_ROLES_MARKDOWN = [
  '# Checkout team',
  '',
  '## Roles',
  '',
  '- **Product Manager**: decides what we build next and why.',
  '- **Engineering Manager**: owns how we build it.',
  '- **Scrum Master**: runs the sprint ceremonies.',
];

/** Its matrix: an invalid cell `X` on the roadmap row (raci-invalid). */
export const SUPPRESSIONS_TABLE_MARKDOWN = [
  '## Responsibilities',
  '',
  '| Responsibility  | Product Manager | Engineering Manager |',
  '| --------------- | --------------- | ------------------- |',
  '| Product roadmap | A/R             | X                   |',
  '| Code review     | I               | A/R                 |',
];

/** Two findings to silence with comments: role-unused on the Scrum Master line (7), raci-invalid on the roadmap row. */
export const SUPPRESSIONS_CHARTER_MARKDOWN = lines(...SUPPRESSIONS_ROLES_MARKDOWN, '', ...SUPPRESSIONS_TABLE_MARKDOWN);
