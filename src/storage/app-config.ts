import { z } from 'zod';
import { roleGroupFields } from '../domain/authorization';
import type { RoleGroups } from '../domain/authorization';
import { AIMS_ISSUE_TYPES } from '../jira/aims-schema';
import type { AimsIssueTypeKey } from '../jira/aims-schema';
import { APP_CONFIG_KEY } from './kvs-keys';
import { readStored, writeStored } from './stored-value';

/** Stored configurations from before an issue type existed read back with its default name. */
const issueTypeNamesSchema = z.object(
  Object.fromEntries(
    AIMS_ISSUE_TYPES.map((t) => [
      t.key,
      z.string().trim().min(1, 'An issue type name cannot be empty').max(60).default(t.defaultName),
    ]),
  ) as Record<AimsIssueTypeKey, z.ZodDefault<z.ZodString>>,
);

export const appConfigSchema = z.object({
  /** The Jira project that holds the AIMS. */
  projectKey: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'A Jira project key is 2–10 capital letters or digits'),
  issueTypeNames: issueTypeNamesSchema,
  /**
   * The Jira group of each AIMS role (`managerGroup`, `topManagementGroup`, `auditorGroup`,
   * `memberGroup`; src/domain/authorization). Stored configurations from before a role existed
   * read back with its default group.
   */
  ...roleGroupFields,
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
  topManagementGroup: 'aims-top-management',
  auditorGroup: 'aims-auditors',
  memberGroup: 'jira-users',
  dueDays: { majorNonconformity: 30, minorNonconformity: 90, correctiveAction: 60 },
};

/** The role → Jira group mapping of a configuration. */
export function roleGroupsOf(config: AppConfig): RoleGroups {
  const { managerGroup, topManagementGroup, auditorGroup, memberGroup } = config;
  return { managerGroup, topManagementGroup, auditorGroup, memberGroup };
}

/**
 * Revision 2 (ADR 0013): the default "Audit" became "AIMS Audit". Earlier versions stored no
 * revision, and their admin page saved every name with the rest, so a stored former default was
 * never a choice: it reads back as the current default. A name saved by this version is kept.
 */
const CONFIG_REVISION = 2;
const storedAppConfigSchema = appConfigSchema.extend({ revision: z.number().int().optional() });

/** A configuration stored before revision 2, with each former default name read as today's. */
export function upgradeStoredNames(config: AppConfig): AppConfig {
  const names = { ...config.issueTypeNames };
  for (const t of AIMS_ISSUE_TYPES)
    if (t.formerDefaultNames?.includes(names[t.key])) names[t.key] = t.defaultName;
  return { ...config, issueTypeNames: names };
}

export async function loadAppConfig(): Promise<AppConfig> {
  const stored = await readStored(APP_CONFIG_KEY, storedAppConfigSchema);
  if (!stored) return DEFAULT_APP_CONFIG;
  const { revision, ...config } = stored;
  return (revision ?? 1) < CONFIG_REVISION ? upgradeStoredNames(config) : config;
}

export async function saveAppConfig(config: AppConfig): Promise<AppConfig> {
  const { revision: _revision, ...saved } = await writeStored(
    APP_CONFIG_KEY,
    storedAppConfigSchema,
    { ...config, revision: CONFIG_REVISION },
  );
  return saved;
}
