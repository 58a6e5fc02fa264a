import { z } from 'zod';

const jiraErrorBody = z.looseObject({
  errorMessages: z.array(z.string()).optional(),
  errors: z.record(z.string(), z.string()).optional(),
});
const confluenceErrorBody = z.looseObject({
  errors: z.array(z.looseObject({ title: z.string().optional(), detail: z.string().nullish() })),
});

/** The messages of a Jira or Confluence error body, as the products show them to users. */
export function errorMessagesOf(status: number, body: unknown): string[] {
  const confluence = confluenceErrorBody.safeParse(body);
  if (confluence.success) {
    const out = confluence.data.errors
      .map((e) => [e.title, e.detail].filter((x): x is string => !!x).join(': '))
      .filter((m) => m.length > 0);
    if (out.length) return out;
  }
  const jira = jiraErrorBody.safeParse(body);
  if (jira.success) {
    const out = [
      ...(jira.data.errorMessages ?? []),
      ...Object.entries(jira.data.errors ?? {}).map(([field, msg]) => `${field}: ${msg}`),
    ];
    if (out.length) return out;
  }
  if (typeof body === 'string' && body.trim()) return [body.trim().slice(0, 300)];
  return [`The request failed (HTTP ${status}).`];
}
