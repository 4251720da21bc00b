// Words that name an audience, not a role: "Informed: Everyone", a column "Whole team". A charter that
// defines its roles does not define "everyone", and saying it is undefined would be a wrong finding.
import { normalizeReference } from '../normalize';

const AUDIENCES = new Set([
  'everyone', 'everybody', 'all', 'all roles', 'all staff', 'all hands', 'all employees', 'all members', 'all team members', 'whole team',
  'the whole team', 'entire team', 'the team', 'team', 'the company', 'company', 'whole company', 'organisation', 'organization',
  'stakeholders', 'all stakeholders', 'the stakeholders',
  'tous', 'tout le monde', "toute l'équipe", 'todos', 'todo el equipo', 'toda a equipe', 'alle', 'das team', 'tutti', 'iedereen', 'все', 'вся команда',
  '全員', '所有人', '全体',
]);

/** `keyOf`: how the text is normalised (a check's RoleIndex.keyOf remembers it). */
export function isAudience(text: string, keyOf: (text: string) => string = normalizeReference): boolean {
  return AUDIENCES.has(keyOf(text));
}
