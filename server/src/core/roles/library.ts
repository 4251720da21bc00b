// The built-in role library: what common product and engineering titles usually mean and own.
// Every sentence is our own summary of the public texts credited in SOURCES; where those texts
// disagree, the entry says so in `disagreements` instead of silently picking a side.
// Reviewable as data: one entry per role, no logic. docs/roles.md is generated from it (`npm run docs`).

export interface LibrarySource {
  author: string;
  site: string;
  year?: string;
  title?: string;
  url?: string;
}

export interface LibraryRole {
  /** Stable key: "product-manager". */
  key: string;
  title: string;
  /** Other spellings and abbreviations that mean this role and nothing else (ambiguous ones live in shortForms.ts). */
  aliases: string[];
  /** Two sentences, in our own words. */
  summary: string;
  typicallyAccountableFor: string[];
  typicallyNotOwns: string[];
  /** `role` is the title of another library entry. */
  confusedWith: { role: string; difference: string }[];
  sources: LibrarySource[];
  /** Where the sources disagree (or report that organisations differ), what each says. Empty when they agree. */
  disagreements: string[];
}

/** The public texts the library summarises. */
export const SOURCES = {
  sharma: {
    author: 'Abhishek Sharma',
    site: 'Gururo',
    title: 'What is the difference between Engineering Manager, Product Manager, Program Manager, and Technical architect?',
    url: 'https://gururo.com/what-is-the-difference-between-engineering-manager-product-manager-program-manager-and-technical-architect/',
  },
  brown: {
    author: 'Keith Brown',
    site: 'Aha! blog',
    year: '2014',
    title: 'The Product Manager vs. The Engineering Manager',
  },
  stackExchange: {
    author: 'Software Engineering Stack Exchange contributors',
    site: 'Software Engineering Stack Exchange',
    year: '2011',
  },
  uxcel: {
    author: 'Uxcel',
    site: 'uxcel.com',
    url: 'https://uxcel.com/lessons/product-management-core-roles-responsibilities-249',
  },
  balter: {
    author: 'Ben Balter',
    site: 'ben.balter.com',
    year: '2021',
    title: 'PM disambiguation',
  },
} as const satisfies Record<string, LibrarySource>;

export const LIBRARY_ROLES: readonly LibraryRole[] = [
  {
    key: 'product-manager',
    title: 'Product Manager',
    aliases: ['Product Lead'],
    summary:
      'Decides which customer and business problems the product tackles, and in what order. Owns the product roadmap and the "why" and broad "what" behind each release, leading without direct reports.',
    typicallyAccountableFor: [
      'product roadmap',
      'product vision and strategy',
      'prioritising features and requirements',
      'understanding customers and the market',
      'success metrics for the product',
    ],
    typicallyNotOwns: [
      'how the product is built (engineering)',
      'people management of engineers',
      'day-to-day backlog ordering where a Product Owner exists',
      'cross-team execution and program risk',
    ],
    confusedWith: [
      { role: 'Program Manager', difference: 'the Program Manager drives execution across teams; the Product Manager decides what the product should be' },
      { role: 'Project Manager', difference: 'the Project Manager runs one initiative to scope, time and budget; the Product Manager owns the product across its whole life' },
      { role: 'Product Owner', difference: 'the Product Owner orders the backlog and accepts the team\'s work; the Product Manager sets longer-term direction (often one person in small companies)' },
      { role: 'Engineering Manager', difference: 'the Engineering Manager owns how it is built and the engineers; the Product Manager owns why and what' },
    ],
    sources: [SOURCES.brown, SOURCES.sharma, SOURCES.balter, SOURCES.uxcel, SOURCES.stackExchange],
    disagreements: [
      'Who owns "when": Sharma (Gururo) lists the delivery timing of features as the product manager\'s, while Brown (Aha!, 2014) says product and engineering managers settle "when" together.',
      'Product Manager versus Product Owner: Stack Exchange answers (2011) describe the product manager acting as the Scrum product owner, while Uxcel splits them (strategy versus backlog) and notes that small companies merge them.',
      'Balter (2021) says a product manager may pick up program or project management in smaller or younger organisations, but that it is not the core of the job.',
    ],
  },
  {
    key: 'engineering-manager',
    title: 'Engineering Manager',
    aliases: ['EM', 'Software Engineering Manager', 'Development Manager'],
    summary:
      'Leads the engineers who build the product and is accountable for how it gets built. Hires, coaches and reviews the team while representing technical constraints and capacity to product.',
    typicallyAccountableFor: [
      'hiring and growing engineers',
      'performance reviews and one-on-ones',
      'how the product is implemented',
      'engineering delivery against commitments',
      'technical debt trade-offs',
    ],
    typicallyNotOwns: ['the product roadmap', 'which features go into a release', 'product strategy (contributes, does not own)'],
    confusedWith: [
      { role: 'Product Manager', difference: 'the Product Manager owns why and what; the Engineering Manager owns how and the team' },
      { role: 'Technical Architect', difference: 'the Architect sets technical direction and technology choices; the Engineering Manager runs the team that applies them' },
      { role: 'Scrum Master', difference: 'the Scrum Master guides how the team works but has no authority over it; the Engineering Manager hires, reviews and answers for technical output' },
    ],
    sources: [SOURCES.brown, SOURCES.sharma, SOURCES.uxcel],
    disagreements: [
      'Technical direction: Brown (Aha!, 2014) makes the engineering manager the technical lead who defines technical strategy and architectural vision, while Sharma (Gururo) gives technical direction and technology choice to the technical architect and leaves the engineering manager how to use them.',
      'Whether the role codes: Brown and Uxcel say many engineering managers still write or review code; the other texts describe a management role only.',
    ],
  },
  {
    key: 'technical-architect',
    title: 'Technical Architect',
    aliases: ['Architect', 'Software Architect', 'Solution Architect', 'Tech Architect'],
    summary:
      'Sets the technical plan the engineering team builds to, much as a building architect draws what others construct. Chooses the technologies and guards the design so that it keeps meeting future needs.',
    typicallyAccountableFor: ['technical direction', 'technology choices', 'architecture and technical design', 'the limits engineering designs work within'],
    typicallyNotOwns: ['the product roadmap', 'people management', 'day-to-day implementation'],
    confusedWith: [
      { role: 'Engineering Manager', difference: 'the Engineering Manager manages the engineers and delivery; the Architect sets the technical direction they follow' },
      { role: 'Software Engineer', difference: 'engineers do the construction; the Architect sets the plan and the constraints' },
      { role: 'Technical Product Manager', difference: 'the Technical Product Manager weighs architecture options for product impact; the Architect decides the technical design' },
    ],
    sources: [SOURCES.sharma, SOURCES.brown],
    disagreements: [
      'Sharma (Gururo) gives technical direction to the architect; Brown (Aha!, 2014) gives technical strategy and architectural vision to the engineering manager and does not mention an architect.',
    ],
  },
  {
    key: 'program-manager',
    title: 'Program Manager',
    aliases: ['PgM', 'Programme Manager'],
    summary:
      'Coordinates several related projects or teams toward one business goal, focused on execution rather than on what the product is. Tracks dependencies, escalates risks, reports status to leadership and may manage project managers.',
    typicallyAccountableFor: [
      'cross-team dependencies and coordination',
      'program risk management and escalation',
      'program plans and status reporting',
      'program budget and resourcing',
    ],
    typicallyNotOwns: ['product features and product decisions', 'product strategy', 'people management of engineers'],
    confusedWith: [
      { role: 'Product Manager', difference: 'the Product Manager is customer-focused and shapes the product; the Program Manager is execution-focused and may inform, not make, product decisions' },
      { role: 'Project Manager', difference: 'a Project Manager runs one initiative; a Program Manager runs a set of connected ones, and traditionally manages project managers' },
      { role: 'Technical Program Manager', difference: 'the same job done by someone at home in deep technical discussion' },
    ],
    sources: [SOURCES.balter, SOURCES.uxcel, SOURCES.sharma],
    disagreements: [
      'Roadmaps: Sharma (Gururo) has program managers define and drive the product and technology roadmap, while Balter (2021) keeps them out of deciding what the product or its features should be, and Uxcel stresses process and risk over product strategy.',
      'Balter (2021) notes the line between program and project management is blurry: senior project managers take on programs, and some program managers have no reports.',
    ],
  },
  {
    key: 'project-manager',
    title: 'Project Manager',
    aliases: ['PjM'],
    summary:
      'Runs a single initiative from plan to close, keeping its scope, schedule and budget on track. The focus is tactical delivery of that one project rather than product direction or a portfolio of projects.',
    typicallyAccountableFor: ['a single project\'s plan and schedule', 'project scope, time and cost', 'project status and risks'],
    typicallyNotOwns: ['product direction', 'coordination across a program of projects', 'people management of the team'],
    confusedWith: [
      { role: 'Program Manager', difference: 'the Program Manager coordinates many connected projects and is the more strategic of the two' },
      { role: 'Product Manager', difference: 'the Product Manager decides what the product should be; the Project Manager delivers a defined piece of work' },
    ],
    sources: [SOURCES.balter, SOURCES.uxcel, SOURCES.stackExchange],
    disagreements: [
      'Balter (2021) sees no bright line between project and program management; a Stack Exchange answer (2011) uses "project manager" for what other answers call the product manager.',
    ],
  },
  {
    key: 'technical-program-manager',
    title: 'Technical Program Manager',
    aliases: ['Technical Programme Manager'],
    summary:
      'A program manager who is comfortable deep in technical discussion with engineers and thinks about the platform as a whole system. Owns the execution of a technical program and brings decision makers the context they need, without making the program decisions.',
    typicallyAccountableFor: ['execution of a technical program', 'cross-team technical dependencies', 'program risk and status', 'context for decision makers'],
    typicallyNotOwns: ['the program\'s overall success (that is the DRI)', 'product decisions', 'production code'],
    confusedWith: [
      { role: 'Technical Product Manager', difference: 'the Technical Product Manager decides what a technical product does; the Technical Program Manager drives its execution' },
      { role: 'Directly Responsible Individual', difference: 'the DRI is primarily responsible for the program\'s success and makes its decisions; the TPM supports them' },
      { role: 'Program Manager', difference: 'same execution focus, with a technical depth the general role does not require' },
    ],
    sources: [SOURCES.balter],
    disagreements: [
      'Balter (2021) says there is no formal line between program managers and technical program managers; many TPMs simply self-identify as technical.',
    ],
  },
  {
    key: 'product-owner',
    title: 'Product Owner',
    aliases: ['PO'],
    summary:
      'The Scrum role that orders the product backlog and speaks for what the team builds next. Writes or oversees user stories, sets acceptance criteria and decides when work is done.',
    typicallyAccountableFor: ['product backlog order', 'user stories and acceptance criteria', 'accepting completed work', 'backlog refinement'],
    typicallyNotOwns: ['how much work fits in a sprint (the team decides)', 'the Scrum process (Scrum Master)', 'long-term product strategy where a Product Manager exists'],
    confusedWith: [
      { role: 'Product Manager', difference: 'the Product Manager faces outward and sets long-term strategy; the Product Owner works inward with the team on the backlog' },
      { role: 'Scrum Master', difference: 'the Scrum Master facilitates and removes impediments; the Product Owner decides priority' },
    ],
    sources: [SOURCES.uxcel, SOURCES.stackExchange],
    disagreements: [
      'Stack Exchange answers (2011) treat the product manager as the de facto product owner; Uxcel separates the two roles but says some companies combine them.',
    ],
  },
  {
    key: 'scrum-master',
    title: 'Scrum Master',
    aliases: ['SM'],
    summary:
      'Facilitates Scrum and coaches the team toward managing itself, without being its manager or decision maker. Runs the ceremonies, clears impediments and shields the team from mid-sprint interruptions.',
    typicallyAccountableFor: ['Scrum ceremonies (stand-ups, planning, reviews, retrospectives)', 'removing impediments', 'protecting a sustainable pace', 'process improvement'],
    typicallyNotOwns: ['backlog priority (Product Owner)', 'hiring and performance reviews (Engineering Manager)', 'technical decisions'],
    confusedWith: [
      { role: 'Product Owner', difference: 'the Product Owner decides what comes first; the Scrum Master looks after how the team works' },
      { role: 'Engineering Manager', difference: 'the Engineering Manager hires, reviews and answers for output; the Scrum Master only facilitates' },
    ],
    sources: [SOURCES.uxcel],
    disagreements: [],
  },
  {
    key: 'technical-product-manager',
    title: 'Technical Product Manager',
    aliases: ['PM-T', 'PMT', 'Product Manager Technical', 'Technical PM'],
    summary:
      'A product manager for technically deep products such as APIs, developer tools, data platforms or infrastructure. Bridges business needs and implementation by weighing architecture trade-offs and feasibility, without writing production code.',
    typicallyAccountableFor: ['technical product requirements', 'feasibility and trade-off assessment', 'roadmap of a technical product', 'translating between engineering and business'],
    typicallyNotOwns: ['production code', 'the final technical design (architect or engineering)', 'program execution'],
    confusedWith: [
      { role: 'Technical Program Manager', difference: 'the Technical Program Manager drives execution; the Technical Product Manager decides what the technical product should do' },
      { role: 'Product Manager', difference: 'same job, on a product whose users and constraints are technical' },
      { role: 'Technical Architect', difference: 'the Architect owns the technical design; the Technical Product Manager assesses its product impact' },
    ],
    sources: [SOURCES.uxcel, SOURCES.balter],
    disagreements: [
      'Balter (2021) notes that technical product managers do not always carry "technical" in their title, which is one reason TPM is read two ways.',
    ],
  },
  {
    key: 'lead-product-manager',
    title: 'Lead Product Manager',
    aliases: [],
    summary:
      'A senior product manager who owns a large or complex product area and mentors less experienced product managers. Usually an individual contributor who shapes direction through influence and represents product to executives.',
    typicallyAccountableFor: ['a significant product area', 'mentoring product managers', 'presenting roadmaps to executives', 'cross-product initiatives', 'product practices and templates'],
    typicallyNotOwns: ['direct people management (in most organisations)', 'engineering delivery'],
    confusedWith: [
      { role: 'Product Manager', difference: 'the same craft with a bigger scope and a mentoring duty' },
      { role: 'Engineering Manager', difference: 'the Engineering Manager manages people directly; the Lead Product Manager usually does not' },
    ],
    sources: [SOURCES.uxcel],
    disagreements: ['Uxcel notes that some organisations use the title for senior individual contributors and others for people managers.'],
  },
  {
    key: 'product-marketing-manager',
    title: 'Product Marketing Manager',
    aliases: ['PMM', 'Product Marketer'],
    summary:
      'Owns how the product is positioned and sold once it exists: positioning, messaging and go-to-market. Turns features into customer benefits, plans launches and equips the sales team.',
    typicallyAccountableFor: ['positioning against competitors', 'launch messaging', 'go-to-market plan', 'buyer personas and target segments', 'sales materials and training'],
    typicallyNotOwns: ['what gets built (Product Manager)', 'the product roadmap'],
    confusedWith: [{ role: 'Product Manager', difference: 'the Product Manager makes sure the right product is built; the Product Marketing Manager works out how to sell it' }],
    sources: [SOURCES.uxcel, SOURCES.stackExchange, SOURCES.brown],
    disagreements: [
      'One Stack Exchange answer (2011) puts promotion and sales with the product manager, and Brown (Aha!, 2014) makes the product manager responsible for the company being able to market and sell the product; Uxcel gives positioning and go-to-market to the product marketing manager.',
    ],
  },
  {
    key: 'software-engineer',
    title: 'Software Engineer',
    aliases: ['Engineer', 'Software Developer', 'Developer', 'SWE', 'Programmer'],
    summary:
      'Builds the software to the agreed specification and sends problems found in it back to the product manager. Is best brought in early to help shape what is feasible, and often takes part in quality assurance.',
    typicallyAccountableFor: ['implementation of specified features', 'code quality', 'raising problems in the specification', 'technical feasibility input'],
    typicallyNotOwns: ['product requirements', 'the product roadmap', 'acceptance of the finished work'],
    confusedWith: [
      { role: 'Product Manager', difference: 'the Product Manager defines what is needed; the engineer implements it' },
      { role: 'Technical Architect', difference: 'the Architect sets the technical plan; engineers build to it' },
    ],
    sources: [SOURCES.stackExchange, SOURCES.sharma],
    disagreements: [
      'Stack Exchange answers (2011) argue over whether "engineer" fits software work at all; one prefers "developer" or "architect".',
    ],
  },
  {
    key: 'business-analyst',
    title: 'Business Analyst',
    aliases: ['BA'],
    summary:
      'Helps a product manager investigate which features customers and the business need. Found in larger groups, where it does the early requirements research the product manager then turns into proposals.',
    typicallyAccountableFor: ['requirements research', 'analysis of customer and business needs'],
    typicallyNotOwns: ['product decisions and priorities', 'the product specification sign-off'],
    confusedWith: [{ role: 'Product Manager', difference: 'the Product Manager decides and owns the requirements; the Business Analyst helps gather them' }],
    sources: [SOURCES.stackExchange],
    disagreements: [],
  },
  {
    key: 'directly-responsible-individual',
    title: 'Directly Responsible Individual',
    aliases: ['DRI', 'PRP', 'Primarily Responsible Person'],
    summary:
      'The one person who answers for a program\'s or decision\'s success and makes its calls. Often comes from product management or senior leadership, supported by program managers who bring the context.',
    typicallyAccountableFor: ['a program\'s or initiative\'s overall success', 'the program\'s decisions'],
    typicallyNotOwns: ['day-to-day execution tracking (Technical Program Manager)'],
    confusedWith: [
      { role: 'Technical Program Manager', difference: 'the TPM owns execution and brings context; the DRI owns the outcome and decides' },
      { role: 'Program Manager', difference: 'the Program Manager owns execution; the DRI owns the result' },
    ],
    sources: [SOURCES.balter],
    disagreements: ['Balter (2021) says the label depends on the organisation: some say DRI, others PRP.'],
  },
];
