// A charter with nothing in it: the starting point of every parser.
import type { Charter, CharterFormat } from '../model';

export function emptyCharter(format: CharterFormat, text: string): Charter {
  return {
    format,
    text,
    extends: [],
    roles: [],
    responsibilities: [],
    hasRolesSection: false,
    problems: [],
    sections: [],
    defineRole: () => undefined,
  };
}
