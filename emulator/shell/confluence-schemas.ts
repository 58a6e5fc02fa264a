import { z } from 'zod';

/** Loose views of Confluence REST v2 responses (only what the shell shows). */
export const spaceSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  homepageId: z.string().nullish(),
});
export const spacesSchema = z.looseObject({ results: z.array(spaceSchema).default([]) });

export const pageSummarySchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  parentId: z.string().nullish(),
  position: z.number().nullish(),
});
export const pagesSchema = z.looseObject({
  results: z.array(pageSummarySchema).default([]),
  _links: z.looseObject({ next: z.string().optional() }).optional(),
});

export const pageSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  spaceId: z.string(),
  parentId: z.string().nullish(),
  status: z.string().optional(),
  version: z.looseObject({ number: z.number(), createdAt: z.string().optional() }).optional(),
  body: z
    .looseObject({
      atlas_doc_format: z.looseObject({ value: z.string() }).optional(),
      export_view: z.looseObject({ value: z.string() }).optional(),
    })
    .optional(),
});
export type ConfluencePage = z.infer<typeof pageSchema>;
export type PageSummary = z.infer<typeof pageSummarySchema>;

/** `GET /pages/{id}/operations` (PermittedOperationsResponse). */
export const pageOperationsSchema = z.looseObject({
  operations: z
    .array(z.looseObject({ operation: z.string(), targetType: z.string().optional() }))
    .default([]),
});
