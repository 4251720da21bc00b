import type { YNode } from './yaml-tree';
export function readPlainYaml(_source: string): { root: YNode | null } | undefined {
  return undefined;
}
