// The JSON schema of YAML charters, built from the key table the parser checks with (keys.ts), so
// that the Red Hat YAML extension and the core agree on what is valid.
import { CHARTER_KEYS, COVERS_KEYS, RESPONSIBILITY_KEYS, ROLE_KEYS, type KeySpec } from './keys';

type JsonSchema = Record<string, unknown>;

const STRING: JsonSchema = { type: 'string' };
const STRING_OR_LIST: JsonSchema[] = [{ type: 'string' }, { type: 'array', items: { type: 'string' } }];

function objectSchema(specs: readonly KeySpec[], extra: JsonSchema = {}): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const spec of specs) properties[spec.key] = propertySchema(spec);
  const required = specs.filter((spec) => spec.required).map((spec) => spec.key);
  return { ...extra, type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

function propertySchema(spec: KeySpec): JsonSchema {
  const described = { title: spec.title, description: spec.description };
  // An optional key left empty (`informed:`) is read as absent by the core, so null is allowed there.
  const orNull = (schema: JsonSchema): JsonSchema => (spec.required ? schema : { anyOf: [schema, { type: 'null' }] });
  switch (spec.type) {
    case 'string':
      return { ...described, ...(spec.required ? STRING : { type: ['string', 'null'] }) };
    case 'date':
      return { ...described, anyOf: [{ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, { type: 'null' }] };
    case 'strings':
    case 'references':
      return { ...described, anyOf: spec.required ? STRING_OR_LIST : [...STRING_OR_LIST, { type: 'null' }] };
    case 'roles':
      return {
        ...described,
        ...orNull({ type: 'object', additionalProperties: objectSchema(ROLE_KEYS, { title: 'Role', description: 'A role; its key is the role id references may use.' }) }),
      };
    case 'responsibilities':
      return {
        ...described,
        ...orNull({ type: 'array', items: objectSchema(RESPONSIBILITY_KEYS, { title: 'Responsibility' }) }),
      };
    case 'covers':
      return { ...described, ...orNull(objectSchema(COVERS_KEYS)) };
  }
}

export function charterJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...objectSchema(CHARTER_KEYS, {
      title: 'Team charter',
      description: 'A team charter: the team, its roles and who is accountable, responsible, consulted and informed for each responsibility.',
    }),
  };
}
