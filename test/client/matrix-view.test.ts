// The matrix view's HTML, drawn from the server's picture of a charter: what the webview shows.
import * as assert from 'node:assert/strict';
import { matrixBodyHtml, matrixPageHtml, organisationHtml } from '../../client/src/matrixHtml';
import { buildOrganisationPicture } from '../../server/src/core/report/organisationPicture';
import { roleLoads } from '../../server/src/core/report/roleLoad';
import { ORG_FILES, organisationOf } from '../helpers/org';
import { checkText } from '../../server/src/core/check';
import { buildCharterPicture } from '../../server/src/core/report/charterPicture';
import { charterSide } from '../../server/src/core/diff/side';
import { matchCharters } from '../../server/src/core/diff/match';
import { pictureChanges } from '../../server/src/core/diff/view';

const CHARTER = `# Payments

## Roles

- **Product Manager** \`pm\`: the why.
- **<script>alert(1)</script> Lead** \`lead\`: the how.

## Responsibilities

| Responsibility | Product Manager | <script>alert(1)</script> Lead |
| -------------- | --------------- | ------------------------------ |
| **Planning**   |                 |                                |
| Roadmap 🚀     | A/R             | C                              |
| Releases       | A               | A                              |
`;

function pictureOf(text: string) {
  const result = checkText(text, { path: 'team.charter.md' });
  return buildCharterPicture({ file: 'team.charter.md', result, findings: result.findings });
}

/** The element of the body whose opening tag contains `marker`. */
function tagWith(html: string, marker: string): string {
  const at = html.indexOf(marker);
  assert.ok(at >= 0, `no ${marker} in ${html}`);
  return html.slice(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
}

describe('matrix view HTML', () => {
  const html = matrixBodyHtml(pictureOf(CHARTER), 'team.charter.md');

  it('escapes every text of the user (a role title with a script tag)', () => {
    assert.ok(!html.includes('<script>'), html);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; Lead/);
  });

  it('marks the row with two accountable roles with its message, and each letter is coloured by its letter', () => {
    const releases = tagWith(html, '>Releases');
    assert.match(releases, /class="name finding error" title="[^"]*Releases[^"]*accountable/);
    assert.match(html, /<span class="l l-A">A<\/span><span class="l l-R">R<\/span>/);
    assert.match(html, /<h2>Findings<\/h2>/);
  });

  it('gives each cell the source position a click jumps to, in UTF-16 code units after an emoji', () => {
    const lines = CHARTER.split('\n');
    const roadmapLine = lines.findIndex((line) => line.startsWith('| Roadmap'));
    const cell = tagWith(html, 'aria-label="Product Manager: A/R"');
    // "| Roadmap 🚀     | A/R": the emoji is two UTF-16 code units.
    assert.match(cell, new RegExp(`data-line="${roadmapLine}" data-character="${lines[roadmapLine].indexOf('A/R')}"`));
    assert.equal(lines[roadmapLine].indexOf('A/R'), 19);
  });

  it('shows group rows and per-role totals of A and R', () => {
    assert.match(html, /<tr class="group"><th colspan="3" scope="rowgroup">Planning<\/th><\/tr>/);
    assert.match(html, /<tr><th scope="row">Accountable \(A\)<\/th><td>2<\/td><td>1<\/td><\/tr>/);
    assert.match(html, /<tr><th scope="row">Responsible \(R\)<\/th><td>1<\/td><td>0<\/td><\/tr>/);
  });

  it('says when a file is not checked as a charter', () => {
    assert.match(matrixBodyHtml(undefined, 'README.md'), /README\.md<\/h1><p class="muted">This file is not checked as a charter/);
  });

  it('allows only its own style and script, by nonce', () => {
    const page = matrixPageHtml('<p>x</p>', 'abc123', 'vscode-resource:', 'run()');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)![1];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe/);
    assert.match(page, /<script nonce="abc123">run\(\)<\/script>/);
  });
});

describe('matrix view HTML: the organisation', () => {
  it('draws teams × shared responsibilities, marks a count other than one, and lists the heaviest roles', () => {
    const organisation = organisationOf(ORG_FILES);
    const html = organisationHtml({ shared: buildOrganisationPicture(organisation, (file) => file), loads: roleLoads(organisation.charters), charters: 4 });
    // Payments API: two accountable teams, marked; the row's name goes to its declaration in the catalog.
    assert.match(html, /<th scope="row" data-path="\/org\/catalog.charter.yaml" data-line="2" data-character="4" tabindex="0">Payments API<\/th>.*<td class="bad">2<\/td><\/tr>/);
    assert.match(html, /<th scope="col" title="\/org\/checkout.charter.yaml">Checkout<\/th>/);
    // Payments' Team Lead is accountable for both of its rows: first in the load table.
    assert.match(html, /<h3>Load<\/h3>.*?<tbody>\n<tr><td title="[^"]*">(Checkout|Payments|Search)<\/td><td>Team Lead<\/td><td>2 of 2<\/td>/s);
  });
});

describe('matrix view HTML: compared with HEAD', () => {
  const before = CHARTER.replace('| Releases       | A               | A                              |\n', '| Releases       | A               | R                              |\n| &lt;i&gt;Old&lt;/i&gt; row | A/R             | I                              |\n');
  const side = (text: string) => {
    const result = checkText(text, { path: 'team.charter.md' });
    return charterSide(result, result.findings);
  };
  const after = CHARTER.replace('| Roadmap 🚀     | A/R             | C                              |', '| Roadmap 🚀     | R               | A/C                            |\n| Hiring         | A               | R                              |');
  const picture = pictureOf(after);
  const changes = pictureChanges(picture, matchCharters(side(before), side(after)), 'HEAD');
  const html = matrixBodyHtml(picture, 'team.charter.md', { base: 'HEAD', changes });

  it('says what it compares with, how much changed, and offers the way back to the matrix', () => {
    assert.match(html, /<p class="compare">Compared with HEAD: \d+ ownership changes; changed cells are outlined, with their letters before struck through\. <button class="link" data-action="matrix-only" type="button">Show the matrix only<\/button><\/p>/);
  });

  it('outlines each changed cell with its letters before, and leaves the others alone', () => {
    assert.match(tagWith(html, 'aria-label="Product Manager: R, A/R in HEAD"'), /class="cell changed"/);
    assert.match(html, /<span class="l l-R">R<\/span><span class="was" aria-label="was A\/R">A\/R<\/span><\/td>/);
    // Releases' second role went from R to A.
    assert.match(tagWith(html, 'aria-label="&lt;script&gt;alert(1)&lt;/script&gt; Lead: A, R in HEAD"'), /class="cell changed" title="R in HEAD"/);
    assert.doesNotMatch(tagWith(html, 'aria-label="Product Manager: A"'), /changed/);
  });

  it('badges a new row and lists the rows gone since, escaped', () => {
    assert.match(html, /<tr class="added-row"><th scope="row" class="name"[^>]*>Hiring <span class="badge new">new<\/span><\/th>/);
    assert.match(html, /<h2>Removed since HEAD<\/h2>\n<ul class="removed">\n<li>responsibility <strong>&lt;i&gt;Old&lt;\/i&gt; row<\/strong>: Product Manager \(A\/R\), &lt;script&gt;alert\(1\)&lt;\/script&gt; Lead \(I\)<\/li>/);
    assert.ok(!html.includes('<i>Old</i>'));
  });

  it('says why it cannot compare, and draws the matrix all the same', () => {
    const unavailable = matrixBodyHtml(picture, 'team.charter.md', { base: 'HEAD', unavailable: 'the file is not in a git repository' });
    assert.match(unavailable, /<p class="compare muted">Cannot compare with HEAD: the file is not in a git repository\./);
    assert.match(unavailable, /<table class="matrix"/);
    assert.doesNotMatch(unavailable, /class="cell changed/);
  });
});
