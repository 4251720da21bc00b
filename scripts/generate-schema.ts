// Writes schemas/charter.schema.json from the parser's key table. Run: npx tsx scripts/generate-schema.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { charterJsonSchema } from '../server/src/core/parse/yaml';

export function generatedSchemaText(): string {
  return `${JSON.stringify(charterJsonSchema(), null, 2)}\n`;
}

export const SCHEMA_PATH = join(__dirname, '..', 'schemas', 'charter.schema.json');

if (require.main === module) {
  writeFileSync(SCHEMA_PATH, generatedSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
