/**
 * The app's configuration as the admin edits it. The rules mirror appConfigSchema
 * (src/storage/app-config.ts), which the server applies again on save; this copy lets the form
 * say what is wrong before anything is sent.
 */
import { z } from 'zod';
import { roleGroupFields } from '../../../src/domain/authorization';

/** The AIMS issue types (logical keys the app uses) with their default names. */
export const ISSUE_TYPES = [
  { key: 'aiSystem', defaultName: 'AI System' },
  { key: 'aiRisk', defaultName: 'AI Risk' },
  { key: 'impactAssessment', defaultName: 'AI Impact Assessment' },
  { key: 'aiControl', defaultName: 'AI Control' },
  { key: 'audit', defaultName: 'AIMS Audit' },
  { key: 'auditFinding', defaultName: 'Audit Finding' },
  { key: 'nonconformity', defaultName: 'Nonconformity' },
  { key: 'correctiveAction', defaultName: 'Corrective Action' },
  { key: 'aimsAction', defaultName: 'AIMS Action' },
  { key: 'aiObjective', defaultName: 'AI Objective' },
  { key: 'competenceRecord', defaultName: 'Competence Record' },
] as const;

export type IssueTypeKey = (typeof ISSUE_TYPES)[number]['key'];

const issueTypeName = z
  .string()
  .trim()
  .min(1, 'An issue type name cannot be empty')
  .max(60, 'An issue type name is at most 60 characters');

const dueDays = z
  .number({ error: 'Enter a number of days' })
  .int('Enter whole days')
  .min(1, 'At least 1 day')
  .max(365, 'At most 365 days');

export const appConfigSchema = z.object({
  projectKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'A Jira project key is 2–10 capital letters or digits'),
  issueTypeNames: z.object(
    Object.fromEntries(ISSUE_TYPES.map((t) => [t.key, issueTypeName])) as Record<
      IssueTypeKey,
      typeof issueTypeName
    >,
  ),
  ...roleGroupFields,
  dueDays: z.object({
    majorNonconformity: dueDays,
    minorNonconformity: dueDays,
    correctiveAction: dueDays,
  }),
});
export type AppConfig = z.infer<typeof appConfigSchema>;

/**
 * Field errors by path ("projectKey", "issueTypeNames.audit", "dueDays.correctiveAction"), from
 * zod issues or from the server's details ("config.projectKey: …"); the rest under "".
 */
export function fieldErrorsOf(details: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const detail of details) {
    const match = /^(?:config\.)?([A-Za-z]+(?:\.[A-Za-z]+)?): (.*)$/.exec(detail);
    const path = match?.[1] ?? '';
    const message = match?.[2] ?? detail;
    errors[path] = errors[path] ? `${errors[path]} ${message}` : message;
  }
  return errors;
}

export function zodDetails(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
