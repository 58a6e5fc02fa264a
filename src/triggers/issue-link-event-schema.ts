import { z } from 'zod';

const id = z.union([z.string(), z.number()]).transform(String);

/** `avi:jira:created:issuelink` as Forge delivers it (only what the app reads). */
export const issueLinkEventSchema = z
  .object({
    eventType: z.literal('avi:jira:created:issuelink'),
    sourceIssueId: id,
    destinationIssueId: id,
    /** Which kind of link; the app acts only on its own "raises" links. */
    issueLinkType: z.object({ id }).loose().optional(),
  })
  .loose();
export type IssueLinkEvent = z.infer<typeof issueLinkEventSchema>;
