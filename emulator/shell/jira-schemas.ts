import { z } from 'zod';

/** Loose views of Jira REST responses: only what the shell shows; unknown keys pass through. */
export const projectSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  projectTypeKey: z.string().optional(),
  description: z.string().optional(),
});
export const projectPageSchema = z.looseObject({ values: z.array(projectSchema).default([]) });

const namedSchema = z.looseObject({ name: z.string().optional(), id: z.string().optional() });
const statusSchema = z.looseObject({
  name: z.string(),
  statusCategory: z
    .looseObject({ key: z.string().optional(), name: z.string().optional() })
    .optional(),
});
const userSchema = z.looseObject({
  displayName: z.string().optional(),
  accountId: z.string().optional(),
});

export const searchIssueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z
    .looseObject({
      summary: z.string().optional(),
      status: statusSchema.optional(),
      issuetype: namedSchema.optional(),
      assignee: userSchema.nullish(),
      priority: namedSchema.nullish(),
      updated: z.string().optional(),
    })
    .default({}),
});
export const searchPageSchema = z.looseObject({
  issues: z.array(searchIssueSchema).default([]),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});
export const countSchema = z.looseObject({ count: z.number() });

const linkedIssueSchema = z.looseObject({
  key: z.string(),
  fields: z
    .looseObject({ summary: z.string().optional(), status: statusSchema.optional() })
    .optional(),
});
export const issueLinkSchema = z.looseObject({
  type: z.looseObject({
    name: z.string().optional(),
    inward: z.string().optional(),
    outward: z.string().optional(),
  }),
  inwardIssue: linkedIssueSchema.optional(),
  outwardIssue: linkedIssueSchema.optional(),
});
export const commentSchema = z.looseObject({
  id: z.string().optional(),
  author: userSchema.optional(),
  body: z.unknown(),
  created: z.string().optional(),
});
export const issueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()),
  names: z.record(z.string(), z.string()).optional(),
});
export const issueCoreFieldsSchema = z.looseObject({
  summary: z.string().default(''),
  status: statusSchema.optional(),
  issuetype: z.looseObject({ id: z.string().optional(), name: z.string().optional() }).optional(),
  project: z
    .looseObject({
      id: z.string(),
      key: z.string(),
      name: z.string().optional(),
      projectTypeKey: z.string().optional(),
    })
    .optional(),
  assignee: userSchema.nullish(),
  reporter: userSchema.nullish(),
  priority: namedSchema.nullish(),
  created: z.string().optional(),
  updated: z.string().optional(),
  labels: z.array(z.string()).optional(),
  description: z.unknown().optional(),
  issuelinks: z.array(issueLinkSchema).optional(),
  comment: z.looseObject({ comments: z.array(commentSchema).default([]) }).optional(),
});
export const transitionsSchema = z.looseObject({
  transitions: z
    .array(
      z.looseObject({
        id: z.string(),
        name: z.string(),
        to: z.looseObject({ name: z.string().optional() }).optional(),
        isAvailable: z.boolean().optional(),
      }),
    )
    .default([]),
});

const createMetaIssueTypeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  subtask: z.boolean().optional(),
});
export const createMetaIssueTypesSchema = z.looseObject({
  issueTypes: z.array(createMetaIssueTypeSchema).optional(),
  createMetaIssueType: z.array(createMetaIssueTypeSchema).optional(),
});
/** A field's metadata as createmeta and editmeta give it (FieldMetadata). */
export const fieldMetaSchema = z.looseObject({
  name: z.string(),
  required: z.boolean().default(false),
  schema: z
    .looseObject({
      type: z.string(),
      items: z.string().optional(),
      custom: z.string().optional(),
      system: z.string().optional(),
    })
    .optional(),
  allowedValues: z.array(z.unknown()).optional(),
});
export const createMetaFieldSchema = fieldMetaSchema.extend({ fieldId: z.string() });
export const createMetaFieldsSchema = z.looseObject({
  fields: z.array(createMetaFieldSchema).optional(),
  results: z.array(createMetaFieldSchema).optional(),
});
export type CreateMetaField = z.infer<typeof createMetaFieldSchema>;

/** Jira Software: a board page, a board's configuration, and a page of its issues. */
export const boardPageSchema = z.looseObject({
  values: z
    .array(z.looseObject({ id: z.number(), name: z.string(), type: z.string() }))
    .default([]),
});
export const boardSchema = z.looseObject({ id: z.number(), name: z.string() });
export const boardConfigurationSchema = z.looseObject({
  columnConfig: z.looseObject({
    columns: z.array(
      z.looseObject({
        name: z.string(),
        statuses: z.array(z.looseObject({ id: z.string() })).default([]),
      }),
    ),
  }),
});
export const boardIssuesSchema = z.looseObject({
  total: z.number(),
  issues: z.array(
    searchIssueSchema.extend({
      fields: searchIssueSchema.shape.fields.unwrap().extend({
        status: statusSchema.extend({ id: z.string() }).optional(),
      }),
    }),
  ),
});
/** A search page whose issues carry their transitions (`expand=transitions`). */
export const issuesWithTransitionsSchema = z.looseObject({
  issues: z
    .array(
      z.looseObject({
        key: z.string(),
        transitions: z
          .array(
            z.looseObject({
              id: z.string(),
              name: z.string(),
              to: z.looseObject({ id: z.string(), name: z.string() }),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
});
