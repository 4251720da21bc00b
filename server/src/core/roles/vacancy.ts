// Vacant roles: a holder written as "vacant", "TBD", "open", "hiring" (or the same in the other
// languages of the Markdown reader) names nobody. Only a whole holder value counts, with at most a
// remark after it ("Vacant (hiring)", "TBD – Q3"): a person's name that contains such a word is a person.
import type { RoleDefinition } from '../model';

/** Words that, written where a holder's name goes, say that nobody holds the role. */
const HOLDER_WORDS = new Set([
  // English
  'vacant', 'vacancy', 'tbd', 'tbc', 'tba', 'to be determined', 'to be confirmed', 'to be announced', 'to be hired', 'open', 'open position',
  'open role', 'position open', 'hiring', 'currently hiring', 'unfilled', 'unassigned', 'not assigned', 'not yet assigned', 'nobody yet',
  // French
  'vacante', 'à pourvoir', 'poste à pourvoir', 'poste vacant', 'à définir', 'à déterminer', 'en recrutement', 'recrutement en cours', 'non pourvu',
  // German ("N. N.": nomen nescio, the placeholder of German org charts)
  'vakant', 'unbesetzt', 'nicht besetzt', 'offen', 'n.n.', 'n. n.', 'wird besetzt', 'in besetzung', 'stelle offen',
  // Spanish
  'vacante', 'por definir', 'por determinar', 'por asignar', 'sin asignar', 'abierto', 'abierta', 'en contratación', 'en proceso de contratación',
  // Portuguese
  'vago', 'vaga', 'vaga aberta', 'a definir', 'em aberto', 'em contratação', 'sem titular', 'não atribuído',
  // Italian
  'da definire', 'da assegnare', 'scoperto', 'scoperta', 'in assunzione', 'posizione aperta', 'non assegnato',
  // Dutch
  'vacature', 'open vacature', 'nog in te vullen', 'nader te bepalen', 'ntb', 'n.t.b.', 'niet ingevuld', 'niet toegewezen',
  // Russian
  'вакансия', 'вакантно', 'вакантна', 'вакант', 'не назначен', 'не назначено', 'не назначена', 'открыта', 'открытая вакансия', 'ищем', 'в поиске',
  // Japanese
  '空席', '募集中', '未定', '未割当', '未配置',
  // Chinese
  '空缺', '待定', '招聘中', '待招聘', '暂缺', '未分配', '职位空缺',
]);

/**
 * Words that say "vacant" also where a description goes ("- **Designer**: vacant"): not the ones that
 * could say the description itself is to come ("TBD") or mean something else there ("open").
 */
const DESCRIPTION_WORDS = new Set([
  'vacant', 'vacancy', 'currently vacant', 'position vacant', 'hiring', 'currently hiring', 'to be hired', 'unfilled', 'open position', 'position open',
  'vacante', 'poste à pourvoir', 'poste vacant', 'à pourvoir', 'en recrutement', 'vakant', 'unbesetzt', 'nicht besetzt', 'stelle offen',
  'en contratación', 'vago', 'vaga', 'vaga aberta', 'em contratação', 'scoperto', 'scoperta', 'in assunzione', 'posizione aperta', 'vacature',
  'open vacature', 'вакансия', 'вакантно', 'вакантна', 'открытая вакансия', '空席', '募集中', '空缺', '招聘中', '待招聘', '职位空缺',
]);

/** The holder value without emphasis and brackets around it, and without a remark after it. */
function headOf(text: string): string {
  let value = text.trim().toLowerCase();
  for (;;) {
    const before = value;
    value = value.replace(/^(?:\*\*|__|\*|_|~~|`)(.*)(?:\*\*|__|\*|_|~~|`)$/u, '$1').replace(/^[([（「](.*)[)\]）」]$/u, '$1').trim();
    if (value === before) break;
  }
  // "Vacant (hiring)", "TBD – Q3", "Open: interviewing", "空缺（招聘中）": the first part says it.
  const remark = /\s*(?:[([（,;:：–—]|\s-\s|\s\/\s)/u.exec(value);
  return (remark && remark.index > 0 ? value.slice(0, remark.index) : value).replace(/\s+/g, ' ');
}

/** Longer values are a name or a sentence, never a placeholder (and are not stripped character by character). */
const MAX_PLACEHOLDER_LENGTH = 120;

/** Whether `words` has the head of `text`, with or without a full stop after it ("Vacant." but also "N.N."). */
function saysVacant(words: ReadonlySet<string>, text: string): boolean {
  if (text.length > MAX_PLACEHOLDER_LENGTH) return false;
  const head = headOf(text);
  return words.has(head) || words.has(head.replace(/[.!]+$/u, ''));
}

/** Whether a holder value names nobody ("TBD", "Vacant (hiring)", "空席"). */
export function isVacantHolder(text: string): boolean {
  return saysVacant(HOLDER_WORDS, text);
}

/**
 * The text that says a role is vacant: its holder, when every holder it lists names nobody; or, with no
 * holder at all, its whole description when that is only a vacancy word. Undefined for a role that is
 * held, or that says nothing about who holds it.
 */
export function vacancyOf(role: RoleDefinition): string | undefined {
  if (role.holders.length > 0) return role.holders.every(isVacantHolder) ? role.holders[0] : undefined;
  const description = role.description?.trim();
  if (description && !description.includes('\n') && saysVacant(DESCRIPTION_WORDS, description)) return description;
  return undefined;
}
