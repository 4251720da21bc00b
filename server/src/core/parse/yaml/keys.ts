// The one table of YAML charter keys (docs/format.md, "YAML charters"). The parser's schema checks and the generated JSON
// schema (scripts/generate-schema.ts) both read it, so the editor's schema and the core cannot drift.

/**
 * - `string`: a text scalar;
 * - `references`: a role reference or a list of them (a RACI key);
 * - `strings`: a string or a list of strings;
 * - `roles`: the mapping of role ids to role definitions;
 * - `responsibilities`: the list of responsibilities;
 * - `date`: a calendar date written YYYY-MM-DD;
 * - `covers`: a mapping of `paths` and `components`, each a string or a list of strings.
 */
export type KeyType = 'string' | 'strings' | 'references' | 'roles' | 'responsibilities' | 'date' | 'covers';

export interface KeySpec {
  key: string;
  type: KeyType;
  required: boolean;
  title: string;
  description: string;
}

export const CHARTER_KEYS: readonly KeySpec[] = [
  { key: 'team', type: 'string', required: true, title: 'Team', description: "The team's name." },
  { key: 'mission', type: 'string', required: false, title: 'Mission', description: 'Why the team exists, in a sentence or two.' },
  {
    key: 'extends',
    type: 'strings',
    required: false,
    title: 'Extends',
    description: 'Path or paths of other charters, relative to this file, whose roles this charter inherits.',
  },
  {
    key: 'shared',
    type: 'strings',
    required: false,
    title: 'Shared responsibilities',
    description:
      "The organisation's shared responsibilities, declared in a catalog charter: each needs exactly one accountable team among the charters that extend this one and list a responsibility of that name.",
  },
  {
    key: 'reviewed',
    type: 'date',
    required: false,
    title: 'Last reviewed',
    description: 'When the team last reviewed this charter, written YYYY-MM-DD (rule review-overdue).',
  },
  {
    key: 'review-every',
    type: 'string',
    required: false,
    title: 'Review every',
    description: 'How often the charter is to be reviewed: "6 months", "90 days", "2 weeks", "1 year", quarterly, yearly or P6M (default: 6 months, or the config file\'s).',
  },
  {
    key: 'owners',
    type: 'strings',
    required: false,
    title: 'Code owners',
    description: "The team's code-owner handles, as CODEOWNERS names owners ('@acme/checkout'): what codeowners-mismatch compares with.",
  },
  {
    key: 'group',
    type: 'string',
    required: false,
    title: 'Backstage group',
    description: "The team's group in the Backstage catalog, as an entity's spec.owner names it ('checkout', 'group:default/checkout').",
  },
  { key: 'roles', type: 'roles', required: false, title: 'Roles', description: 'The roles of the team: role id -> definition.' },
  {
    key: 'responsibilities',
    type: 'responsibilities',
    required: false,
    title: 'Responsibilities',
    description: 'What the team does, each with its accountable, responsible, consulted and informed roles.',
  },
];

export const ROLE_KEYS: readonly KeySpec[] = [
  { key: 'title', type: 'string', required: true, title: 'Title', description: "The role's name, as people say it (\"Product Manager\")." },
  { key: 'aliases', type: 'strings', required: false, title: 'Aliases', description: 'Other names references may use for this role.' },
  { key: 'description', type: 'string', required: false, title: 'Description', description: 'What the role is for.' },
  { key: 'holder', type: 'strings', required: false, title: 'Holder', description: 'The person or people who hold the role.' },
];

/** The RACI keys of a responsibility, with the letter each one gives. */
export const RACI_KEYS = [
  { key: 'accountable', letter: 'A' },
  { key: 'responsible', letter: 'R' },
  { key: 'consulted', letter: 'C' },
  { key: 'informed', letter: 'I' },
] as const;

export type RaciKey = (typeof RACI_KEYS)[number]['key'];

export const RESPONSIBILITY_KEYS: readonly KeySpec[] = [
  { key: 'name', type: 'string', required: true, title: 'Name', description: 'What the responsibility is ("Product roadmap").' },
  { key: 'description', type: 'string', required: false, title: 'Description', description: 'What it covers.' },
  {
    key: 'accountable',
    type: 'references',
    required: false,
    title: 'Accountable',
    description: 'The one role that answers for the outcome (a list is accepted so that two can be flagged).',
  },
  { key: 'responsible', type: 'references', required: false, title: 'Responsible', description: 'The role or roles that do the work.' },
  { key: 'consulted', type: 'references', required: false, title: 'Consulted', description: 'Roles asked for their view before it is done.' },
  { key: 'informed', type: 'references', required: false, title: 'Informed', description: 'Roles kept up to date after it is done.' },
  {
    key: 'covers',
    type: 'covers',
    required: false,
    title: 'Covers',
    description: "What it covers in the repository: code paths as CODEOWNERS writes them ('services/payments/') and Backstage catalog components ('payments-api').",
  },
];

/** The keys of a responsibility's `covers` mapping. */
export const COVERS_KEYS: readonly KeySpec[] = [
  { key: 'paths', type: 'strings', required: false, title: 'Paths', description: "Code paths, as CODEOWNERS writes its patterns ('services/payments/', '*.tf')." },
  {
    key: 'components',
    type: 'strings',
    required: false,
    title: 'Components',
    description: "Backstage catalog entities: Component, API, System or Resource ('payments-api', 'api:payments').",
  },
];

/** Front matter of a Markdown charter may carry these; other keys there are not ours and are ignored. */
export const FRONT_MATTER_KEYS: readonly KeySpec[] = CHARTER_KEYS.filter((spec) => ['team', 'mission', 'extends', 'reviewed', 'review-every', 'owners', 'group'].includes(spec.key)).map(
  (spec) => ({ ...spec, required: false }),
);
