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
