// Ambiguous short forms (docs/rules/role-ambiguous.md) and what each can mean. Rules and fixes read the
// table from here; the hover explains a form with `shortFormMarkdown` (roles/index.ts).
// Only forms the reference texts show being read several ways are listed: PM (Balter calls it
// overloaded) and TPM (technical program vs technical product manager, same author). Unambiguous
// abbreviations (EM, PO, PMM, DRI...) are aliases of their library entry instead.

export interface ShortForm {
  /** As usually written: "PM". */
  short: string;
  /** Full titles it can stand for, most common first. Each is a library entry's title. */
  expansions: string[];
  /** Why it is ambiguous, in one sentence, with its source. */
  note: string;
}

export const AMBIGUOUS_SHORT_FORMS: readonly ShortForm[] = [
  {
    short: 'PM',
    expansions: ['Product Manager', 'Program Manager', 'Project Manager'],
    note: 'PM is read as product, program or project manager, three roles that overlap and vary between organisations (Ben Balter, ben.balter.com, 2021).',
  },
  {
    short: 'TPM',
    expansions: ['Technical Program Manager', 'Technical Product Manager'],
    note: 'TPM usually means technical program manager, but technical product managers use it too, and not every technical product manager has "technical" in the title (Ben Balter, ben.balter.com, 2021; Uxcel).',
  },
];

const SHORT_FORMS_BY_KEY = new Map(AMBIGUOUS_SHORT_FORMS.map((form) => [form.short.toUpperCase(), form]));
const LONGEST_SHORT_FORM = Math.max(...AMBIGUOUS_SHORT_FORMS.map((form) => form.short.length));

/** The characters `\s` matches (white space and line terminators), tested by code for speed. */
function isWhiteSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * The short form a title or reference is, compared like references (case; white space and dots
 * ignored, so "P. M." is PM). The rules ask this for every reference, and most are full titles: those
 * are rejected once they have more letters than any short form, with no regex and no new string (a
 * fraction of the cost of trim + replace + upper-case).
 */
export function findShortForm(text: string): ShortForm | undefined {
  let letters = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 /* . */ || isWhiteSpace(code)) continue;
    letters += text[i];
    if (letters.length > LONGEST_SHORT_FORM) return undefined;
  }
  return SHORT_FORMS_BY_KEY.get(letters.toUpperCase());
}
