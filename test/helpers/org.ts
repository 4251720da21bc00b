// A small organisation of charters, written for the cross-charter tests: a catalog that declares three
// shared responsibilities, and three teams that extend it (Markdown and YAML).
import * as path from 'node:path';
import { checkText } from '../../server/src/core/check';
import { buildOrganisation, summarizeCharter } from '../../server/src/core/org/build';
import type { Organisation } from '../../server/src/core/org/model';

export const CATALOG = `team: Acme Engineering
shared:
  - Payments API
  - Incident response
  - Security reviews
roles:
  lead:
    title: Team Lead
  eng:
    title: Software Engineer
`;

export const PAYMENTS = `---
team: Payments
extends: catalog.charter.yaml
---

# Payments

## Responsibilities

| Responsibility   | Team Lead | Software Engineer |
| ---------------- | --------- | ----------------- |
| Payments API     | A         | R                 |
| On-call rotation | A         | R                 |
`;

export const CHECKOUT = `team: Checkout
extends: catalog.charter.yaml
responsibilities:
  - name: payments  api
    accountable: lead
    responsible: eng
  - name: On-call rotation
    accountable: lead
    responsible: eng
`;

export const SEARCH = `team: Search
extends: catalog.charter.yaml
responsibilities:
  - name: Incident response
    responsible: eng
    consulted: lead
  - name: On-call rotation
    accountable: lead
    responsible: eng
`;

export const ORG_FILES: Record<string, string> = {
  'catalog.charter.yaml': CATALOG,
  'payments.charter.md': PAYMENTS,
  'checkout.charter.yaml': CHECKOUT,
  'search.charter.yaml': SEARCH,
};

/** The organisation of `files` (name -> text) as if they sat in `root`, `extends` read from the same set. */
export function organisationOf(files: Record<string, string>, root = '/org'): Organisation {
  const texts = new Map(Object.entries(files).map(([name, text]) => [path.resolve(root, name), text]));
  const host = { readFile: (file: string) => texts.get(file) };
  return buildOrganisation([...texts].map(([file, text]) => summarizeCharter(file, checkText(text, { path: file, host }))));
}
