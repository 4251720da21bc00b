// A small deterministic PRNG (mulberry32): the fuzz tests and the benchmark's generated charters use
// seeds so that a failing case, or a benchmark input, can be made again exactly.
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How many cases a seeded test runs: `normal` (sized to pass with a wide margin on a loaded 2-core
 * machine, under mocha's timeout), times FUZZ_SCALE when it is set (`FUZZ_SCALE=20 npm test` for a deep
 * run; FUZZ_SEED changes the seed).
 */
export function fuzzCases(normal: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? 1);
  return Number.isFinite(scale) && scale > 0 ? Math.max(1, Math.round(normal * scale)) : normal;
}

/** The seed of a seeded test: FUZZ_SEED when set, else the test's own. */
export function fuzzSeed(fixed = 20240611): number {
  const seed = Number(process.env.FUZZ_SEED);
  return process.env.FUZZ_SEED !== undefined && Number.isFinite(seed) ? seed : fixed;
}

/**
 * A keystroke at `at` as the seeded charter edits write it: with `pick` below 0.35 the character there is
 * deleted, below 0.55 replaced by `word`, otherwise `word` is written before it (nothing is deleted at a
 * line break or the end).
 */
export function typedAt(text: string, at: number, pick: number, word: string): string {
  const breakAt = text[at] === '\n' || text[at] === '\r' || at >= text.length;
  if (pick < 0.35 && !breakAt) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + word + text.slice(at + (pick < 0.55 && !breakAt ? 1 : 0));
}
