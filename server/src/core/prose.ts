// Whether a piece of text reads as a sentence rather than as a name. Documents about roles are full of
// lines shaped like `Label: value` or `**Label**: text`; a role or a person is a short name, while an
// instruction ("When you decide something"), an answer ("Yes, for small work. Larger work…") or a
// remark is prose. The reader uses this to refuse readings that would turn sentences into roles.

// Words that open a clause or a question, not a name, in the ten languages of words.ts.
const CLAUSE_OPENERS = new Set([
  // English
  'when', 'whenever', 'before', 'after', 'during', 'while', 'if', 'unless', 'for', 'to', 'how', 'who', 'whom', 'what', 'why', 'where',
  'which', 'once', 'until', 'please', 'always', 'never', 'only', 'then', 'do', 'does', 'don’t', "don't", 'yes', 'no', 'this', 'that', 'these', 'those', 'it', 'we', 'you', 'they', 'there', 'here', 'can', 'should', 'must', 'is', 'are',
  // French
  'quand', 'lorsque', 'avant', 'après', 'pendant', 'si', 'pour', 'comment', 'pourquoi', 'où', 'oui', 'non', 'nous', 'vous', 'il', 'elle',
  // German
  'wenn', 'bevor', 'nachdem', 'während', 'falls', 'für', 'wie', 'warum', 'wo', 'wer', 'was', 'ja', 'nein', 'wir', 'sie', 'bitte',
  // Spanish, Portuguese, Italian
  'cuando', 'antes', 'después', 'durante', 'para', 'cómo', 'dónde', 'quién', 'qué', 'sí', 'quando', 'depois', 'se', 'como', 'onde',
  'quem', 'sim', 'não', 'prima', 'dopo', 'per', 'come', 'perché', 'dove', 'chi',
  // Dutch
  'wanneer', 'voordat', 'nadat', 'tijdens', 'als', 'voor', 'hoe', 'waarom', 'waar', 'wie', 'wat', 'nee',
  // Russian
  'когда', 'перед', 'после', 'если', 'для', 'как', 'почему', 'где', 'кто', 'что', 'да', 'нет',
]);

// Imperatives that open an instruction ("Check who is accountable"), when more words follow.
const INSTRUCTION_OPENERS = new Set(['use', 'check', 'make', 'ask', 'see', 'note', 'read', 'find', 'look', 'update', 'add', 'follow', 'keep', 'avoid', 'consult', 'inform']);

// Articles and the infinitive's "to": a name's second word is a noun or "of" ("Head of the Platform").
const SECOND_WORDS_OF_CLAUSES = new Set(['the', 'a', 'an', 'to', 'its', 'their', 'his', 'her', 'your', 'our', 'this', 'that', 'le', 'la', 'les', 'un', 'une', 'der', 'die', 'das', 'ein', 'eine', 'el', 'los', 'las', 'um', 'uma', 'il', 'lo', 'gli', 'het', 'een']);

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom', 'qui', 'que', 'dont', 'welche', 'welcher', 'quien', 'quienes', 'quem', 'cui', 'который', 'которая', 'которые', 'кто']);

/** More words than any role or team name takes. */
const MAX_NAME_WORDS = 6;

/**
 * The text reads as a sentence: it opens like a clause, has more words than a name, or holds a sentence
 * break ("work. Larger") or ends like one. Abbreviations ("Sr. Engineer", "Bus. Analyst") are names.
 */
export function readsAsProse(text: string): boolean {
  const plain = text.replace(/[*_`]/g, '').trim();
  if (plain.length === 0) return false;
  const words = plain.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return true;
  // "IT Lead", "SI Manager": a word in capitals is an abbreviation, whatever it spells in lower case.
  const capitals = /^\p{Lu}{2,}$/u.test(words[0]);
  const first = words[0].toLowerCase().replace(/[,:;!?.]+$/, '');
  if (!capitals && words.length > 1 && CLAUSE_OPENERS.has(first)) return true;
  if (!capitals && words.length > 2 && INSTRUCTION_OPENERS.has(first)) return true;
  if (/^(?:yes|no|oui|non|ja|nein|sí|sim|não|nee|да|нет)[,.!]/i.test(plain)) return true;
  // A full stop, question or exclamation mark after a word of four letters or more, then more text.
  if (/\p{Ll}{4,}[.!?;]\s+\S/u.test(plain)) return true;
  if (/[。！？]./u.test(plain)) return true;
  // "Owns the outcome", "Needs to know": a verb and its object, where a name has a noun.
  if (words.length >= 3 && SECOND_WORDS_OF_CLAUSES.has(words[1].toLowerCase())) return true;
  // "the one who does the work", "celui qui décide": a relative clause after the first word.
  if (words.length >= 3 && words.slice(1).some((word) => RELATIVE_PRONOUNS.has(word.toLowerCase().replace(/[,;:]$/, '')))) return true;
  // Ends like a sentence: "… the people listed." (a single word with a dot is an abbreviation).
  if (words.length >= 3 && /\p{Ll}{2,}[.!?]$/u.test(plain)) return true;
  return false;
}
