// Words that name an audience, not a role: "Informed: Everyone", a column "Whole team". A charter that
// defines its roles does not define "everyone", and saying it is undefined would be a wrong finding.
import { normalizeReference } from '../normalize';

const AUDIENCES = new Set([
  'everyone', 'everybody', 'all', 'all roles', 'all staff', 'all hands', 'all employees', 'all members', 'all team members', 'whole team',
  'the whole team', 'entire team', 'the team', 'team', 'the company', 'company', 'whole company', 'organisation', 'organization',
  'stakeholders', 'all stakeholders', 'the stakeholders',
  'tous', 'tout le monde', "toute l'équipe", 'todos', 'todo el equipo', 'toda a equipe', 'alle', 'das team', 'tutti', 'iedereen', 'все', 'вся команда',
  '全員', '所有人', '全体',
  // "The rest": everyone the row has not named.
  'others', 'all others', 'everyone else', 'the rest', 'rest of the team', 'all other roles', 'other roles',
  'pozostałe', 'pozostali', 'wszyscy', 'alle anderen', 'übrige', 'les autres', 'autres', 'los demás', 'el resto', 'resto',
  'os demais', 'demais', 'gli altri', 'tutti gli altri', 'altri', 'overige', 'de rest', 'остальные', 'все остальные',
  '其他', '其他人', '其余', '其他角色', 'その他', '他全員', '기타', '나머지', '전원', 'mọi người', 'tất cả',
]);

/** `keyOf`: how the text is normalised (a check's RoleIndex.keyOf remembers it). */
export function isAudience(text: string, keyOf: (text: string) => string = normalizeReference): boolean {
  return AUDIENCES.has(keyOf(text));
}
