// The roles a charter inherits through `extends`, followed transitively through the injected host (each
// file once, so cycles end), and what could not be followed: each refusal becomes a `schema` finding
// (rules/schema.ts). Only the charter's own `extends` values are reported on; a file further up the
// chain is its own charter, whose check reports its values. Two refusals are reported on the charter's
// own value they came through, since only this check sees them: a file further up that is not read
// (outside the workspace, too large, gone…), and the cut at MAX_EXTENDED_FILES.
import * as path from 'node:path';
import type { Charter, CharterFormat, CharterHost, RoleDefinition, Severity, Span } from '../model';
import { formatOfPath, parseCharter } from '../parse';
import type { MarkdownReadOptions } from '../parse/markdown';
import { clipPath } from '../quote';

/**
 * At most this many files are followed through `extends` in one check, so that a long chain (or a link
 * to its own folder: `link/x`, `link/link/x`…, a new path each time) costs a bounded number of reads.
 */
export const MAX_EXTENDED_FILES = 64;

/**
 * Rules whose findings depend on the roles an extended file defines. When some of those files were not
 * read because the chain passed MAX_EXTENDED_FILES (or, in a browser, none is read), their roles are not
 * known: these rules stay silent rather than report a role the unread part defines.
 */
export const NEED_EXTENDED_ROLES: ReadonlySet<string> = new Set(['role-undefined', 'role-ambiguous', 'role-boundary']);

/** An `extends` value that could not be followed (all the way): reported by the `schema` rule. */
export interface ExtendsRefusal {
  /** The charter's own `extends` value. */
  range: Span['range'];
  message: string;
  /** Its default severity when not the schema rule's (`error`): the browser's refusals are information. */
  severity?: Severity;
}

export interface InheritedRoles {
  roles: RoleDefinition[];
  refusals: ExtendsRefusal[];
  /** Whether some extended files' roles are unknown (the chain was cut, or no file is read at all). */
  cut: boolean;
}

export interface ExtendsOptions {
  /** The charter's path; `extends` values are relative to it. */
  path?: string;
  /** Reads `extends` files; without it, `extends` is not followed. */
  host?: CharterHost;
  /**
   * Why this front end reads no other file (the browser build): every `extends` value is reported with
   * it, as information, and the rules that need the extended files' roles (NEED_EXTENDED_ROLES) are off.
   */
  extendsUnread?: string;
  markdown?: MarkdownReadOptions;
  /**
   * Extended charters already read, by format and text, kept by the caller between checks: the
   * organisation's read of a workspace, whose team charters all extend the same catalog, reads it once.
   */
  extendedReads?: Map<string, Charter>;
}

/** How many extended charters `extendedReads` takes at most (their texts are its keys). */
const MAX_EXTENDED_READS = 16;

export function loadInheritedRoles(charter: Charter, options: ExtendsOptions): InheritedRoles {
  if (options.extendsUnread !== undefined && charter.extends.length > 0) {
    const reason = options.extendsUnread;
    // A path is needed to tell two values naming one file apart from two files.
    const chain = new ExtendsChain(options.path || '/charter', { readFile: () => ({ refused: reason }) }, options.markdown, 'info');
    chain.visit(chain.charterPath, charter.extends, undefined);
    return { roles: chain.roles, refusals: chain.refusals, cut: true };
  }
  if (!options.host || !options.path || charter.extends.length === 0) return { roles: [], refusals: [], cut: false };
  const chain = new ExtendsChain(options.path, options.host, options.markdown, undefined, options.extendedReads);
  chain.visit(options.path, charter.extends, undefined);
  return { roles: chain.roles, refusals: chain.refusals, cut: chain.cut };
}

/** One walk up the `extends` chain of a charter. */
class ExtendsChain {
  readonly roles: RoleDefinition[] = [];
  readonly refusals: ExtendsRefusal[] = [];
  cut = false;
  private readonly folder: string;
  private readonly seen: Set<string>;
  /** The charter's own targets: a refusal of one of them is reported on its own value only. */
  private readonly ownTargets = new Set<string>();
  /** The own values a cut was reported on (once each). */
  private readonly cutOwn = new Set<Span>();

  constructor(
    readonly charterPath: string,
    private readonly host: CharterHost,
    private readonly markdown: MarkdownReadOptions | undefined,
    private readonly severity?: Severity,
    private readonly reads?: Map<string, Charter>,
  ) {
    this.folder = path.dirname(charterPath);
    this.seen = new Set([path.resolve(charterPath)]);
  }

  private report(entry: Span, message: string): void {
    this.refusals.push({ range: entry.range, message, ...(this.severity ? { severity: this.severity } : {}) });
  }

  /** How a file up the chain is named in a message about the own value `own`: "it", or its path. */
  private via(own: Span, from: string): string {
    return path.resolve(this.folder, own.text) === from ? 'it' : `'${clipPath(path.relative(this.folder, from).split(path.sep).join('/'))}'`;
  }

  visit(from: string, extendsList: readonly Span[], own: Span | undefined): void {
    if (!own) for (const entry of extendsList) this.ownTargets.add(path.resolve(path.dirname(from), entry.text));
    for (const entry of extendsList) {
      const target = path.resolve(path.dirname(from), entry.text);
      if (this.seen.has(target)) continue;
      if (this.seen.size > MAX_EXTENDED_FILES) {
        this.reportCut(from, entry, own);
        continue;
      }
      this.seen.add(target);
      const text = this.host.readFile(target);
      if (typeof text !== 'string') {
        const why = text?.refused ?? 'it cannot be read';
        if (!own) this.report(entry, `Not following extends '${clipPath(entry.text)}': ${why}.`);
        else if (!this.ownTargets.has(target)) {
          this.report(own, `Not following all of extends '${clipPath(own.text)}': ${this.via(own, from)} extends '${clipPath(entry.text)}', which is not read: ${why}.`);
        }
        continue;
      }
      const parent = this.read(text, formatOfPath(target));
      if (parent.notACharter) {
        // A catalog entity or a workflow defines no roles: say so, rather than leave every name undefined.
        if (!own) this.report(entry, `Not following extends '${clipPath(entry.text)}': it is not a charter (${parent.notACharter}).`);
        continue;
      }
      for (const role of parent.roles) this.roles.push({ ...role, inheritedFrom: target, removeRange: undefined });
      this.visit(target, parent.extends, own ?? entry);
    }
  }

  /** An extended charter read (a pure function of its text and form), from `reads` when it was read before. */
  private read(text: string, format: CharterFormat): Charter {
    const key = `${format}\u0000${text}`;
    const known = this.reads?.get(key);
    if (known) return known;
    const parent = parseCharter(text, format, this.markdown);
    if (this.reads && this.reads.size < MAX_EXTENDED_READS) this.reads.set(key, parent);
    return parent;
  }

  private reportCut(from: string, entry: Span, own: Span | undefined): void {
    this.cut = true;
    const through = own ?? entry;
    if (this.cutOwn.has(through)) return;
    this.cutOwn.add(through);
    const why = `more than ${MAX_EXTENDED_FILES} files are extended already, so roles defined there are not known and undefined roles are not reported`;
    if (!own) this.report(entry, `Not following extends '${clipPath(entry.text)}': ${why}.`);
    else this.report(own, `Not following all of extends '${clipPath(own.text)}': ${this.via(own, from)} extends '${clipPath(entry.text)}', which is not read: ${why}.`);
  }
}
