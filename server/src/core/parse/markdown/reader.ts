// Markdown charters (docs/format.md, "Markdown charters", and what real charters write beyond it). What each part of the
// document is, is decided from what it holds: a table of RACI values is a matrix wherever it stands; a
// sub-heading is a responsibility when it (or a sibling) carries `Accountable:` lines or `Role: A`
// items; a list or table defines roles only in a section about roles. Heading words (in many languages,
// words.ts) say where roles are defined and which headings are asides ("Notes", "Légende").
import type { Heading, Root } from 'mdast';
import type { Charter } from '../../model';
import { readAbbreviations } from '../../abbreviations';
import { readConventions } from '../../conventions';
import { detectFramework } from '../../frameworks';
import { CellReader } from '../../raci';
import { emptyCharter } from '../empty';
import { readFrontMatter } from '../yaml';
import { parseMarkdownBlocks, type MarkdownReadOptions } from './blocks';
import { headingSpan, start, type Block, type ReadContext } from './context';
import { roleDefiner } from './edits';
import { readHtmlTables } from './html-blocks';
import type { GuardNote } from './guards/guard';
import { readDocument } from './sections';
import { Source } from './source';
import { readReviewLine } from './review-line';
import { readPersonRoleLines } from './role-list';
import { mergePeopleListings } from './role-table';
import { nestedTables, tableIn } from './table-in-blocks';
import { isPlainRolesHeading } from './words';

export function parseMarkdownCharter(text: string, options: MarkdownReadOptions = {}): Charter {
  const source = new Source(text);
  const charter = emptyCharter('markdown', text);
  const framework = detectFramework(text);
  const ctx: ReadContext = { text, source, charter, sectionInfos: [], personLines: new Map(), tabs: [], cells: new CellReader(framework.extra, framework.spelling), rows: options.rowCache?.startRead(text, source.index.lineStarts), raciContext: once(() => speaksOfRaci(text)), lettersMeanOther: once(() => lettersMeanOther(text)) };
  if (framework.extra.size > 0) {
    const { name, letters, countsAs, owner, needsResponsible } = framework;
    charter.framework = { name, letters, countsAs, owner, needsResponsible };
  }
  let tree: Root;
  const guardNotes: GuardNote[] = [];
  try {
    tree = parseMarkdownBlocks(text, guardNotes, ctx.tabs, options);
  } catch {
    // remark-parse does not throw on any input we know of; a charter is still returned if it does.
    return charter;
  }
  for (const note of guardNotes) {
    const line = source.lineOf(note.offset);
    const range = source.range(note.offset, Math.max(note.offset, source.index.lineEnd(line)));
    charter.problems.push({ rule: 'syntax', severity: 'warning', message: note.message, range });
  }
  const blocks: Block[] = tree.children.flatMap((node) => [{ node, table: tableIn(node, source) }, ...nestedTables(node, source)]);
  const html = readHtmlTables(source, tree.children, blocks);
  readFrontMatterBlock(ctx, blocks);
  readTeamHeading(ctx, blocks);
  readDocument(ctx, blocks);
  html.finish(ctx);
  readReviewDate(ctx, tree);
  readPersonRoleLines(ctx);
  mergePeopleListings(ctx);
  charter.abbreviations = readAbbreviations(text);
  charter.conventions = readConventions(text);
  // An empty Roles section declares that roles will be defined; one whose content defines none (prose,
  // a table of something else) is not read as saying every name in the matrix is undefined.
  // Roles only listed with people (a contacts table) do not make the charter one that defines its roles.
  charter.hasRolesSection =
    charter.roles.some((role) => !role.listedWithPeople) ||
    charter.sections.some((section, i) => ctx.sectionInfos[i].empty && section.kind !== 'responsibilities' && isPlainRolesHeading(section.title));
  charter.defineRole = roleDefiner(source, ctx.roleAnchor, ctx.sectionInfos);
  return charter;
}

function readFrontMatterBlock(ctx: ReadContext, blocks: Block[]): void {
  const first = blocks[0]?.node;
  if (!first || first.type !== 'yaml') return;
  // The YAML text starts on the line after the opening `---`.
  const yamlStart = ctx.source.nextLineStart(start(first));
  const front = readFrontMatter(first.value, yamlStart, ctx.source.index);
  ctx.charter.team = front.team;
  ctx.charter.mission = front.mission;
  ctx.charter.extends = front.extends;
  if (front.codeOwners) ctx.charter.codeOwners = front.codeOwners;
  if (front.catalogGroup) ctx.charter.catalogGroup = front.catalogGroup;
  ctx.charter.review = front.review;
  ctx.charter.problems.push(...front.problems);
}

/** Front matter's `reviewed:` comes first; without it, a "Last reviewed:" line of the document. */
function readReviewDate(ctx: ReadContext, tree: Root): void {
  if (ctx.charter.review?.reviewed) return;
  const reviewed = readReviewLine(tree, ctx.source);
  if (reviewed) ctx.charter.review = { ...ctx.charter.review, reviewed };
}

function readTeamHeading(ctx: ReadContext, blocks: Block[]): void {
  if (ctx.charter.team) return;
  const heading = blocks.find((block) => block.node.type === 'heading' && !block.table && block.node.depth === 1)?.node as Heading | undefined;
  if (heading) ctx.charter.team = headingSpan(ctx, heading);
}

/** `compute`, run the first time it is asked (most documents never need the whole-text scans below). */
function once<T>(compute: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}

// The frameworks' names, and "accountable" in the languages of words.ts (a RACI legend always has it).
const RACI_WORDS = /(?<![A-Za-z])(?:RACI|RASCI|DACI|RAPID|RACI-VS)(?![A-Za-z])|accountab|verantwortlich|responsable|responsável|responsabile|verantwoordelijk|ответствен|責任|负责/i;

function speaksOfRaci(text: string): boolean {
  return RACI_WORDS.test(text);
}

// "A = Advanced, I = Intermediate", "R = read": a legend giving RACI's letters the meanings of another
// scale (skill levels, permissions, statuses), so that a table of those letters without an R is not a
// RACI matrix. A list of such scales, not "any other word": RACI legends explain a letter in words too
// ("R = does the work").
const LETTER_LEGEND = /(?<![\p{L}\p{N}])(?:\*\*|__)?([RACI])(?:\*\*|__)?[ \t]*(?:=|:|–|—)[ \t]*(?:\*\*|__)?(\p{L}+)/gu;
const OTHER_SCALE = /^(?:advanced|intermediate|beginner|basic|novice|expert|competent|aware|read|admin|administrator|active|inactive|archived|critical|important|complete|completed|cancelled|canceled|available|ready|idle)$/i;

// The scales' words, anywhere: most documents have none, and then no legend needs reading.
const SCALE_WORD = new RegExp(OTHER_SCALE.source.replace(/^\^|\$$/g, ''), 'i');

function lettersMeanOther(text: string): boolean {
  if (!SCALE_WORD.test(text)) return false;
  for (const match of text.matchAll(LETTER_LEGEND)) if (OTHER_SCALE.test(match[2])) return true;
  return false;
}
