import { z } from 'zod';

const issuePanelContextSchema = z.looseObject({
  accountId: z.string().optional(),
  extension: z.looseObject({
    issue: z.looseObject({
      id: z.union([z.string().regex(/^\d+$/), z.number().int()]).optional(),
      key: z.string().regex(/^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/, 'The issue key is not valid'),
      typeId: z.union([z.string(), z.number()]).optional(),
    }),
  }),
});

export interface IssuePanelContext {
  issueKey: string;
  /** The issue's id (Forge's issue panel context has it), to read it consistently by search. */
  issueId: string | undefined;
  issueTypeId: string | undefined;
  accountId: string | undefined;
}

/** The issue the panel sits on, from the Forge extension context (never from the payload). */
export function issuePanelContext(context: unknown): IssuePanelContext {
  const parsed = issuePanelContextSchema.safeParse(context);
  if (!parsed.success)
    throw new Error('This function only works in the ISO 42001 panel of a Jira issue.');
  const { issue } = parsed.data.extension;
  return {
    issueKey: issue.key,
    issueId: issue.id === undefined ? undefined : String(issue.id),
    issueTypeId: issue.typeId === undefined ? undefined : String(issue.typeId),
    accountId: parsed.data.accountId,
  };
}
