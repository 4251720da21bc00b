// The charters "Team Charter: New Charter" creates: filled in, and free of findings, so that the first
// squiggle a user sees is one they made.
import type { CharterFormat } from '../model';

export const MARKDOWN_TEMPLATE = `# My team charter

One or two sentences on why this team exists and what it is trusted with.

## Roles

- **Product Manager** \`pm\`: decides which problems we solve next and why, and speaks for customers.
- **Engineering Manager** \`em\`: leads the engineers, owns how the work gets done, hiring and growth.
- **Tech Lead** \`tech-lead\`: sets the technical direction and keeps the code and services healthy.

## Responsibilities

| Responsibility      | Product Manager | Engineering Manager | Tech Lead |
| ------------------- | :-------------: | :-----------------: | :-------: |
| Product roadmap     | A/R             | C                   | C         |
| Delivery and hiring | I               | A/R                 | C         |
| Technical direction | I               | C                   | A/R       |
`;

export const YAML_TEMPLATE = `team: My team
mission: One or two sentences on why this team exists and what it is trusted with.
roles:
  pm:
    title: Product Manager
    description: Decides which problems we solve next and why, and speaks for customers.
  em:
    title: Engineering Manager
    description: Leads the engineers, owns how the work gets done, hiring and growth.
  tech-lead:
    title: Tech Lead
    description: Sets the technical direction and keeps the code and services healthy.
responsibilities:
  - name: Product roadmap
    accountable: pm
    responsible: pm
    consulted: [em, tech-lead]
  - name: Delivery and hiring
    accountable: em
    responsible: em
    consulted: tech-lead
    informed: pm
  - name: Technical direction
    accountable: tech-lead
    responsible: tech-lead
    consulted: em
    informed: pm
`;

export function charterTemplate(format: CharterFormat): { text: string; fileName: string } {
  return format === 'yaml' ? { text: YAML_TEMPLATE, fileName: 'team.charter.yaml' } : { text: MARKDOWN_TEMPLATE, fileName: 'team.charter.md' };
}
