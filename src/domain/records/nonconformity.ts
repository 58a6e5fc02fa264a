/**
 * Nonconformity record (clause 10.2). Fields fill in step by step (react → causes →
 * action → effectiveness → AIMS change), so most are optional here; whether a step is
 * complete is the 10.2 workflow's question (src/domain/nonconformity). This schema only
 * refuses values that are wrong in themselves or contradict each other.
 */
import { z } from 'zod';
import {
  ISSUE_KEY_PATTERN,
  accountId,
  choice,
  evidenceLinkSchema,
  isoDate,
  isoDateTime,
  issueKey,
  listOf,
  optionalText,
  recordKey,
  requiredText,
} from './record-fields';

export const NONCONFORMITY_SOURCES = ['audit-finding', 'incident', 'complaint', 'other'] as const;
export type NonconformitySource = (typeof NONCONFORMITY_SOURCES)[number];

/** 10.2 b) 3): do similar nonconformities exist, or could they occur? */
export const SIMILAR_CHECK_ANSWERS = ['exists', 'could-occur', 'none'] as const;
export type SimilarCheckAnswer = (typeof SIMILAR_CHECK_ANSWERS)[number];

export const CORRECTIVE_ACTION_DECISIONS = ['needed', 'not-needed'] as const;
export type CorrectiveActionDecision = (typeof CORRECTIVE_ACTION_DECISIONS)[number];

export const EFFECTIVENESS_VERDICTS = ['effective', 'ineffective'] as const;
export type EffectivenessVerdict = (typeof EFFECTIVENESS_VERDICTS)[number];

export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];

export const similarCheckSchema = z.object(
  {
    answer: choice('Similar nonconformities answer', SIMILAR_CHECK_ANSWERS),
    notes: requiredText('Notes on the similar nonconformities check'),
  },
  { error: 'The similar nonconformities check needs an answer and notes' },
);
export type SimilarCheck = z.infer<typeof similarCheckSchema>;

export const correctiveActionDecisionSchema = z.object(
  {
    decision: choice('Corrective action decision', CORRECTIVE_ACTION_DECISIONS),
    rationale: requiredText('Rationale for the corrective action decision'),
  },
  { error: 'The corrective action decision needs a decision and a rationale' },
);
export type CorrectiveActionDecisionRecord = z.infer<typeof correctiveActionDecisionSchema>;

/** A link to the AIMS change: a web address or a Jira issue key. */
const changeLink = z
  .string({ error: 'AIMS change link must be a web address or a Jira issue key' })
  .trim()
  .refine(
    (v) => ISSUE_KEY_PATTERN.test(v) || z.url({ protocol: /^https?$/ }).safeParse(v).success,
    {
      error: 'AIMS change link must be a web address or a Jira issue key',
    },
  );

export const nonconformitySchema = z
  .object(
    {
      key: recordKey(),
      summary: requiredText('Summary', 255),
      description: requiredText('Description of the nonconformity'),
      source: choice('Source', NONCONFORMITY_SOURCES),
      /** The audit finding / incident / complaint issue it came from, if tracked in Jira. */
      sourceKey: issueKey('Source issue').optional(),
      detectedOn: isoDate('Date detected').optional(),
      ownerAccountId: accountId('Owner').optional(),
      /** 10.2 a) */
      correction: optionalText('Correction'),
      consequences: optionalText('Consequences'),
      /** 10.2 b) */
      causes: optionalText('Causes'),
      similarCheck: similarCheckSchema.optional(),
      correctiveActionDecision: correctiveActionDecisionSchema.optional(),
      /** 10.2 d) */
      effectivenessVerdict: choice('Effectiveness verdict', EFFECTIVENESS_VERDICTS).optional(),
      effectivenessEvidence: listOf('Effectiveness evidence', evidenceLinkSchema),
      effectivenessReviewerAccountId: accountId('Effectiveness reviewer').optional(),
      effectivenessReviewedAt: isoDateTime('Effectiveness review time').optional(),
      /** 10.2 e) */
      aimsChangeNeeded: choice('AIMS change needed', YES_NO).optional(),
      aimsChangeLink: changeLink.optional(),
    },
    { error: 'A nonconformity record must be an object' },
  )
  .superRefine((nc, ctx) => {
    if (nc.source === 'audit-finding' && nc.sourceKey === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceKey'],
        message: 'A nonconformity raised from an audit finding needs the finding’s issue key',
      });
    }
    if (nc.effectivenessVerdict !== undefined && nc.effectivenessReviewerAccountId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectivenessReviewerAccountId'],
        message: 'An effectiveness verdict needs the reviewer who gave it',
      });
    }
    if (nc.aimsChangeNeeded === 'yes' && nc.aimsChangeLink === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['aimsChangeLink'],
        message: 'When an AIMS change is needed, link the change',
      });
    }
  });

export type NonconformityRecord = z.infer<typeof nonconformitySchema>;
