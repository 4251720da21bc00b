// A charter's roles as read: definitions, and the references responsibilities make to them.
import type { Range, Span } from './positions';

export interface RoleDefinition {
  /** Explicit id, or the title in kebab-case. */
  id: string;
  /** Where an explicit id is written (YAML key, `pm` code span, Id column or `Id:` line). */
  idRange?: Range;
  title: string;
  /** Range of the title text; diagnostics on a definition point here. */
  titleRange: Range;
  aliases: Span[];
  description?: string;
  holders: string[];
  /** How it was written; `implicit` for roles a charter without definitions gets from its references. */
  form: 'yaml' | 'list' | 'heading' | 'table' | 'implicit';
  /**
   * Named in a table of people ("Role | Name | Email", a contacts list) rather than defined: it gives the
   * role its holders, and alone it does not make the charter one whose every other name is undefined.
   */
  listedWithPeople?: boolean;
  /**
   * What to delete to remove this definition: whole lines, line break included, so that deleting it
   * leaves the rest of the file intact. Undefined for inherited roles.
   */
  removeRange?: Range;
  /** Why deleting `removeRange` would break the file (an alias elsewhere uses an anchor in it); then no fix removes the role. */
  removeBlocked?: string;
  /** Path of the `extends` file the role came from; undefined for the charter's own roles. */
  inheritedFrom?: string;
}

/** A role named by a responsibility: a matrix header cell, an entry of a list, a YAML value. */
export interface RoleReference {
  /** As written, with surrounding `**`, backticks and white space stripped. */
  text: string;
  range: Range;
  /**
   * Read through a YAML alias of a shared list (`informed: *everyone`): the range is the alias's, so a
   * rename must not write there (the anchored list holds the text); rewrites replace the alias.
   */
  viaAlias?: boolean;
}
