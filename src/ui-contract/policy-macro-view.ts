/**
 * What the AI Policy macro shows for one page version, read as the viewer (built by
 * src/macros/policy/policy-view.ts): the document-control block, the clause 5.2 checklist, the
 * approval history and the AI objectives. The Custom UI and the export render this same view.
 */
import { z } from 'zod';
import { POLICY_ELEMENTS, POLICY_STATUSES } from '../domain/records/policy-document';
import {
  list,
  macroViewSchema,
  moreInJiraSchema,
  nullableText,
  peopleChoiceSchema,
  personSchema,
} from './wire-shapes';

export const policyChecklistItemSchema = z.object({
  element: z.enum(POLICY_ELEMENTS),
  name: z.string(),
  covered: z.boolean(),
  where: nullableText,
});
export type PolicyChecklistItem = z.infer<typeof policyChecklistItemSchema>;

export const policyHistoryItemSchema = z.object({
  pageVersion: z.number(),
  /** What was recorded (src/domain/policy/policy-control-record.ts), and in words. */
  event: z.string(),
  eventName: z.string(),
  at: z.string(),
  by: personSchema,
});
export type PolicyHistoryItem = z.infer<typeof policyHistoryItemSchema>;

export const policyObjectiveSchema = z.object({
  key: z.string(),
  summary: z.string(),
  statusName: z.string(),
  statusCategory: z.string(),
  annexCObjective: nullableText,
  measure: nullableText,
  dueDate: nullableText,
});

export const policyObjectivesSchema = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    projectKey: z.string(),
    /** The first MAX_OBJECTIVES objectives (key order); `more` when there are more than that. */
    items: list(policyObjectiveSchema),
    more: moreInJiraSchema.nullable(),
  }),
  z.object({ available: z.literal(false), projectKey: z.string(), message: z.string() }),
]);
export type PolicyObjectives = z.infer<typeof policyObjectivesSchema>;

export const policyViewSchema = z.object({
  configured: z.literal(true),
  page: z.object({
    id: z.string(),
    title: z.string(),
    currentVersion: z.number(),
    viewedVersion: z.number(),
    isCurrent: z.boolean(),
  }),
  documentReference: z.string(),
  /** Set by an AIMS manager (app storage); null until one is set. */
  owner: personSchema.nullable(),
  status: z.enum(POLICY_STATUSES),
  statusName: z.string(),
  /** No document control was recorded yet at the viewed version. */
  uncontrolled: z.boolean(),
  approval: z
    .object({ approver: personSchema, approvedAt: z.string(), approvedVersion: z.number() })
    .nullable(),
  changedSinceApproval: z.boolean(),
  isApprovedVersion: z.boolean(),
  reviewIntervalMonths: z.number(),
  /** The policy review (A.2.4, 7.5.2) — not a management review: next date and whether it is due. */
  review: z.object({
    nextReviewDate: z.string().optional(),
    state: z.enum(['none', 'scheduled', 'due', 'overdue']),
    daysOverdue: z.number(),
  }),
  /** The AIMS Action the policy review scan opened, when the viewer can see it. */
  reviewAction: z.object({ key: z.string(), statusName: z.string() }).nullable(),
  checklist: list(policyChecklistItemSchema),
  uncoveredCount: z.number(),
  history: list(policyHistoryItemSchema),
  /** Older history entries the record let go to stay within its size (0: the history is complete). */
  historyNotKept: z.number(),
  objectives: policyObjectivesSchema,
  viewer: z.object({
    accountId: z.string(),
    isOwner: z.boolean(),
    /** Why the viewer may not set the document owner (empty: they may). */
    setOwnerBlockers: list(z.string()),
    canApprove: z.boolean(),
    approveBlockers: list(z.string()),
    managerGroup: z.string(),
  }),
});
export type PolicyView = z.infer<typeof policyViewSchema>;

export const policyViewResultSchema = macroViewSchema(policyViewSchema);
export type PolicyViewResult = z.infer<typeof policyViewResultSchema>;

/** What the configuration form and the owner picker offer: the people, and the defaults. */
export const policyConfigOptionsSchema = peopleChoiceSchema(
  z.object({ objectivesProjectKey: z.string(), reviewIntervalMonths: z.number() }),
);
