// Link reference definitions for a chunk (see chunks.ts): micromark makes `[x]` a link when its
// parser's list of defined labels holds `X`, filled as it reads `[x]: /url` anywhere in the text, and
// read only once the whole text is tokenized. A chunk parsed on its own has only its own definitions, so
// this micromark extension adds the other chunks' ones: a construct tried first at every `[` and `!`
// (before any label can end) that puts them into the parser's list once, and then never matches.
// Outside parseWithDefinitions it does nothing.

/** The part of micromark's tokenizer context this construct uses. */
interface Context {
  parser: { defined: string[] };
}

/** Labels to add to the parser that parses now (set by parseWithDefinitions). */
let pending: readonly string[] = [];
/** The parser they were added to. */
let given: object | undefined;

const addDefinitions = {
  name: 'teamCharterChunkDefinitions',
  tokenize(this: Context, _effects: unknown, _ok: unknown, nok: (code: number | null) => unknown) {
    if (pending.length > 0 && given !== this.parser) {
      given = this.parser;
      this.parser.defined.push(...pending);
    }
    return nok;
  },
};

/** The extension (micromarkExtensions of a unified processor); `add: 'before'` is micromark's default. */
export const definitionsExtension = { text: { 33: addDefinitions, 91: addDefinitions } };

/** Runs `parse` (one remark parse with definitionsExtension) with the labels `defined` taken as defined. */
export function parseWithDefinitions<T>(defined: readonly string[], parse: () => T): T {
  if (defined.length === 0) return parse();
  const outer = pending;
  pending = defined;
  given = undefined;
  try {
    return parse();
  } finally {
    pending = outer;
    given = undefined;
  }
}
