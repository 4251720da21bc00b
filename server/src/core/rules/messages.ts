// A rule's messages by id, as ESLint's `meta.messages`: each sentence is written once, in the rule's
// module, as a template whose {{name}} placeholders a finding's data fill. Rewording a message changes
// that one line; tests assert the id and the data.
import type { Rule, RuleReport } from './types';

/** The values a message's placeholders take: already quoted and clipped by the rule (quote.ts). */
export type MessageData = Readonly<Record<string, string | number>>;

/** The template with each {{name}} replaced by its value; a placeholder with no value stays as written. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder: string, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : placeholder));
}

/** What a finding says: its message, and the id and data it was made from when the rule reported one. */
export function reportedMessage(rule: Rule, report: RuleReport): { message: string; messageId?: string; data?: MessageData } {
  if (report.messageId === undefined) return { message: report.message };
  const template = rule.messages?.[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported the message id ${report.messageId}, which it does not declare`);
  return { message: formatMessage(template, report.data), messageId: report.messageId, ...(report.data ? { data: report.data } : {}) };
}
