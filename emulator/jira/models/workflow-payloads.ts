import { z } from 'zod';

/**
 * zod schemas of the workflow and status request bodies (the spec's WorkflowCreateRequest,
 * WorkflowUpdateRequest, StatusCreateRequest, WorkflowScheme, WorkflowSchemeProjectAssociation).
 * Unknown properties are ignored, as Jira ignores them.
 */

const stringMap = z.record(z.string(), z.string());
const layout = z.object({ x: z.number().optional(), y: z.number().optional() });

export const ruleSchema = z.object({
  id: z.string().optional(),
  ruleKey: z.string().min(1, 'The rule key is required.'),
  parameters: stringMap.default({}),
});
export type RulePayload = z.infer<typeof ruleSchema>;

export interface ConditionGroupPayload {
  operation: 'ANY' | 'ALL';
  conditions?: RulePayload[];
  conditionGroups?: ConditionGroupPayload[];
}

export const conditionGroupSchema: z.ZodType<ConditionGroupPayload> = z.lazy(() =>
  z.object({
    operation: z.enum(['ANY', 'ALL']),
    conditions: z.array(ruleSchema).optional(),
    conditionGroups: z.array(conditionGroupSchema).optional(),
  }),
);

export const categoryCodeSchema = z.enum(['TODO', 'IN_PROGRESS', 'DONE']);

export const workflowStatusUpdateSchema = z.object({
  id: z.string().optional(),
  name: z.string().trim().min(1, 'The status name is required.').max(255),
  statusCategory: categoryCodeSchema,
  statusReference: z.string().min(1, 'The status reference is required.'),
  description: z.string().optional(),
});
export type WorkflowStatusUpdate = z.infer<typeof workflowStatusUpdateSchema>;

const statusLayoutSchema = z.object({
  statusReference: z.string().min(1),
  properties: stringMap.default({}),
  layout: layout.optional(),
  approvalConfiguration: z.record(z.string(), z.unknown()).optional(),
});

export const transitionSchema = z.object({
  id: z.string().regex(/^\d+$/, 'A transition ID must be a number.').optional(),
  name: z.string().trim().min(1, 'The transition name is required.').max(255),
  description: z.string().optional(),
  type: z.enum(['INITIAL', 'GLOBAL', 'DIRECTED']),
  toStatusReference: z.string().min(1, 'The transition needs a target status (toStatusReference).'),
  links: z
    .array(
      z.object({
        fromStatusReference: z.string().min(1),
        fromPort: z.number().int().optional(),
        toPort: z.number().int().optional(),
      }),
    )
    .default([]),
  conditions: conditionGroupSchema.optional(),
  validators: z.array(ruleSchema).default([]),
  actions: z.array(ruleSchema).default([]),
  triggers: z.array(ruleSchema).default([]),
  properties: stringMap.default({}),
  transitionScreen: ruleSchema.optional(),
  customIssueEventId: z.string().optional(),
});
export type TransitionPayload = z.infer<typeof transitionSchema>;

const workflowBody = {
  description: z.string().optional(),
  startPointLayout: layout.optional(),
  loopedTransitionContainerLayout: layout.optional(),
  statuses: z.array(statusLayoutSchema),
  transitions: z.array(transitionSchema),
};

export const workflowCreateSchema = z.object({
  name: z.string().trim().min(1, 'The workflow name is required.').max(255),
  ...workflowBody,
});
export type WorkflowCreatePayload = z.infer<typeof workflowCreateSchema>;

const scopeSchema = z.object({
  type: z.enum(['GLOBAL', 'PROJECT']),
  project: z.object({ id: z.string() }).optional(),
});

export const workflowCreateRequestSchema = z.object({
  scope: scopeSchema,
  statuses: z.array(workflowStatusUpdateSchema).default([]),
  workflows: z.array(workflowCreateSchema).min(1, 'At least one workflow is required.'),
});
export type WorkflowCreateRequest = z.infer<typeof workflowCreateRequestSchema>;

export const workflowCreateValidateRequestSchema = z.object({
  payload: workflowCreateRequestSchema,
  validationOptions: z
    .object({ levels: z.array(z.enum(['WARNING', 'ERROR'])).optional() })
    .optional(),
});

const statusMigration = z.object({
  oldStatusReference: z.string(),
  newStatusReference: z.string(),
});

export const workflowUpdateSchema = z.object({
  id: z.string().min(1),
  version: z.object({ id: z.string(), versionNumber: z.number().int() }),
  defaultStatusMappings: z.array(statusMigration).optional(),
  statusMappings: z
    .array(
      z.object({
        issueTypeId: z.string(),
        projectId: z.string(),
        statusMigrations: z.array(statusMigration),
      }),
    )
    .optional(),
  ...workflowBody,
});
export type WorkflowUpdatePayload = z.infer<typeof workflowUpdateSchema>;
/** One workflow of a create or an update request. */
export type WorkflowPayload = WorkflowCreatePayload | WorkflowUpdatePayload;

export const workflowUpdateRequestSchema = z.object({
  statuses: z.array(workflowStatusUpdateSchema).default([]),
  workflows: z.array(workflowUpdateSchema).min(1, 'At least one workflow is required.'),
});
export type WorkflowUpdateRequest = z.infer<typeof workflowUpdateRequestSchema>;

export const workflowReadRequestSchema = z.object({
  workflowIds: z.array(z.string()).optional(),
  workflowNames: z.array(z.string()).optional(),
  projectAndIssueTypes: z
    .array(z.object({ projectId: z.string(), issueTypeId: z.string() }))
    .optional(),
});

export const statusCreateRequestSchema = z.object({
  scope: z.object({
    type: z.enum(['GLOBAL', 'PROJECT']),
    project: z.object({ id: z.string() }).optional(),
  }),
  statuses: z
    .array(
      z.object({
        name: z.string().trim().min(1, 'The status name is required.').max(255),
        statusCategory: categoryCodeSchema,
        description: z.string().optional(),
      }),
    )
    .min(1, 'At least one status is required.'),
});

export const workflowSchemeSchema = z.object({
  name: z.string().trim().min(1).max(255).optional(),
  description: z.string().optional(),
  defaultWorkflow: z.string().min(1).optional(),
  issueTypeMappings: z.record(z.string(), z.string()).optional(),
  updateDraftIfNeeded: z.boolean().optional(),
});
export type WorkflowSchemePayload = z.infer<typeof workflowSchemeSchema>;

export const schemeAssociationSchema = z.object({
  projectId: z.string().min(1, 'The project ID is required.'),
  workflowSchemeId: z.string().nullable().optional(),
});
