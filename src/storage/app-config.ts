import { z } from 'zod';
import { AIMS_ISSUE_TYPES, AIMS_ISSUE_TYPE_KEYS } from '../jira/aims-schema';
import type { AimsIssueTypeKey } from '../jira/aims-schema';
import { APP_CONFIG_KEY } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

const issueTypeNamesSchema = z.object(
  Object.fromEntries(
    AIMS_ISSUE_TYPE_KEYS.map((k) => [
      k,
      z.string().trim().min(1, 'An issue type name cannot be empty').max(60),
    ]),
  ) as Record<AimsIssueTypeKey, z.ZodString>,
);

export const appConfigSchema = z.object({
  /** The Jira project that holds the AIMS. */
  projectKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'A Jira project key is 2–10 capital letters or digits'),
  issueTypeNames: issueTypeNamesSchema,
  /** Jira group whose members may verify effectiveness and close nonconformities. */
  managerGroup: z.string().trim().min(1),
  dueDays: z.object({
    majorNonconformity: z.number().int().min(1).max(365),
    minorNonconformity: z.number().int().min(1).max(365),
    correctiveAction: z.number().int().min(1).max(365),
  }),
});
export type AppConfig = z.infer<typeof appConfigSchema>;

export const DEFAULT_APP_CONFIG: AppConfig = {
  projectKey: 'AIMS',
  issueTypeNames: Object.fromEntries(AIMS_ISSUE_TYPES.map((t) => [t.key, t.defaultName])) as Record<
    AimsIssueTypeKey,
    string
  >,
  managerGroup: 'aims-managers',
  dueDays: { majorNonconformity: 30, minorNonconformity: 90, correctiveAction: 60 },
};

export async function loadAppConfig(): Promise<AppConfig> {
  return (await readStored(APP_CONFIG_KEY, appConfigSchema)) ?? DEFAULT_APP_CONFIG;
}

export async function saveAppConfig(config: AppConfig): Promise<AppConfig> {
  return writeStored(APP_CONFIG_KEY, appConfigSchema, config);
}
