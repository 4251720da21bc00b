// Section 7 of `npm run bench`: the organisation of a workspace of 1,000 team charters that extend one
// catalog of shared responsibilities. The server is started on that workspace and one team charter is
// opened; measured: the time until its diagnostics include the cross-charter findings (the whole
// workspace read), and the server's RSS then. Reference: the same charter opened in a workspace that
// holds only it and the catalog (today's per-file check, plus an organisation of two).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { charterText, makeRows, ROLES } from './generate';
import { benchClient, rssMb, type LspClient } from './lsp';
import { median, ms, ratio } from './stats';
import type { BenchRow } from './row';

export const ORG_TEAMS = 1000;
const SHARED = 100;
const RUNS = 3;
const TIMEOUT_MS = 60_000;

const sharedName = (i: number) => `Shared service ${String(i + 1).padStart(3, '0')}`;

function catalogText(): string {
  const roles = ROLES.map((role) => `  ${role.id}:\n    title: ${role.title}\n`).join('');
  const shared = Array.from({ length: SHARED }, (_, i) => `  - ${sharedName(i)}\n`).join('');
  return `team: Engineering\nshared:\n${shared}roles:\n${roles}`;
}

/** Team `i`: 20-60 rows of its own work, two of which are shared responsibilities it is accountable for. */
function teamText(i: number): { name: string; text: string } {
  const rows = makeRows(20 + (i % 41), i + 1);
  rows[0].name = sharedName(i % SHARED);
  rows[1].name = sharedName((i + 7) % SHARED);
  const markdown = i % 2 === 0;
  const body = charterText(markdown ? 'md-matrix' : 'yaml', `Team ${i}`, rows);
  const name = `team-${String(i).padStart(4, '0')}.charter.${markdown ? 'md' : 'yaml'}`;
  // The generated charters define their roles; extending the catalog makes their rows claims.
  const text = markdown ? `---\nextends: ../catalog.charter.yaml\n---\n\n${body}` : `extends: ../catalog.charter.yaml\n${body}`;
  return { name, text };
}

export function writeWorkspace(folder: string, teams: number): string {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(path.join(folder, 'teams'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'catalog.charter.yaml'), catalogText());
  let first = '';
  for (let i = 0; i < teams; i++) {
    const team = teamText(i);
    const file = path.join(folder, 'teams', team.name);
    fs.writeFileSync(file, team.text);
    first ||= file;
  }
  return first;
}

const hasCrossCharter = (params: PublishDiagnosticsParams | undefined) => !!params?.diagnostics.some((d) => String(d.code).startsWith('shared-'));

/**
 * Starts a server on `folder`, opens `file` and waits for its diagnostics (with a cross-charter finding
 * when `crossCharter`), then runs `work`; `opened` is when the file was opened.
 */
async function withOpenCharter<T>(
  server: string,
  folder: string,
  file: string,
  crossCharter: boolean,
  work: (client: LspClient, uri: string, text: string, opened: number) => Promise<T>,
): Promise<T> {
  const client = benchClient({ name: 'team-charter server', command: process.execPath, args: [server, '--stdio'], cwd: folder, rootDir: folder, configuration: () => null });
  try {
    await client.initialize();
    const uri = pathToFileURL(file).href;
    const text = fs.readFileSync(file, 'utf8');
    const opened = performance.now();
    await client.open(uri, text, file.endsWith('.md') ? 'markdown' : 'yaml');
    do await client.nextDiagnostics(uri, undefined, TIMEOUT_MS);
    while (crossCharter && !hasCrossCharter(client.latest.get(uri)));
    return await work(client, uri, text, opened);
  } finally {
    await client.stop();
  }
}

/** Time from opening `file` in a server on `folder` to its diagnostics (with a cross-charter finding if asked); RSS then. */
function timeToDiagnostics(server: string, folder: string, file: string, crossCharter: boolean): Promise<{ ms: number; rss: number | undefined }> {
  return withOpenCharter(server, folder, file, crossCharter, async (client, _uri, _text, opened) => {
    const elapsed = performance.now() - opened;
    // The memory the server keeps once the burst of reading is over: the workspace's other diagnostics
    // are still being sent for a moment after these, and the idle collection follows them, later on a
    // loaded machine.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return { ms: elapsed, rss: rssMb(client.pid) };
  });
}

const KEYSTROKES = 12;

/**
 * Opens `file` in a server on `folder`, waits for its diagnostics (with the cross-charter ones when
 * `crossCharter`), then types a letter after the name of its first shared responsibility and deletes it
 * again, KEYSTROKES times: each time from didChange to the diagnostics of that version that say what the
 * organisation now says of that row (its cross-charter finding gone with the letter, back without it).
 */
function keystrokeTimes(server: string, folder: string, file: string, crossCharter: boolean): Promise<number[]> {
  return withOpenCharter(server, folder, file, crossCharter, async (client, uri, text) => {
    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => candidate.includes(sharedName(0)));
    const character = lines[line]!.indexOf(sharedName(0)) + sharedName(0).length;
    const crossOnRow = (params: PublishDiagnosticsParams) => params.diagnostics.some((d) => String(d.code).startsWith('shared-') && d.range.start.line === line);
    const samples: number[] = [];
    for (let keystroke = 0; keystroke < KEYSTROKES; keystroke++) {
      const typed = keystroke % 2 === 0;
      const version = client.version(uri) + 1;
      const change = typed
        ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
        : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
      await new Promise((resolve) => setTimeout(resolve, 100)); // what the last edit set off settles (not timed)
      const first = client.nextDiagnostics(uri, version, TIMEOUT_MS);
      const started = performance.now();
      await client.change(uri, [change]);
      let params = await first;
      while (crossCharter && crossOnRow(params) === typed) params = await client.nextDiagnostics(uri, version, TIMEOUT_MS);
      samples.push(performance.now() - started);
    }
    return samples;
  });
}

export async function organisationRows(server: string): Promise<BenchRow[]> {
  // Outside the repository: bench/.out is git-ignored, and the server, as `team-charter check`, leaves
  // out what .gitignore ignores.
  const big = path.join(os.tmpdir(), 'team-charter-bench-org');
  const small = path.join(os.tmpdir(), 'team-charter-bench-org-one');
  const opened = writeWorkspace(big, ORG_TEAMS);
  const alone = writeWorkspace(small, 1);
  const org: number[] = [];
  const one: number[] = [];
  const rss: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const measured = await timeToDiagnostics(server, big, opened, true);
    org.push(measured.ms);
    if (measured.rss !== undefined) rss.push(measured.rss);
    one.push((await timeToDiagnostics(server, small, alone, false)).ms);
  }
  const keystroke = await keystrokeTimes(server, big, opened, true);
  const keystrokeAlone = await keystrokeTimes(server, small, alone, false);
  for (const folder of [big, small]) fs.rmSync(folder, { recursive: true, force: true });
  const keystrokeMs = median(keystroke);
  const orgMs = median(org);
  const oneMs = median(one);
  const rssMed = rss.length > 0 ? median(rss) : undefined;
  return [
    {
      measure: `organisation findings, ${ORG_TEAMS} charters in the workspace, one opened (median of ${RUNS})`,
      ours: ms(orgMs),
      reference: `${ms(oneMs)} its own diagnostics, workspace of 2`,
      ratio: ratio(orgMs, oneMs),
      target: '≤ 3 s',
      ok: orgMs <= 3000,
    },
    {
      measure: `server RSS with the organisation of ${ORG_TEAMS} charters read`,
      ours: rssMed === undefined ? 'n/a' : `${rssMed.toFixed(0)} MB`,
      reference: '',
      ratio: '',
      target: '≤ 150 MB',
      ok: rssMed === undefined ? undefined : rssMed <= 150,
    },
    {
      measure: `a keystroke in one of ${ORG_TEAMS} charters: its diagnostics with what the organisation now says (median of ${KEYSTROKES})`,
      ours: ms(keystrokeMs),
      reference: `${ms(median(keystrokeAlone))} the same edit, workspace of 2`,
      ratio: ratio(keystrokeMs, median(keystrokeAlone)),
      target: '≤ 50 ms',
      ok: keystrokeMs <= 50,
    },
  ];
}
