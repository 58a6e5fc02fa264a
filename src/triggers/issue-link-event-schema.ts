import { z } from 'zod';

const id = z.union([z.string(), z.number()]).transform(String);

/** `avi:jira:created:issuelink` as Forge delivers it (only what the app reads). */
export const issueLinkEventSchema = z
  .object({
    eventType: z.literal('avi:jira:created:issuelink'),
    sourceIssueId: id,
    destinationIssueId: id,
  })
  .loose();
export type IssueLinkEvent = z.infer<typeof issueLinkEventSchema>;
