import { z } from 'zod';
import type { AgileModels } from 'jira.js';

/**
 * The shapes of Jira Software's answers, written from jira.js's Agile models (there is no OpenAPI
 * spec of this API here). Each object is strict, so the emulator answers nothing jira.js does not
 * model, and each schema's output type must be assignable to the jira.js model (the `Assignable`
 * checks below fail `tsc` otherwise), so a schema cannot drift from the client's types.
 */
const boardLocation = z
  .object({
    avatarURI: z.string().optional(),
    displayName: z.string().optional(),
    name: z.string().optional(),
    projectId: z.number().int().optional(),
    projectKey: z.string().optional(),
    projectName: z.string().optional(),
    projectTypeKey: z.string().optional(),
    userAccountId: z.string().optional(),
    userId: z.number().optional(),
  })
  .strict();

export const boardShape = z
  .object({
    id: z.number().int(),
    self: z.string().url(),
    name: z.string(),
    type: z.string(),
    location: boardLocation.optional(),
    isPrivate: z.boolean().optional(),
    canEdit: z.boolean().optional(),
    favourite: z.boolean().optional(),
  })
  .strict();

export const boardPageShape = z
  .object({
    isLast: z.boolean(),
    maxResults: z.number().int(),
    startAt: z.number().int(),
    total: z.number().int(),
    values: z.array(boardShape),
  })
  .strict();

export const configurationShape = z
  .object({
    id: z.number().int(),
    name: z.string(),
    type: z.string(),
    self: z.string().url(),
    location: z.object({ type: z.string(), projectKeyOrId: z.string().optional() }).strict(),
    filter: z.object({ id: z.string(), self: z.string().url() }).strict(),
    columnConfig: z
      .object({
        columns: z.array(
          z
            .object({
              name: z.string(),
              min: z.number().optional(),
              max: z.number().optional(),
              statuses: z.array(z.object({ id: z.string(), self: z.string().url() }).strict()),
            })
            .strict(),
        ),
        constraintType: z.string().optional(),
      })
      .strict(),
  })
  .strict();

const issueShape = z
  .object({
    id: z.string(),
    key: z.string(),
    self: z.string().url(),
    expand: z.string().optional(),
    fields: z.record(z.string(), z.unknown()),
  })
  .passthrough();

export const boardIssuesShape = z
  .object({
    expand: z.string().optional(),
    startAt: z.number().int(),
    maxResults: z.number().int(),
    total: z.number().int(),
    issues: z.array(issueShape),
  })
  .strict();

type Assignable<T extends U, U> = T;
export type ShapesMatchJiraJs = [
  Assignable<z.infer<typeof boardShape>, AgileModels.Board>,
  Assignable<z.infer<typeof boardShape>, AgileModels.CreateBoard>,
  Assignable<z.infer<typeof boardPageShape>, AgileModels.GetAllBoards>,
  Assignable<z.infer<typeof configurationShape>, AgileModels.GetConfiguration>,
  Assignable<
    Omit<z.infer<typeof boardIssuesShape>, 'issues'>,
    Omit<AgileModels.SearchResults, 'issues'>
  >,
];
