// The YAML reader: syntax.ts reads the text into a tree (tree.ts; the plain subset by plain/), values.ts
// reads typed values off it, evidence.ts decides whether a document is a charter at all (stream.ts gives
// each document of a multi-document text), reader.ts builds the charter with roles.ts and
// responsibilities.ts, front-matter.ts reads a Markdown charter's front matter and edits.ts writes
// fixes back. keys.ts is the key table the checks and the JSON schema (schema.ts) share.
export { parseYamlCharter, readYamlCharter } from './reader';
export { readFrontMatter } from './front-matter';
export { YamlReader } from './values';
export type { YamlPath, YamlReadOptions } from './syntax';
export { charterJsonSchema } from './schema';
export { readPlainYaml } from './plain/reader';
