// Ambiguous short forms (contract §5 role-ambiguous) and what each can mean. Rules and fixes read the
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

/** The short form a title or reference is, compared like references (case, white space, dots). */
export function findShortForm(text: string): ShortForm | undefined {
  const key = text.trim().replace(/[.\s]+/g, '').toUpperCase();
  return AMBIGUOUS_SHORT_FORMS.find((form) => form.short.toUpperCase() === key);
}
