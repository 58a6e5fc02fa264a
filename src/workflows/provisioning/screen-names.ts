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

export const issueTypeScreenSchemeName = (config: AppConfig): string =>
  `AIMS issue type screen scheme ${projectSuffix(config)}`;

export const CREATED_BY = 'Created by AIMS for Jira & Confluence';
