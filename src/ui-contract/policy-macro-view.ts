/**
 * What the AI Policy macro shows for one page version, read as the viewer (built by
 * src/macros/policy/policy-view.ts): the document-control block, the clause 5.2 checklist, the
 * approval history and the AI objectives. The Custom UI and the export render this same view.
 */
import { z } from 'zod';
import { POLICY_ELEMENTS } from '../domain/records/policy-document';
import { documentControlViewShape, documentHistoryItemSchema } from './document-control-view';
import type { DocumentHistoryItem } from './document-control-view';
import {
  list,
  macroViewSchema,
  moreInJiraSchema,
  nullableText,
  peopleChoiceSchema,
} from './wire-shapes';

export const policyChecklistItemSchema = z.object({
  element: z.enum(POLICY_ELEMENTS),
  name: z.string(),
  covered: z.boolean(),
  where: nullableText,
});
export type PolicyChecklistItem = z.infer<typeof policyChecklistItemSchema>;

export const policyHistoryItemSchema = documentHistoryItemSchema;
export type PolicyHistoryItem = DocumentHistoryItem;

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

/**
 * "I have read and understood this version" (7.3): the approved version in force, whether the
 * viewer acknowledged it, and the share of the AIMS members group that has — counts only.
 */
export const policyAcknowledgementSchema = z.object({
  /** The approved page version people acknowledge now; null when none is in force. */
  version: z.number().int().min(1).nullable(),
  viewerAcknowledgedAt: nullableText,
  /** Why the viewer cannot acknowledge it now (empty: they can, or already did). */
  blockers: list(z.string()),
  memberGroup: z.string(),
  acknowledged: z.number().int().min(0),
  /** Members of the group as Jira shows them to the viewer; null when it does not. */
  groupSize: z.number().int().min(0).nullable(),
  percent: z.number().int().min(0).max(100).nullable(),
  /** Why the group's size is not shown, when it is not. */
  groupNote: nullableText,
});
export type PolicyAcknowledgementView = z.infer<typeof policyAcknowledgementSchema>;

export const policyViewSchema = z.object({
  configured: z.literal(true),
  ...documentControlViewShape,
  /** The AIMS Action the policy review scan opened, when the viewer can see it. */
  reviewAction: z.object({ key: z.string(), statusName: z.string() }).nullable(),
  checklist: list(policyChecklistItemSchema),
  uncoveredCount: z.number(),
  objectives: policyObjectivesSchema,
  /** Null in an export (nobody is looking). */
  acknowledgement: policyAcknowledgementSchema.nullable(),
});
export type PolicyView = z.infer<typeof policyViewSchema>;

export const policyViewResultSchema = macroViewSchema(policyViewSchema);
export type PolicyViewResult = z.infer<typeof policyViewResultSchema>;

/** What the configuration form and the owner picker offer: the people, and the defaults. */
export const policyConfigOptionsSchema = peopleChoiceSchema(
  z.object({ objectivesProjectKey: z.string(), reviewIntervalMonths: z.number() }),
);
