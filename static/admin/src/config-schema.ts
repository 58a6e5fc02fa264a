/**
 * The app's configuration as the admin edits it. The rules mirror appConfigSchema
 * (src/storage/app-config.ts), which the server applies again on save; this copy lets the form
 * say what is wrong, in the admin's language, before anything is sent.
 */
import { z } from 'zod';
import { AIMS_ROLE_DEFINITIONS } from '../../../src/domain/authorization';
import type { AimsRole } from '../../../src/domain/authorization';
import type { Translator } from '../../common/i18n/translator';
import { roleText } from './role-text';

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

/** The configuration's rules, their messages from `t` (a key lookup in the viewer's language). */
export function configSchemaOf(t: Translator['t']) {
  const issueTypeName = z
    .string()
    .trim()
    .min(1, t('admin.config.error.typeEmpty'))
    .max(60, t('admin.config.error.typeLong'));
  const dueDays = z
    .number({ error: t('admin.config.error.days') })
    .int(t('admin.config.error.wholeDays'))
    .min(1, t('admin.config.error.minDays'))
    .max(365, t('admin.config.error.maxDays'));
  const group = (role: AimsRole) =>
    z
      .string()
      .trim()
      .min(1, t('admin.config.error.groupEmpty', { role: roleText(t, role).name }))
      .max(255, t('admin.config.error.groupLong'))
      .default(AIMS_ROLE_DEFINITIONS[role].defaultGroup);
  return z.object({
    projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, t('admin.config.error.projectKey')),
    issueTypeNames: z.object(
      Object.fromEntries(ISSUE_TYPES.map((type) => [type.key, issueTypeName])) as Record<
        IssueTypeKey,
        typeof issueTypeName
      >,
    ),
    managerGroup: group('manager'),
    topManagementGroup: group('topManagement'),
    auditorGroup: group('auditor'),
    memberGroup: group('member'),
    dueDays: z.object({
      majorNonconformity: dueDays,
      minorNonconformity: dueDays,
      correctiveAction: dueDays,
    }),
  });
}

/** The configuration as the server answers it (its messages are never shown: keys will do). */
export const appConfigSchema = configSchemaOf((key) => key);
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
