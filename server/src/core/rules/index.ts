// The rule registry: every rule module, in documentation order.
import type { Rule } from './types';
import { accountableMissing } from './accountable-missing';
import { accountableMultiple } from './accountable-multiple';
import { accountableVacant } from './accountable-vacant';
import { responsibleMissing } from './responsible-missing';
import { roleUndefined } from './role-undefined';
import { roleUnused } from './role-unused';
import { roleDuplicate } from './role-duplicate';
import { roleAmbiguous } from './role-ambiguous';
import { raciInvalid } from './raci-invalid';
import { responsibilityDuplicate } from './responsibility-duplicate';
import { syntax } from './syntax';
import { schema } from './schema';
import { roleBoundary } from './role-boundary';
import { roleOverload } from './role-overload';
import { sharedAccountableMultiple } from './shared-accountable-multiple';
import { sharedAccountableMissing } from './shared-accountable-missing';
import { codeownersMismatch } from './codeowners-mismatch';
import { catalogOwnerMismatch } from './catalog-owner-mismatch';
import { reviewOverdue } from './review-overdue';

export const RULES: readonly Rule[] = [
  accountableMissing,
  accountableMultiple,
  accountableVacant,
  responsibleMissing,
  roleUndefined,
  roleUnused,
  roleDuplicate,
  roleAmbiguous,
  roleBoundary,
  roleOverload,
  raciInvalid,
  responsibilityDuplicate,
  reviewOverdue,
  sharedAccountableMultiple,
  sharedAccountableMissing,
  codeownersMismatch,
  catalogOwnerMismatch,
  syntax,
  schema,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
