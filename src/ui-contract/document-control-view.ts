/**
 * What every controlled document's macro shows about its document control for one page version
 * (built by src/macros/document-control/document-control-view.ts): identification, owner, status,
 * the approval, the document review, the history and what the viewer may do. For
 * `z.object({...documentControlViewShape, …})` in each macro's view.
 */
import { z } from 'zod';
import { sealStatusSchema } from './seal-status';
import { DOCUMENT_STATUSES } from '../domain/document-control/controlled-document';
import { list, personSchema } from './wire-shapes';

export const documentHistoryItemSchema = z.object({
  pageVersion: z.number(),
  /** What was recorded (the kind's control events), and in words. */
  event: z.string(),
  eventName: z.string(),
  at: z.string(),
  by: personSchema,
});
export type DocumentHistoryItem = z.infer<typeof documentHistoryItemSchema>;

export const documentControlViewShape = {
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
  status: z.enum(DOCUMENT_STATUSES),
  statusName: z.string(),
  /** No document control was recorded yet at the viewed version. */
  uncontrolled: z.boolean(),
  approval: z
    .object({ approver: personSchema, approvedAt: z.string(), approvedVersion: z.number() })
    .nullable(),
  changedSinceApproval: z.boolean(),
  /** The approvals checked against the app's seal (null: never approved). */
  seal: sealStatusSchema.nullable(),
  isApprovedVersion: z.boolean(),
  reviewIntervalMonths: z.number(),
  /** The document's own review (for the AI policy A.2.4) — not a management review. */
  review: z.object({
    nextReviewDate: z.string().optional(),
    state: z.enum(['none', 'scheduled', 'due', 'overdue']),
    daysOverdue: z.number(),
  }),
  history: list(documentHistoryItemSchema),
  /** Older history entries the record let go to stay within its size (0: the history is complete). */
  historyNotKept: z.number(),
  viewer: z.object({
    accountId: z.string(),
    isOwner: z.boolean(),
    /** Why the viewer may not set the document owner (empty: they may). */
    setOwnerBlockers: list(z.string()),
    canApprove: z.boolean(),
    approveBlockers: list(z.string()),
    managerGroup: z.string(),
  }),
};

export type DocumentControlView = z.infer<z.ZodObject<typeof documentControlViewShape>>;

/** The people the owner picker offers (a controlled document macro's `getConfigOptions`). */
export const documentPeopleSchema = z.object({ people: list(personSchema) });
