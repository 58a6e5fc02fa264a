import { z } from 'zod';

const id = z.union([z.string(), z.number()]).transform(String);

export const changelogItemSchema = z
  .object({
    field: z.string().nullish(),
    fieldId: z.string().nullish(),
    from: z.string().nullish(),
    fromString: z.string().nullish(),
    to: z.string().nullish(),
    toString: z.string().nullish(),
  })
  .loose();
export type ChangelogItem = z.infer<typeof changelogItemSchema>;

/** `avi:jira:created:issue` / `avi:jira:updated:issue` as Forge delivers them (only what the app reads). */
export const issueEventSchema = z
  .object({
    eventType: z.enum(['avi:jira:created:issue', 'avi:jira:updated:issue']),
    selfGenerated: z.boolean().optional(),
    atlassianId: z.string().nullish(),
    issue: z
      .object({
        id,
        key: z.string().min(1),
        fields: z
          .object({
            issuetype: z.object({ id }).loose().nullish(),
            project: z.object({ id, key: z.string().optional() }).loose().nullish(),
          })
          .loose()
          .optional(),
      })
      .loose(),
    changelog: z
      .object({ id: id.optional(), items: z.array(changelogItemSchema).default([]) })
      .loose()
      .nullish(),
  })
  .loose();
export type IssueEvent = z.infer<typeof issueEventSchema>;

/** The changelog item of a field (by id, or by name for events that carry only the name). */
export function changeOf(
  event: IssueEvent,
  fieldId: string,
  fieldName?: string,
): ChangelogItem | undefined {
  return event.changelog?.items.find(
    (i) =>
      i.fieldId === fieldId || (fieldName !== undefined && !i.fieldId && i.field === fieldName),
  );
}
