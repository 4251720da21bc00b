// A person named beside a role in one reference: "Jules PM", "Léo Tech Lead", "PM (Jules)", "Jules - PM".
// The name is told from the role by its look (a capitalised word) and by not being a word roles are
// named with; the rest must then read as one role.
import { distance } from 'fastest-levenshtein';
import { LIBRARY_ROLES } from '../roles/library';
import { truncates } from './align';
import { GROUP_WORDS, LINKING_WORDS, SENIORITY_WORDS, fold, wordsOf } from './words';

/** A reference cut into what may be a person's name and what may name a role. */
export interface NameSplit {
  name: string;
  role: string;
}

/**
 * Words roles are named with beyond the charter's and the library's own, in the ten languages' Latin
 * scripts: a capitalised "Data" or "Lead" before "PM" qualifies the role, it is nobody's name.
 */
const ROLE_WORDS = [
  'manager', 'management', 'lead', 'leader', 'owner', 'head', 'chief', 'director', 'officer', 'engineer', 'engineering', 'developer',
  'development', 'analyst', 'architect', 'designer', 'design', 'tester', 'test', 'admin', 'administrator', 'consultant', 'specialist',
  'coordinator', 'sponsor', 'stakeholder', 'client', 'customer', 'user', 'member', 'expert', 'advisor', 'reviewer', 'approver',
  'support', 'product', 'project', 'program', 'programme', 'technical', 'tech', 'business', 'data', 'security', 'operations', 'ops',
  'quality', 'marketing', 'sales', 'finance', 'legal', 'scrum', 'master', 'agile', 'coach', 'web', 'mobile', 'cloud', 'platform',
  'infrastructure', 'infra', 'frontend', 'backend', 'release', 'delivery', 'service', 'executive', 'steering', 'committee', 'board',
  'vendor', 'supplier', 'partner', 'contractor', 'intern', 'writer', 'editor', 'researcher', 'scientist', 'system', 'systems',
  'network', 'database', 'software', 'hardware', 'solution', 'solutions', 'enterprise', 'domain', 'digital', 'change', 'risk',
  'compliance', 'audit', 'governance', 'portfolio', 'account', 'content', 'research', 'growth', 'people', 'talent', 'office',
  'general', 'deputy', 'assistant', 'associate', 'vice', 'co', 'sub', 'external', 'internal', 'global', 'regional', 'local',
  'chef', 'responsable', 'directeur', 'directrice', 'gestionnaire', 'developpeur', 'ingenieur', 'charge', 'referent', 'pilote',
  'leiter', 'leiterin', 'verantwortlicher', 'verantwortliche', 'entwickler', 'berater', 'jefe', 'gerente', 'director', 'lider',
  'desarrollador', 'desenvolvedor', 'responsavel', 'coordinador', 'coordenador', 'analista', 'arquitecto', 'arquiteto', 'capo',
  'responsabile', 'sviluppatore', 'beheerder', 'eigenaar', 'ontwikkelaar', 'teamleider',
];

const NAME = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/**
 * Whether words are a person's name rather than words of a role: capitalised, none a word roles are
 * named with, and none a truncation of a word of this charter's roles ("Dev" where a Developer is defined).
 */
export function namePredicate(roleTitles: readonly string[]): (words: string) => boolean {
  let vocabulary: Set<string> | undefined;
  let titleWords: string[] | undefined;
  return (text) => {
    const tokens = text.trim().split(/\s+/);
    if (tokens.length === 0 || tokens.length > 3 || !tokens.every((token) => NAME.test(token))) return false;
    titleWords ??= [...new Set(roleTitles.flatMap(wordsOf))];
    vocabulary ??= roleVocabulary(titleWords);
    return tokens.every((token) => {
      const word = fold(token);
      if (vocabulary!.has(word) || titleWords!.some((known) => truncates(word, known))) return false;
      // "Manger" is a typo of a role's word, not a name (in words long enough to tell a typo from a name).
      if (word.length < 5) return true;
      for (const known of vocabulary!) if (Math.abs(known.length - word.length) <= 1 && distance(known, word) <= 1) return false;
      return true;
    });
  };
}

function roleVocabulary(titleWords: readonly string[]): Set<string> {
  const words = new Set<string>([...ROLE_WORDS, ...SENIORITY_WORDS, ...GROUP_WORDS, ...LINKING_WORDS, ...titleWords]);
  for (const entry of LIBRARY_ROLES) for (const name of [entry.title, ...entry.aliases]) for (const word of wordsOf(name)) words.add(word);
  return words;
}

/**
 * The ways a reference may put a name beside a role: "Dana (PM)" and "PM (Dana)", "Dana - PM",
 * "PM: Dana", and without punctuation one or two words before or after the rest ("Jules PM", "PM Jules").
 */
export function nameSplits(text: string): NameSplit[] {
  const splits: NameSplit[] = [];
  const parens = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text);
  if (parens) splits.push({ name: parens[1], role: parens[2] }, { name: parens[2], role: parens[1] });
  const dash = /^(.*?)\s+[—–-]\s+(.*)$/.exec(text) ?? /^([^:]+):\s*(.+)$/.exec(text);
  if (dash) splits.push({ name: dash[1], role: dash[2] }, { name: dash[2], role: dash[1] });
  if (!parens && !dash) {
    const tokens = text.trim().split(/\s+/);
    for (let count = 1; count <= 2 && count < tokens.length; count++) {
      splits.push({ name: tokens.slice(0, count).join(' '), role: tokens.slice(count).join(' ') });
      splits.push({ name: tokens.slice(-count).join(' '), role: tokens.slice(0, -count).join(' ') });
    }
  }
  return splits.filter((split) => split.name.trim().length > 0 && split.role.trim().length > 0);
}
