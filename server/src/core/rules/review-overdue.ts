// A charter whose last review is older than its review period: charters rot as teams change, and a
// date the team committed to is the one signal that it still describes them. Only a charter that gives
// a review date is judged, on the day the front end passes (the core reads no clock). The fix writes
// today's date; it is never applied by "fix all": only a person knows the review took place.
import type { ReviewPeriod } from '../freshness/dates';
import { periodText } from '../freshness/period';
import { reviewStatus } from '../freshness/status';
import type { RuleOptionValues } from '../config/settings';
import type { Rule } from './types';

export const DEFAULT_REVIEW_MONTHS = 6;

/** The period a charter that writes no `review-every` is reviewed by: the rule's `months` option. */
export function defaultReviewPeriod(options: RuleOptionValues): ReviewPeriod {
  return { count: options.months ?? DEFAULT_REVIEW_MONTHS, unit: 'month' };
}

export const reviewOverdue: Rule = {
  id: 'review-overdue',
  defaultSeverity: 'warning',
  description: 'The charter’s last review is older than its review period (review-every, or the configured default).',
  messages: {
    overdue: 'This charter was last reviewed on {{reviewed}} and is to be reviewed every {{period}}: the next review was due on {{due}}. Review it with the team, then update the date.',
    overdueByDefault: 'This charter was last reviewed on {{reviewed}} and is to be reviewed every {{period}} (the default: review-every sets another period): the next review was due on {{due}}. Review it with the team, then update the date.',
  },
  fixable: true,
  options: {
    months: {
      type: 'integer',
      default: DEFAULT_REVIEW_MONTHS,
      min: 1,
      description: 'The review period, in months, of a charter that writes no review-every.',
    },
  },
  check({ charter, options, today, report }) {
    const reviewed = charter.review?.reviewed;
    const status = today === undefined ? undefined : reviewStatus(charter, defaultReviewPeriod(options), today);
    if (!reviewed || !status?.overdue || today === undefined) return;
    report({
      range: reviewed.range,
      messageId: status.periodWritten ? 'overdue' : 'overdueByDefault',
      data: { reviewed: status.reviewed, period: periodText(status.period), due: status.due },
      fixes: [{ title: `Mark as reviewed today (${today})`, edits: [{ range: reviewed.range, newText: today }] }],
    });
  },
};
