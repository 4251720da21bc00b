// The rule registry: every rule module, in documentation order.
import type { Rule } from './types';

export const RULES: readonly Rule[] = [];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
