/**
 * Management review record (clause 9.3): the period covered, who attended, the inputs of
 * 9.3.2 a)–e) as summaries, and the decisions of 9.3.3. Once held, it is a frozen record.
 */
import { z } from 'zod';
import {
  accountId,
  choice,
  isoDate,
  isoDateTime,
  issueKey,
  listOf,
  recordKey,
  requiredText,
} from './record-fields';

/** The five inputs of 9.3.2, by their letters. */
export const REVIEW_INPUT_ITEMS = ['a', 'b', 'c', 'd', 'e'] as const;
export type ReviewInputItem = (typeof REVIEW_INPUT_ITEMS)[number];

export const REVIEW_DECISION_KINDS = ['continual-improvement', 'aims-change', 'other'] as const;
export type ReviewDecisionKind = (typeof REVIEW_DECISION_KINDS)[number];

export const REVIEW_STATES = ['planned', 'held'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const reviewInputSchema = z.object(
  {
    item: choice('Review input', REVIEW_INPUT_ITEMS),
    summary: requiredText('Review input summary'),
  },
  { error: 'Each review input needs an item letter (a–e) and a summary' },
);
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const reviewDecisionSchema = z.object(
  {
    kind: choice('Decision kind', REVIEW_DECISION_KINDS),
    description: requiredText('Decision'),
    /** The Jira action the decision became, once created. */
    actionKey: issueKey('Action').optional(),
    ownerAccountId: accountId('Decision owner').optional(),
    dueDate: isoDate('Decision due date').optional(),
  },
  { error: 'Each decision needs a kind and a description' },
);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const managementReviewSchema = z
  .object(
    {
      key: recordKey(),
      title: requiredText('Title', 255),
      projectKey: z.string({ error: 'Project is required' }).regex(/^[A-Z][A-Z0-9_]{0,254}$/, {
        error: 'Project must be a Jira project key like AIMS',
      }),
      periodStart: isoDate('Period start'),
      periodEnd: isoDate('Period end'),
      state: choice('Review state', REVIEW_STATES).default('planned'),
      heldAt: isoDateTime('Time the review was held').optional(),
      attendeeAccountIds: listOf('Attendees', accountId('Attendee')),
      inputs: listOf('Review inputs', reviewInputSchema),
      decisions: listOf('Decisions', reviewDecisionSchema),
    },
    { error: 'A management review record must be an object' },
  )
  .superRefine((review, ctx) => {
    if (review.periodEnd < review.periodStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'The review period cannot end before it starts',
      });
    }
    const seen = new Set<string>();
    for (const input of review.inputs) {
      if (seen.has(input.item)) {
        ctx.addIssue({
          code: 'custom',
          path: ['inputs'],
          message: `Review input ${input.item}) appears more than once`,
        });
      }
      seen.add(input.item);
    }
    if (review.state === 'held') {
      if (review.heldAt === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['heldAt'],
          message: 'A held review needs the time it was held',
        });
      }
      if (review.attendeeAccountIds.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['attendeeAccountIds'],
          message: 'A held review needs at least one attendee',
        });
      }
      const missing = REVIEW_INPUT_ITEMS.filter((item) => !seen.has(item));
      if (missing.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['inputs'],
          message: `A held review must cover every input of clause 9.3.2; missing: ${missing
            .map((m) => `${m})`)
            .join(', ')}`,
        });
      }
    }
  });

export type ManagementReviewRecord = z.infer<typeof managementReviewSchema>;
