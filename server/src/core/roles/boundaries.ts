// Kinds of work the library assigns to one role (used by the role-boundary rule). Each kind lists
// word-boundary patterns that must clearly name the work; precision matters more than recall, so the
// patterns are narrow phrases and anything doubtful is left out.
import type { LibrarySource } from './library';
import { SOURCES } from './library';

export interface WorkKind {
  key: string;
  /** What the work is, for messages: "roadmap and prioritisation". */
  label: string;
  /** Library key of the role that usually owns it. */
  owner: string;
  /**
   * Other library roles for which being accountable is normal, often because the sources disagree or
   * report that organisations merge the roles (DRI is always acceptable: owning outcomes is its job).
   */
  alsoUsual: string[];
  /** Phrases that name this work (tested case-insensitively against the name, then the description). */
  patterns: RegExp[];
  /** Phrases that mean the text is about something else although a pattern matched. */
  unless?: RegExp[];
  /** Only meaningful when the charter also has the owner role (Scrum roles are optional). */
  onlyWhenOwnerPresent?: boolean;
  /**
   * Library roles for which one source says otherwise, and what it says: the finding still appears (the
   * other sources agree) but carries the dissent instead of hiding it.
   */
  disputed?: Record<string, string>;
  /** Why the owner usually owns it, one clause, our own words. */
  why: string;
  source: LibrarySource;
}

export const WORK_KINDS: readonly WorkKind[] = [
  {
    key: 'product-direction',
    label: 'roadmap and prioritisation',
    owner: 'product-manager',
    alsoUsual: ['lead-product-manager', 'technical-product-manager'],
    patterns: [
      /\broad ?maps?\b/i,
      /\bproduct (strategy|vision|direction|requirements)\b/i,
      /\b(feature|requirements?) priorit(y|ies|i[sz]ation|i[sz]ing)\b/i,
      /\bpriorit(i[sz]ing|i[sz]ation of|i[sz]e) (features|requirements|product requirements)\b/i,
      /\bwhat to build\b/i,
    ],
    unless: [/\b(program|programme|technical|technology|tech|engineering|architecture|platform|infrastructure|hiring|marketing) road ?maps?\b/i],
    disputed: {
      'program-manager': 'Abhishek Sharma (Gururo) has program managers drive the product and technology roadmap, while Ben Balter (2021) says they do not shape the product',
    },
    why: 'product managers own the product roadmap and decide which problems and features come first',
    source: SOURCES.brown,
  },
  {
    key: 'backlog-and-acceptance',
    label: 'backlog order and acceptance',
    owner: 'product-owner',
    alsoUsual: ['product-manager', 'technical-product-manager', 'lead-product-manager'],
    patterns: [
      /\bproduct backlog\b/i,
      /\bbacklog (order|ordering|priorit(y|ies|i[sz]ation|i[sz]ing)|refinement|grooming|management)\b/i,
      /\b(order|ordering|prioriti[sz]e|prioriti[sz]ing|refine|refining|groom|grooming|manage|managing|maintain|maintaining) the backlog\b/i,
      /\bacceptance criteria\b/i,
      /\baccept(ing|ance of)? (the )?(completed |finished )?(work|stories|user stories)\b/i,
      // Not the definition of done: the Scrum Guide gives it to the whole Scrum Team.
      /\buser stories\b/i,
    ],
    why: 'in Scrum the product owner orders the backlog, writes acceptance criteria and decides when work is done',
    source: SOURCES.uxcel,
  },
  {
    key: 'technical-direction',
    label: 'technical direction and technology choice',
    owner: 'technical-architect',
    // Brown gives technical strategy to the engineering manager; staff and principal engineers often own it too.
    alsoUsual: ['engineering-manager', 'software-engineer'],
    patterns: [
      /\btechnical (direction|strategy|vision|design)\b/i,
      /\barchitectur(e|al) (decisions?|direction|vision|design|choices?)\b/i,
      /\b(system|software|solution) architecture\b/i,
      /\btechnology (choices?|selection|stack|direction|strategy)\b/i,
      /\btech stack\b/i,
      /\b(choice|choosing|selection|selecting) of (technology|technologies|tools|frameworks|languages)\b/i,
      /\b(choosing|selecting|picking) (technologies|frameworks|languages)\b/i,
      /\bwhich technologies\b/i,
    ],
    why: 'the technical architect sets the technical direction and chooses the technologies the team builds with',
    source: SOURCES.sharma,
  },
  {
    key: 'people',
    label: 'people management, hiring and performance',
    owner: 'engineering-manager',
    alsoUsual: [],
    patterns: [
      /\bhiring\b/i,
      /\brecruit(ing|ment)\b/i,
      /\bperformance (reviews?|management|feedback|evaluations?|appraisals?)\b/i,
      /\bone[- ]on[- ]ones?\b/i,
      /\bcareer (growth|development|progression|conversations?)\b/i,
      /\bpeople management\b/i,
      /\bpromotions?\b/i,
    ],
    // Hiring product managers, designers or marketers is not the engineering manager's.
    unless: [
      /\b(product managers?|pms|designers?|marketing|marketers?|sales|product team)\b/i,
      /\bpromotions? (campaign|material|plan)s?\b/i,
      // The performance of code, systems and services: "code performance reviews", "query performance".
      /\b(code|system|systems|service|services|query|queries|database|api|app|application|site|web|load|runtime|build|storage|network|cluster|latency)\b[\w ]{0,12}\bperformance\b/i,
      // People's reviews are not weekly: a weekly or daily performance review is about a system.
      /\b(daily|weekly)\b[\w ]{0,12}\bperformance\b/i,
    ],
    why: 'engineering managers make the hiring decisions for the engineering team, run its performance reviews and coach its engineers',
    source: SOURCES.uxcel,
  },
  {
    key: 'program-coordination',
    label: 'cross-team dependencies and program risk',
    owner: 'program-manager',
    alsoUsual: ['technical-program-manager', 'project-manager'],
    patterns: [
      /\b(cross[- ]team|inter[- ]team|cross[- ]organi[sz]ational|cross[- ]program) (dependenc(y|ies)|coordination|planning|risks?)\b/i,
      /\bdependenc(y|ies) (between|across) (teams|projects)\b/i,
      /\bprogram(me)? (risks?|status|plan|planning|management|tracking|budget|coordination)\b/i,
      /\b(delivery|program|programme|project) risks?\b/i,
      /\brisk (register|escalation)\b/i,
    ],
    why: 'program managers track dependencies between teams, escalate risks and report program status',
    source: SOURCES.balter,
  },
  {
    key: 'ceremonies',
    label: 'Scrum ceremonies and impediments',
    owner: 'scrum-master',
    alsoUsual: [],
    patterns: [
      /\b(scrum |agile )?ceremonies\b/i,
      /\bretrospectives?\b/i,
      /\bretros\b/i,
      /\b(daily )?stand-?ups?\b/i,
      /\bimpediments?\b/i,
      /\bremov(e|ing|al of) blockers\b/i,
      /\bscrum process\b/i,
    ],
    onlyWhenOwnerPresent: true,
    why: 'the scrum master facilitates the ceremonies and clears impediments for the team',
    source: SOURCES.uxcel,
  },
  {
    key: 'go-to-market',
    label: 'positioning and launch messaging',
    owner: 'product-marketing-manager',
    alsoUsual: [],
    patterns: [
      /\bpositioning\b/i,
      /\b(launch|product|marketing) messaging\b/i,
      /\bmessaging framework\b/i,
      /\bgo[- ]to[- ]market\b/i,
      /\bGTM\b/,
      /\bbuyer personas?\b/i,
      /\bsales (enablement|materials|collateral|training|decks?)\b/i,
      /\blaunch (announcements?|campaigns?)\b/i,
    ],
    why: 'product marketing managers own positioning, messaging and the go-to-market plan',
    source: SOURCES.uxcel,
  },
];

/** The kinds of work a text clearly names, in WORK_KINDS order. */
export function workKindsIn(text: string | undefined): WorkKind[] {
  if (!text) return [];
  return WORK_KINDS.filter((kind) => kind.patterns.some((pattern) => pattern.test(text)) && !(kind.unless ?? []).some((pattern) => pattern.test(text)));
}

// The kinds' patterns joined into one (case aside): it rules out most responsibility names at once, and
// each kind's own patterns run only on a name it matches (about 50 patterns per name otherwise).
const ANY_WORK_KIND = new RegExp(WORK_KINDS.flatMap((kind) => kind.patterns).map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

/** workKindsIn, for a text that names no kind of work in most charters. */
export function workKindsNamedIn(text: string | undefined): WorkKind[] {
  return text && ANY_WORK_KIND.test(text) ? workKindsIn(text) : [];
}
