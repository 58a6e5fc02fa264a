/**
 * The payloads of the issue panel's actions (src/resolvers/issue-panel-resolver.ts), checked with
 * zod before anything runs. The issue they act on always comes from the Forge context, never
 * from the payload; a payload only names a linked issue the server then checks.
 */
import { z } from 'zod';
import { FINDING_GRADE_OPTIONS } from '../jira/aims-schema/field-options';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;
const accountId = z
  .string()
  .trim()
  .min(1, 'Choose a person')
  .max(128, 'An account id is at most 128 characters');

/** One id per form shown: the same request sent twice (a double click, a retry) creates one record. */
const requestId = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, 'The request id must be 8–64 letters, digits or dashes');

const summary = z
  .string()
  .trim()
  .min(1, 'Give the summary')
  .max(255, 'A summary is at most 255 characters');

export const createCorrectiveActionSchema = z.strictObject({
  requestId,
  summary,
  implementerAccountId: accountId.optional(),
});
export type CreateCorrectiveActionPayload = z.infer<typeof createCorrectiveActionSchema>;

export const addFindingSchema = z.strictObject({
  requestId,
  summary,
  grade: z.enum(FINDING_GRADE_OPTIONS, {
    error: `Choose the grade (${FINDING_GRADE_OPTIONS.join(', ')})`,
  }),
});
export type AddFindingPayload = z.infer<typeof addFindingSchema>;

export const PANEL_PERSON_ROLES = ['implementer', 'reviewer'] as const;
export type PanelPersonRole = (typeof PANEL_PERSON_ROLES)[number];

export const setPersonSchema = z.strictObject({
  role: z.enum(PANEL_PERSON_ROLES, { error: 'The role is implementer or reviewer' }),
  /** The Corrective Action whose implementer is chosen (linked to the panel's Nonconformity). */
  issueKey: z.string().regex(ISSUE_KEY, 'The issue key is not valid').optional(),
  /** null: nobody (unassign, clear the reviewer). */
  accountId: accountId.nullable(),
});
export type SetPersonPayload = z.infer<typeof setPersonSchema>;

export const runTransitionSchema = z.strictObject({
  transitionName: z.string().trim().min(1, 'Name the transition').max(255),
});
export type RunTransitionPayload = z.infer<typeof runTransitionSchema>;
