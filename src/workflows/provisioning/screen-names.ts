import { AIMS_ISSUE_TYPES } from '../../jira/aims-schema';
import type { AimsIssueTypeKey } from '../../jira/aims-schema';
import type { AppConfig } from '../../storage/app-config';

/**
 * Names of the screens and schemes provisioning makes for a project (and adopts by name): each
 * ends in "(<project key>)", so an admin sees whose they are, and a name filter finds them all.
 */
export const projectSuffix = (config: AppConfig): string => `(${config.projectKey})`;

export const screenName = (config: AppConfig, type: AimsIssueTypeKey): string =>
  `AIMS ${config.issueTypeNames[type]} screen ${projectSuffix(config)}`;

export const screenSchemeName = (config: AppConfig, type: AimsIssueTypeKey): string =>
  `AIMS ${config.issueTypeNames[type]} screen scheme ${projectSuffix(config)}`;

/**
 * Which of `found` is this type's screen (or screen scheme): the one with the id the state holds,
 * else the one named for the configured name, else for a former default name (ADR 0013: a renamed
 * type keeps the screen it had, under the name it was made with, even when the state was lost).
 */
export function findForType<T extends { id: number | string; name: string }>(
  found: readonly T[],
  config: AppConfig,
  type: AimsIssueTypeKey,
  knownId: string | undefined,
  nameOf: (config: AppConfig, type: AimsIssueTypeKey) => string,
): T | undefined {
  const byId = found.find((s) => String(s.id) === knownId);
  if (byId) return byId;
  const former = AIMS_ISSUE_TYPES.find((t) => t.key === type)?.formerDefaultNames ?? [];
  const names = [config.issueTypeNames[type], ...former].map((n) =>
    nameOf(
      { ...config, issueTypeNames: { ...config.issueTypeNames, [type]: n } },
      type,
    ).toLowerCase(),
  );
  for (const name of names) {
    const named = found.find((s) => s.name.toLowerCase() === name);
    if (named) return named;
  }
  return undefined;
}

export const issueTypeScreenSchemeName = (config: AppConfig): string =>
  `AIMS issue type screen scheme ${projectSuffix(config)}`;

export const CREATED_BY = 'Created by AIMS for Jira & Confluence';
