// The equality property of the language server's re-checking: after every edit sent as an incremental
// didChange, the diagnostics it publishes are those a fresh check of the same text gives, and so are
// its code actions. The fresh check is a second server that opens the text anew for each version
// (closing a document drops all the server keeps of it), and for code actions a server started for
// that version alone. Seeded: FUZZ_SEED changes the seed, FUZZ_SCALE the number of
// edits (`FUZZ_SCALE=17` runs 10,200: 2,550 per form).
import * as assert from 'node:assert/strict';
import type { CodeActionParams, Diagnostic, Range } from 'vscode-languageserver-protocol';
import { renderCharter, type CharterForm, type CharterSpec } from '../helpers/forms';
import { InProcessServer } from '../helpers/inProcessServer';
import { fuzzCases, fuzzSeed, rng } from '../helpers/random';
import { EditGenerator, toContentChanges, VALUE_TYPING, type Kind } from '../helpers/randomEdits';

/** A charter with something for most rules to say: two accountable, none, an undefined role, an unused one, RR. */
const SPEC: CharterSpec = {
  roles: ['Product Owner', 'Tech Lead', 'Developer', 'QA Engineer', 'Designer', 'Site Reliability Engineer'],
  responsibilities: [
    { name: 'Set the roadmap', letters: { 'Product Owner': 'A', 'Tech Lead': 'C', Developer: 'I' } },
    { name: 'Design the architecture', letters: { 'Tech Lead': 'A/R', Developer: 'C' } },
    { name: 'Write code', letters: { 'Tech Lead': 'A', Developer: 'R', 'QA Engineer': 'C' } },
    { name: 'Test releases 🧪', letters: { 'QA Engineer': 'A', Developer: 'R', 'Tech Lead': 'A' } },
    { name: 'Review designs', letters: { Designer: 'R', 'Product Owner': 'C' } },
    { name: 'Run production', letters: { 'Site Reliability Engineer': 'A/R', Developer: 'C', Ghost: 'I' } },
    { name: '値の見直し', letters: { 'Product Owner': 'A', Designer: 'R' } },
    { name: 'Plan capacity', letters: { 'Tech Lead': 'A', 'Product Owner': 'R', Developer: 'I' } },
    // A doubled letter: a safe fix, so that fix-all has something to do.
    { name: 'Fix incidents', letters: { 'Site Reliability Engineer': 'A', Developer: 'RR' } },
  ],
};

const FORMS: readonly { form: CharterForm; uri: string; kinds?: readonly Kind[]; label?: string }[] = [
  { form: 'matrix', uri: 'file:///charters/matrix/CHARTER.md' },
  { form: 'heading', uri: 'file:///charters/heading/CHARTER.md' },
  { form: 'assignment-table', uri: 'file:///charters/assignment/CHARTER.md' },
  { form: 'yaml', uri: 'file:///charters/yaml/team.charter.yaml' },
  // Random edits soon leave YAML the fast reader does not read; typing in values keeps it one, so that
  // an entry is read alone after most edits (core/parse/yaml/entries.ts).
  { form: 'yaml', uri: 'file:///charters/typing/team.charter.yaml', kinds: VALUE_TYPING, label: 'yaml, typing in values' },
];

/** Edits per form; FUZZ_SCALE multiplies them. */
const EDITS_PER_FORM = fuzzCases(150);
/** Code actions are compared after one edit in this many, at two places. */
const CODE_ACTIONS_EVERY = 7;
/** Random edits soon leave no table or list to read: after this many, the text is pasted whole again. */
const RESTART_EVERY = 25;
/** The share of edits that follow another without waiting for its diagnostics. */
const BURST_SHARE = 0.15;

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** The requests an editor makes at a place: quick fixes with the diagnostics there, sometimes fix-all. */
function codeActionRequests(uri: string, diagnostics: Diagnostic[], random: () => number): CodeActionParams[] {
  const requests: CodeActionParams[] = [];
  const places: Range[] = [];
  if (diagnostics.length > 0) places.push(diagnostics[Math.floor(random() * diagnostics.length)].range);
  const line = Math.floor(random() * 30);
  places.push({ start: { line, character: 0 }, end: { line, character: 3 } });
  for (const range of places) {
    const there = diagnostics.filter((diagnostic) => overlaps(diagnostic.range, range));
    requests.push({ textDocument: { uri }, range, context: { diagnostics: there, only: ['quickfix'], triggerKind: 1 } });
  }
  if (random() < 0.3) requests.push({ textDocument: { uri }, range: places[0], context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 1 } });
  return requests;
}

/**
 * Runs `work` with performance.now() frozen: the code action budgets then count checks only, so
 * neither server's answer depends on how busy the machine is (their deadlines are the only clock the
 * requests read). Only around the requests, which run no timer.
 */
async function withClockStopped<T>(work: () => Promise<T>): Promise<T> {
  const now = performance.now;
  const frozen = now.call(performance);
  performance.now = () => frozen;
  try {
    return await work();
  } finally {
    performance.now = now;
  }
}

describe('incremental re-checking: every edit gives what a fresh check gives', function () {
  let edited: InProcessServer;
  let fresh: InProcessServer;
  before(async () => {
    edited = await InProcessServer.start();
    fresh = await InProcessServer.start();
  });

  after(async () => {
    await edited?.stop();
    await fresh?.stop();
  });

  for (const [formIndex, { form, uri, kinds, label }] of FORMS.entries()) {
    it(`${label ?? form}: ${EDITS_PER_FORM} random edits through didChange, diagnostics and code actions equal to a fresh check`, async () => {
      const seed = fuzzSeed(22_000 + formIndex);
      const random = rng(seed);
      const edits = new EditGenerator(random, undefined, kinds);
      let text = renderCharter(form, SPEC);
      let version = 1;
      await edited.open(uri, version, text);
      let comparedActions = 0;
      let nonEmpty = 0;
      for (let step = 1; step <= EDITS_PER_FORM; step++) {
        // Now and then a keystroke comes before the one after it: only the last version need be published,
        // and a check of the earlier one may be given up half way.
        if (random() < BURST_SHARE) {
          const early = toContentChanges(text, edits.next(text));
          text = early.after;
          version++;
          await edited.change(uri, version, early.contentChanges);
        }
        // Now and then the whole text replaced (select all, paste): the charter starts over from its template.
        const changes = step % RESTART_EVERY === 0 ? [{ start: 0, end: text.length, text: renderCharter(form, SPEC) }] : edits.next(text);
        const { contentChanges, after } = toContentChanges(text, changes);
        text = after;
        version++;
        await edited.change(uri, version, contentChanges);
        await fresh.open(uri, version, text);
        const [mine, theirs] = await Promise.all([edited.diagnosticsAt(uri, version), fresh.diagnosticsAt(uri, version)]);
        const context = () => `seed ${seed}, edit ${step} (${JSON.stringify(contentChanges)}), text:\n${text}`;
        assert.deepEqual(mine.diagnostics, theirs.diagnostics, `diagnostics differ after ${context()}`);
        if (mine.diagnostics.length > 0) nonEmpty++;
        if (step % CODE_ACTIONS_EVERY === 0) {
          // A server started for these requests alone: code actions remember verdicts per document and
          // version, which a reopened document would not wipe.
          const alone = await InProcessServer.start();
          await alone.open(uri, version, text);
          await alone.diagnosticsAt(uri, version);
          for (const params of codeActionRequests(uri, mine.diagnostics, random)) {
            const [ours, reference] = await withClockStopped(() => Promise.all([edited.request('textDocument/codeAction', params), alone.request('textDocument/codeAction', params)]));
            assert.deepEqual(ours, reference, `code actions at ${JSON.stringify(params.range)} (${params.context.only}) differ after ${context()}`);
            comparedActions += Array.isArray(ours) ? ours.length : 0;
          }
          await alone.stop();
        }
        await fresh.close(uri);
      }
      await edited.close(uri);
      // The run exercised something: most versions have findings, and some fixes were compared.
      assert.ok(nonEmpty > EDITS_PER_FORM / 4, `only ${nonEmpty} of ${EDITS_PER_FORM} versions had diagnostics`);
      assert.ok(comparedActions > 0, 'no code action was compared');
    });
  }
});
