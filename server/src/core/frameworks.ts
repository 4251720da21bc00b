// RACI's relatives, detected from what the document says of itself (its title, its legend): the
// letters each adds or gives another meaning, what those letters count as when the "exactly one"
// rules run, and the words those rules use.
import type { FrameworkInfo, RaciLetter } from './model';
import { readsAsRaciLetter, type ExtraLetters } from './raci';
import { linesHolding } from './lines';

export interface Framework extends FrameworkInfo {
  /** For the parser: each letter the framework defines, and the RACI letter it counts as (null: none). */
  extra: ExtraLetters;
  /** How a fix writes a RACI letter in this framework's spelling (RAPID's single owner is a D). */
  spelling: Partial<Record<RaciLetter, string>>;
}

const OWNER = { letter: 'A', word: 'accountable' };

export const RACI: Framework = { name: 'RACI', letters: {}, countsAs: {}, extra: new Map(), owner: OWNER, needsResponsible: true, spelling: {} };

interface Known {
  name: string;
  mentioned: RegExp;
  letters: Record<string, [string, RaciLetter | null]>;
  owner?: { letter: string; word: string };
  needsResponsible?: boolean;
  spelling?: Partial<Record<RaciLetter, string>>;
}

const KNOWN: Known[] = [
  { name: 'RACI-VS', mentioned: /(?<![A-Za-z])RACI[- ]?VS(?![A-Za-z])/i, letters: { V: ['Verifier', null], S: ['Signatory', null] } },
  { name: 'RASCI', mentioned: /(?<![A-Za-z])RA?SCI(?![A-Za-z])|(?<![A-Za-z])RACIS(?![A-Za-z])/, letters: { S: ['Support', null] } },
  // DACI: the Driver does the work, the Approver is the single accountable.
  { name: 'DACI', mentioned: /(?<![A-Za-z])DACI(?![A-Za-z])/, letters: { D: ['Driver', 'R'] }, owner: { letter: 'A', word: 'approver' } },
  // RAPID (Bain): every decision has exactly one Decide. Recommend and Perform do the work, Agree and
  // Input are asked; nothing requires a Recommend, so "no responsible role" is not a RAPID mistake.
  // The word alone is common English: the document must also spell out the Decide role.
  {
    name: 'RAPID',
    mentioned: /(?<![A-Za-z])RAPID(?![A-Za-z])(?=[\s\S]*\bDecide)/,
    letters: { R: ['Recommend', 'R'], A: ['Agree', 'C'], P: ['Perform', 'R'], I: ['Input', 'C'], D: ['Decide', 'A'] },
    owner: { letter: 'D', word: 'decider' },
    needsResponsible: false,
    spelling: { A: 'D' },
  },
];

// A legend that declares a letter beyond R, A, C and I by what it means: "S = Support", "**V** – Verifies",
// "| S | Supportive |", "О — Ответственный", "V = Valideur", several on one line ("Legend: R = …, S = …").
// The letter counts as the RACI letter its word names, or as none (support, sign-off, verification).
const DECLARED = /(?<![\p{L}\p{N}])(?:\*\*|__)?(\p{Lu})(?:\*\*|__)?[ \t]*(?:=|:|\||—|–|-(?=[ \t])|\()[ \t]*(?:\*\*|__)?(\p{L}+)/gu;
const MEANINGS: [RegExp, RaciLetter | null][] = [
  [/^(?:исполн|réalis|realis|realiz|durchf|execut|ejecut|esegu|uitvoer|doer|performer|driver)/i, 'R'],
  // German VDMI: V(erantwortlich) is the A, M(itwirkung) the C; R and A themselves are never remapped.
  [/^(?:ответствен|утвержд|approb|aprob|aprov|approv|valid|accountab|rechensch|eindverant|verantw)/i, 'A'],
  [/^(?:консульт|соглас|consult|konsult|geraad|beratend|mitwirk)/i, 'C'],
  [/^(?:информ|уведом|inform|notif|geïnf|geinf)/i, 'I'],
  [/^(?:support|suport|soport|поддерж|unterstütz|sign|verif)/i, null],
];
// A line can declare a letter only where a separator is followed by a meaning word (DECLARED's end).
const MEANING_AFTER_SEPARATOR = new RegExp(String.raw`(?:=|:|\||—|–|-|\()[ \t]*(?:\*\*|__)?(?:${MEANINGS.map(([word]) => word.source.replace(/^\^/, '')).join('|')})`, 'gi');

export function detectFramework(text: string): Framework {
  const mentioned = KNOWN.filter((candidate) => candidate.mentioned.test(text));
  const rapid = mentioned.find((candidate) => candidate.name === 'RAPID');
  // A page comparing the two ("RAPID, unlike RACI, …") is read as the one it names more often.
  if (rapid && count(text, /(?<![A-Za-z])RAPID(?![A-Za-z])/g) > count(text, /(?<![A-Za-z])RACI(?![A-Za-z])/g)) return frameworkOf(rapid.name, [rapid], false);
  return frameworkOf(mentioned[0]?.name, mentioned.filter((candidate) => candidate !== rapid), true, text);
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function frameworkOf(name: string | undefined, known: Known[], legend: boolean, text = ''): Framework {
  const letters: Record<string, string> = {};
  const extra = new Map<string, RaciLetter | null>();
  for (const candidate of known) {
    for (const [letter, [meaning, counts]] of Object.entries(candidate.letters)) {
      letters[letter] = meaning;
      extra.set(letter, counts);
    }
  }
  // The legend pattern matches at every cell of a matrix ("A | R"): it is run only on the lines that can
  // declare a letter.
  for (const line of legend ? linesHolding(text, MEANING_AFTER_SEPARATOR) : []) {
    for (const match of line.matchAll(DECLARED)) {
      const letter = match[1];
      // R, A, C and I (and the capitals of other scripts that cells read as them) keep their RACI meaning.
      if (extra.has(letter) || readsAsRaciLetter(letter)) continue;
      const meaning = MEANINGS.find(([word]) => word.test(match[2]));
      if (!meaning) continue;
      letters[letter] = match[2][0].toUpperCase() + match[2].slice(1);
      extra.set(letter, meaning[1]);
      name ??= 'RACI+' + letter;
    }
  }
  if (extra.size === 0) return RACI;
  const first = known[0];
  return { name: name ?? 'RACI', letters, countsAs: Object.fromEntries(extra), extra, owner: first?.owner ?? OWNER, needsResponsible: first?.needsResponsible ?? true, spelling: first?.spelling ?? {} };
}
