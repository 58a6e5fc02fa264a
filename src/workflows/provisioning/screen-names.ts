import type { AimsIssueTypeKey } from '../../jira/aims-schema';
import type { AppConfig } from '../../storage/app-config';

/**
 * Names of the screens and schemes provisioning makes for a project (and adopts by name): each
 * ends in "(<project key>)", so an admin sees whose they are, and a name filter finds them all.
 */
export const projectSuffix = (config: AppConfig): string => `(${config.projectKey})`;

/** "AIMS AI Risk", and "AIMS Audit" for a type whose name starts with AIMS already. */
const aimsPrefixed = (name: string): string => (/^AIMS\b/i.test(name) ? name : `AIMS ${name}`);

/**
 * A screen and a screen scheme are adopted by these names, or else by the id the state holds, so
 * renaming an issue type (ADR 0012) keeps its screen under the name it was made with.
 */
export const screenName = (config: AppConfig, type: AimsIssueTypeKey): string =>
  `${aimsPrefixed(config.issueTypeNames[type])} screen ${projectSuffix(config)}`;

export const screenSchemeName = (config: AppConfig, type: AimsIssueTypeKey): string =>
  `${aimsPrefixed(config.issueTypeNames[type])} screen scheme ${projectSuffix(config)}`;

export const issueTypeScreenSchemeName = (config: AppConfig): string =>
  `AIMS issue type screen scheme ${projectSuffix(config)}`;

export const CREATED_BY = 'Created by AIMS for Jira & Confluence';
