// A repository built for the code-ownership tests: two teams' charters that cover code paths and catalog
// components, a CODEOWNERS file whose patterns overlap (the last match wins), and a multi-document
// Backstage catalog. `.git` makes the folder a repository, as on a real checkout.
import { checkText } from '../../server/src/core/check';
import { parseConfigFile } from '../../server/src/core/config/file';
import type { ConfigTeams } from '../../server/src/core/config/teams';
import { RULES } from '../../server/src/core/rules';
import { buildOrganisation, NO_RULES, summarizeCharter } from '../../server/src/core/org/build';
import type { Organisation } from '../../server/src/core/org/model';
import { readOwnership, type RepositoryTexts } from '../../server/src/core/ownership/model';

export const CHECKOUT = `team: Checkout
owners: ['@acme/checkout']
group: checkout
roles:
  em:
    title: Engineering Manager
  eng:
    title: Engineer
responsibilities:
  - name: Payments API
    accountable: em
    responsible: eng
    covers:
      paths: [services/payments/, /web/checkout/**]
      components: [payments-api, api:payments]
  - name: Checkout flow
    accountable: em
    responsible: eng
    covers:
      paths: [/services/cart/]
`;

export const WEB = `---
team: Web
owners: ['@acme/web']
group: group:default/web
---

# Web

## Responsibilities

| Responsibility | Covers                        | Lead | Dev |
| -------------- | ----------------------------- | ---- | --- |
| Storefront 🛒  | \`/web/\`, \`storefront\`         | A    | R   |
| Design system  | \`/design/\`                    | A    | R   |

### Docs site

Accountable: Lead
Responsible: Dev
Covers: \`/docs/\`
`;

export const CODEOWNERS = `# Default owners for everything in the repo.
*                     @acme/platform

# Services: the backend team, then more specific owners below (the last match wins).
/services/            @acme/backend
services/payments/    @acme/payments   # was @acme/checkout until the reorg
/services/cart/       @acme/checkout
/web/                 @acme/web
/web/checkout/        @acme/web @acme/checkout
/web/legacy/          @acme/legacy
/docs/*               @acme/docs
*.md                  docs@acme.example
`;

export const CATALOG = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payments-api
  description: Takes payments.
spec:
  type: service
  owner: group:payments
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: payments
spec:
  type: openapi
  owner: checkout
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: storefront
  namespace: default
spec:
  owner: group:web
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: checkout
spec:
  type: team
`;

/** The repository's files, relative to its root. */
export const REPOSITORY: Record<string, string> = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.github/CODEOWNERS': CODEOWNERS,
  'catalog-info.yaml': CATALOG,
  'teams/checkout.charter.yaml': CHECKOUT,
  'teams/web.charter.md': WEB,
  'services/payments/api.ts': '',
  'services/cart/cart.ts': '',
  'services/search/index.ts': '',
  'web/index.html': '',
  'web/checkout/pay.ts': '',
  'web/legacy/old.js': '',
  'docs/guide.md': '',
  'design/tokens.json': '',
};

/** The config file's `teams` as a charter at the repository's root is given them, read from `text`. */
export function configTeams(text: string, root = '/repo'): ConfigTeams {
  const result = parseConfigFile(text, '.team-charter.yaml', RULES.map((rule) => rule.id));
  if (!result.config) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return { path: `${root}/.team-charter.yaml`, teams: result.config.teams };
}

/** The organisation of the repository's charters at `root`, with its ownership, as the core sees it. */
export function ownedOrganisation(files: Record<string, string> = REPOSITORY, root = '/repo', teams?: ConfigTeams): Organisation {
  const charters = Object.entries(files)
    .filter(([name]) => /charter\.(?:md|yaml)$/.test(name))
    .map(([name, text]) => summarizeCharter(`${root}/${name}`, checkText(text, { path: `${root}/${name}`, severities: NO_RULES }), teams));
  const texts: RepositoryTexts = {
    root,
    codeowners: files['.github/CODEOWNERS'] === undefined ? undefined : { path: `${root}/.github/CODEOWNERS`, text: files['.github/CODEOWNERS'] },
    catalogs: files['catalog-info.yaml'] === undefined ? [] : [{ path: `${root}/catalog-info.yaml`, text: files['catalog-info.yaml'] }],
  };
  return buildOrganisation(charters, readOwnership([texts]));
}
