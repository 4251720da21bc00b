// Ambiguous short forms (contract §5 role-ambiguous) and what each can mean. The role library extends
// this table; rules and fixes read it from here.

export interface ShortForm {
  /** As usually written: "PM". */
  short: string;
  /** Full titles it can stand for, most common first. */
  expansions: string[];
}

export const AMBIGUOUS_SHORT_FORMS: readonly ShortForm[] = [
  { short: 'PM', expansions: ['Product Manager', 'Program Manager', 'Project Manager'] },
  { short: 'TPM', expansions: ['Technical Program Manager', 'Technical Product Manager'] },
];

/** The short form a title or reference is, compared like references (case, white space, dots). */
export function findShortForm(text: string): ShortForm | undefined {
  const key = text.trim().replace(/[.\s]+/g, '').toUpperCase();
  return AMBIGUOUS_SHORT_FORMS.find((form) => form.short.toUpperCase() === key);
}
