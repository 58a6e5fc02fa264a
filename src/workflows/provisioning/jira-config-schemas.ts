import { z } from 'zod';

/** The slices of Jira REST responses provisioning reads (validated; extra fields ignored). */
export const projectSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  /** `classic` (company-managed) or `next-gen` (team-managed). */
  style: z.string().optional(),
  simplified: z.boolean().optional(),
});

export const issueTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  hierarchyLevel: z.number().optional(),
  subtask: z.boolean().optional(),
});
export const issueTypeListSchema = z.array(issueTypeSchema);

export const fieldSchema = z.object({
  id: z.string(),
  name: z.string(),
  custom: z.boolean().optional(),
  schema: z.object({ type: z.string().optional(), custom: z.string().optional() }).optional(),
});
export const fieldListSchema = z.array(fieldSchema);

export const pagedSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    values: z.array(item).default([]),
    isLast: z.boolean().optional(),
    startAt: z.number().optional(),
    maxResults: z.number().optional(),
    total: z.number().optional(),
  });

export const fieldContextSchema = z.object({
  id: z.string(),
  name: z.string(),
  isGlobalContext: z.boolean().optional(),
  isAnyIssueType: z.boolean().optional(),
});
export const fieldOptionSchema = z.object({
  id: z.string(),
  value: z.string(),
  disabled: z.boolean().optional(),
});

export const linkTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  inward: z.string(),
  outward: z.string(),
});
export const linkTypeListSchema = z.object({ issueLinkTypes: z.array(linkTypeSchema).default([]) });

export const workflowStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  statusReference: z.string().optional(),
  statusCategory: z.string().optional(),
});

export const workflowSchema = z.object({
  id: z.string(),
  name: z.string(),
  statuses: z.array(z.object({ statusReference: z.string() }).loose()).default([]),
  transitions: z
    .array(z.object({ id: z.string().optional(), name: z.string() }).loose())
    .default([]),
  version: z.object({ id: z.string(), versionNumber: z.number() }).optional(),
});

export const workflowSearchSchema = z.object({
  values: z.array(workflowSchema).default([]),
  statuses: z.array(workflowStatusSchema).default([]),
  isLast: z.boolean().optional(),
});

export const workflowCreateResponseSchema = z.object({
  workflows: z.array(workflowSchema).default([]),
  statuses: z.array(workflowStatusSchema).default([]),
});

export const statusSearchSchema = z.object({
  values: z
    .array(workflowStatusSchema.extend({ statusCategory: z.string().optional() }))
    .default([]),
  isLast: z.boolean().optional(),
});

export const workflowSchemeSchema = z.object({
  /** Absent for the site's Default Workflow Scheme. */
  id: z.number().optional(),
  name: z.string(),
  defaultWorkflow: z.string().optional(),
  issueTypeMappings: z.record(z.string(), z.string()).optional(),
});

export const issueTypeSchemeProjectSchema = pagedSchema(
  z.object({
    issueTypeScheme: z.object({
      id: z.string(),
      name: z.string(),
      isDefault: z.boolean().optional(),
    }),
    projectIds: z.array(z.string()).optional(),
  }),
);

export const screenSchema = z.object({ id: z.number(), name: z.string() });
export const screenTabSchema = z.object({ id: z.number(), name: z.string() });
export const screenFieldSchema = z.object({ id: z.string(), name: z.string().optional() });

export const screenSchemeSchema = z.object({
  id: z.number(),
  name: z.string(),
  screens: z.object({ default: z.number().optional() }).loose().optional(),
});

export const issueTypeScreenSchemeSchema = z.object({ id: z.string(), name: z.string() });
export const issueTypeScreenSchemeItemSchema = z.object({
  issueTypeId: z.string(),
  issueTypeScreenSchemeId: z.string(),
  screenSchemeId: z.string(),
});
export const issueTypeScreenSchemeProjectsSchema = pagedSchema(
  z.object({
    issueTypeScreenScheme: issueTypeScreenSchemeSchema,
    projectIds: z.array(z.string()).default([]),
  }),
);
