// The organisation model: every charter of a run (or a workspace) reduced to what questions across
// charters need (its team, who is accountable and responsible for what, what it declares shared).
// Plain data only, no functions and no parser objects, so that it can be built in a worker thread, sent
// between threads, and kept for thousands of charters at a small cost. Pure: paths are strings the
// caller gives; nothing here reads a file.
import type { Range, Span } from '../model';
import type { Ownership } from '../ownership/model';

/** A role holding a letter in a responsibility. */
export interface OrgRoleName {
  /** The role's id, or the normalised reference text when it resolves to no role. */
  id: string;
  /** The role's title, or the reference as written when it resolves to no role. */
  title: string;
  holders: readonly string[];
}

/** An accountable role, with where its letter is written (the cross-charter findings point there). */
export interface OrgRoleRef extends OrgRoleName {
  /** The cell or list entry that gives the letter. */
  range: Range;
}

export interface OrgResponsibility {
  name: string;
  /** The name as names are compared (normalizeName): case and runs of white space do not count. */
  key: string;
  nameRange: Range;
  accountable: OrgRoleRef[];
  /** Without ranges: nothing points at them, and a workspace holds many. */
  responsible: OrgRoleName[];
  /** The code paths and catalog components it covers, when it names any. */
  covers?: { paths: Span[]; components: Span[] };
}

export interface OrgRole {
  id: string;
  title: string;
  holders: readonly string[];
  /** Where the charter defines it; undefined for inherited and implicit roles. */
  range?: Range;
}

/** A shared responsibility as a catalog charter declares it (`shared:`). */
export interface SharedDeclaration {
  name: string;
  key: string;
  range: Range;
}

export interface OrgCharter {
  /** Absolute path: charters and their `extends` targets are matched by it. */
  path: string;
  team?: string;
  teamRange?: Range;
  /** Absolute paths of the files named in `extends`. */
  extends: string[];
  shared: SharedDeclaration[];
  responsibilities: OrgResponsibility[];
  /** The roles its references resolve against: its own, then inherited ones. */
  roles: OrgRole[];
  /**
   * The team's code-owner handles: the charter's `owners`, or the config file's `teams` entry for its
   * team. `range`: where they are written, in the charter, or in the config file at `path`.
   */
  codeOwners?: { handles: string[]; range?: Range; path?: string };
  /** The team's Backstage group: the charter's `group`, or the config file's for its team (`path`). */
  catalogGroup?: { text: string; range?: Range; path?: string };
}

/** A team charter's responsibility that names a shared responsibility of a catalog it extends. */
export interface SharedClaim {
  charter: OrgCharter;
  responsibility: OrgResponsibility;
}

export interface SharedResponsibility {
  declaration: SharedDeclaration;
  /** The charter whose `shared:` declares it. */
  catalog: OrgCharter;
  /** Every claim, in the order the charters were given. */
  claims: SharedClaim[];
  /**
   * The claims that give it an accountable role, one per team (its first), by team name then path:
   * worked out once when the organisation is built, since every charter's findings ask for it.
   */
  accountable: SharedClaim[];
}

export interface Organisation {
  /** In the order given (the run's file order). */
  charters: OrgCharter[];
  byPath: ReadonlyMap<string, OrgCharter>;
  /** Every declared shared responsibility, catalog by catalog in the order given. */
  shared: SharedResponsibility[];
  /** The shared responsibility a charter's responsibility claims, if it claims one. */
  sharedOf(charter: OrgCharter, responsibility: OrgResponsibility): SharedResponsibility | undefined;
  /** CODEOWNERS and catalog files of the charters' repositories, when a charter covers something. */
  ownership?: Ownership;
}
