// Whether a reference is a short name of one title: each piece of the reference stands for a word of
// the title, in order, as the word itself, its initial or its truncation; the title's linking words may
// be left out, and so may a few others (see `judge`). Titles and references are a few words long, so
// every way of pairing them is tried.
import { joinWithAnd } from '../quote';
import { GROUP_WORDS, HEAD_WORDS, LINKING_WORDS, SENIORITY_WORDS, referencePieces, singular, titleWordLists, type Piece } from './words';

/** How a title was read from a reference, for hovers ("initials"), and how far the reading went. */
export interface TitleReading {
  how: string;
  /** Whether words of the title other than linking and seniority words were left out. */
  partial: boolean;
  /** Lower is closer: the reading that leaves out fewest words, then spells most words in full. */
  cost: number;
}

type Cover = 'same' | 'initial' | 'shortened';
type Outcome = Cover | 'link' | 'drop';

/** Longer references and titles are sentences or lists, not short names. */
const MAX_PIECES = 12;
const MAX_WORDS = 10;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const LETTER = /\p{L}/u;
const DIGIT = /\d/;

/**
 * Whether `short` truncates `word`: the word's first letters, then some of its later consonants
 * ("bus", "arch", "mgr", "mgmt", "ltr", "verantw"), at least two letters shorter ("rol" is a typo of
 * "role", not an abbreviation).
 */
export function truncates(short: string, word: string): boolean {
  if (short.length < 2 || short.length > word.length - 2 || short[0] !== word[0]) return false;
  let common = 1;
  while (common < short.length && short[common] === word[common]) common++;
  let at = common;
  for (let index = common; index < short.length; index++) {
    const char = short[index];
    if (VOWELS.has(char) || !LETTER.test(char)) return false;
    at = word.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** What pieces [from, to) of the reference are of one title word, if anything. */
function cover(pieces: readonly Piece[], from: number, to: number, word: string): Cover | undefined {
  if (to - from > 1) {
    let joined = '';
    for (let index = from; index < to; index++) {
      // A number is a word of its own: "Tier 2" is never "Tier2" run together with its neighbour.
      if (DIGIT.test(pieces[index].text)) return undefined;
      joined += pieces[index].text;
    }
    return joined === word || singular(joined) === singular(word) ? 'same' : undefined;
  }
  const piece = pieces[from];
  if (piece.text === word || singular(piece.text) === singular(word)) return 'same';
  if (piece.initial) return piece.text === word[0] ? 'initial' : undefined;
  // "Devs" shortens "developers" as "Dev" does.
  return truncates(piece.text, word) || truncates(singular(piece.text), word) ? 'shortened' : undefined;
}

/** The closest reading of `words` (one title) from `pieces` (one reference) that `judge` accepts. */
export function readTitle(pieces: readonly Piece[], words: readonly string[]): TitleReading | undefined {
  if (pieces.length === 0 || pieces.length > MAX_PIECES || words.length === 0 || words.length > MAX_WORDS) return undefined;
  const outcomes: Outcome[] = [];
  const runs: number[] = [];
  // Whether a shortened word is its first letters only ("Quant" of "quantitative", not "Mgr" of "manager").
  const cut: boolean[] = [];
  let best: TitleReading | undefined;
  // phase 0: no word covered yet (any word may be left out); 1: covering; 2: only group words left out.
  const walk = (piece: number, index: number, phase: 0 | 1 | 2): void => {
    if (index === words.length) {
      if (piece !== pieces.length) return;
      const reading = judge(pieces, words, outcomes, runs, cut);
      if (reading && (!best || reading.cost < best.cost)) best = reading;
      return;
    }
    const word = words[index];
    const linking = LINKING_WORDS.has(word);
    const step = (outcome: Outcome, nextPiece: number, nextPhase: 0 | 1 | 2, run = 0) => {
      outcomes[index] = outcome;
      runs[index] = run;
      cut[index] = outcome === 'shortened' && nextPiece === piece + 1 && word.startsWith(pieces[piece].text);
      walk(nextPiece, index + 1, nextPhase);
    };
    if (linking) step('link', piece, phase);
    if (phase !== 2) {
      let length = 0;
      for (let end = piece + 1; end <= pieces.length; end++) {
        length += pieces[end - 1].text.length;
        const covered = cover(pieces, piece, end, word);
        if (covered) step(covered, end, 1, length);
      }
    }
    if (linking) return;
    if (phase === 0 || (phase === 1 && SENIORITY_WORDS.has(word))) step('drop', piece, phase);
    else if ((GROUP_WORDS.has(word) || HEAD_WORDS.has(word)) && piece === pieces.length) step('drop', piece, 2);
  };
  walk(0, 0, 0);
  return best;
}

/**
 * Whether a pairing is a reading a person would make. Left out may be: linking words; seniority words;
 * a title's first words when the reference names its last word in full or truncated to three letters or
 * more ("Architect", "Arch" for the Technical Architect); a last word that only says "team" ("QA" for the
 * QA Team), or one that only says "the person" when the rest is in full ("Security" for the Security
 * Lead) or cut to its first four letters or more ("Quant" for the Quantitative Analyst). Initials must
 * be two or more and stand for every other word.
 */
function judge(
  pieces: readonly Piece[],
  words: readonly string[],
  outcomes: readonly Outcome[],
  runs: readonly number[],
  cut: readonly boolean[],
): TitleReading | undefined {
  let first = -1;
  let head = -1;
  let initials = 0;
  let shortened = 0;
  let same = 0;
  // Shortened words that are only their first four letters or more: one guess, not two, beside a word left out.
  let plainlyCut = true;
  words.forEach((word, index) => {
    if (!LINKING_WORDS.has(word)) head = index;
    const outcome = outcomes[index];
    if (outcome === 'link' || outcome === 'drop') return;
    if (first < 0) first = index;
    if (outcome === 'initial') initials++;
    else if (outcome === 'shortened') {
      shortened++;
      if (!cut[index] || runs[index] < 4) plainlyCut = false;
    } else same++;
  });
  if (first < 0) return undefined;
  let leading = 0;
  let trailing = 0;
  let heads = 0;
  words.forEach((word, index) => {
    if (outcomes[index] !== 'drop' || SENIORITY_WORDS.has(word)) return;
    if (index < first) leading++;
    else {
      trailing++;
      if (!GROUP_WORDS.has(word)) heads++;
    }
  });
  const onlyInitials = same === 0 && shortened === 0;
  if (onlyInitials && pieces.length < 2) return undefined;
  // "Security" for the Security Lead: one such word, and the rest in full or plainly cut ("Quant").
  if (heads > 1 || (heads === 1 && (initials > 0 || (shortened > 0 && !plainlyCut)))) return undefined;
  if (leading > 0) {
    if (trailing > 0 || initials > 0) return undefined;
    const headOutcome = outcomes[head];
    if (headOutcome !== 'same' && !(headOutcome === 'shortened' && runs[head] >= 3)) return undefined;
  }
  if (pieces.length === 1 && shortened === 1 && pieces[0].text.length < 3) return undefined;
  const parts: string[] = [];
  if (initials > 0) parts.push('initials');
  if (shortened > 0) parts.push('shortened words');
  if (leading + trailing > 0) parts.push('words left out');
  return {
    how: parts.length > 0 ? joinWithAnd(parts) : 'another spelling',
    partial: leading + trailing > 0,
    cost: leading * 4 + trailing * 3 + initials + shortened * 0.5,
  };
}

/** Whether a reference reads as a short name of one title, whatever other roles there are. */
export function shortNameOf(reference: string, title: string): boolean {
  const pieces = referencePieces(reference);
  return titleWordLists(title).some(({ words }) => readTitle(pieces, words) !== undefined);
}
