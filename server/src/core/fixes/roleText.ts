// How a fix writes a role into a charter: YAML charters refer to roles by id, Markdown ones by title.
import type { Charter, RoleDefinition } from '../model';

export function referenceTextFor(charter: Charter, role: RoleDefinition): string {
  return charter.format === 'yaml' ? role.id : role.title;
}
