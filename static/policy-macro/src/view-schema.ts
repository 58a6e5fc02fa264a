import { z } from 'zod';

const person = z.object({ accountId: z.string(), displayName: z.string() });

export const POLICY_ELEMENT_KEYS = [
  'appropriate-to-purpose',
  'framework-for-objectives',
  'commitment-to-requirements',
  'commitment-to-continual-improvement',
] as const;

const objectives = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    projectKey: z.string(),
    truncated: z.boolean(),
    items: z.array(
      z.object({
        key: z.string(),
        summary: z.string(),
        statusName: z.string(),
        statusCategory: z.string(),
        annexCObjective: z.string().nullable(),
        measure: z.string().nullable(),
        dueDate: z.string().nullable(),
      }),
    ),
  }),
  z.object({ available: z.literal(false), projectKey: z.string(), message: z.string() }),
]);

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
  owner: person,
  status: z.enum(['draft', 'in-review', 'approved', 'superseded']),
  statusName: z.string(),
  uncontrolled: z.boolean(),
  approval: z
    .object({ approver: person, approvedAt: z.string(), approvedVersion: z.number() })
    .nullable(),
  changedSinceApproval: z.boolean(),
  isApprovedVersion: z.boolean(),
  reviewIntervalMonths: z.number(),
  review: z.object({
    nextReviewDate: z.string().optional(),
    state: z.enum(['none', 'scheduled', 'due', 'overdue']),
    daysOverdue: z.number(),
  }),
  reviewAction: z.object({ key: z.string(), statusName: z.string() }).nullable(),
  checklist: z.array(
    z.object({
      element: z.enum(POLICY_ELEMENT_KEYS),
      name: z.string(),
      covered: z.boolean(),
      where: z.string().nullable(),
    }),
  ),
  uncoveredCount: z.number(),
  history: z.array(
    z.object({
      pageVersion: z.number(),
      event: z.string(),
      eventName: z.string(),
      at: z.string(),
      by: person,
    }),
  ),
  objectives,
  viewer: z.object({
    accountId: z.string(),
    isOwner: z.boolean(),
    canApprove: z.boolean(),
    approveBlockers: z.array(z.string()),
    managerGroup: z.string(),
  }),
});
export type PolicyView = z.infer<typeof policyViewSchema>;

export const viewResultSchema = z.union([
  policyViewSchema,
  z.object({ configured: z.literal(false), message: z.string(), problems: z.array(z.string()) }),
]);
export type ViewResult = z.infer<typeof viewResultSchema>;

export const configOptionsSchema = z.object({
  people: z.array(person),
  defaults: z.object({ objectivesProjectKey: z.string(), reviewIntervalMonths: z.number() }),
});
