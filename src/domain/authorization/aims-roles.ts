/**
 * The AIMS roles and the Jira group each is given by (the app's configuration maps role → group;
 * a Jira administrator sets it). A person has every role whose group they are in, as Jira reports
 * their groups to them.
 */
import { z } from 'zod';

export const AIMS_ROLES = ['manager', 'topManagement', 'auditor', 'member'] as const;
export type AimsRole = (typeof AIMS_ROLES)[number];

interface RoleDefinition {
  /** The key of its group in the app's configuration. */
  configKey: 'managerGroup' | 'topManagementGroup' | 'auditorGroup' | 'memberGroup';
  /** The role in words ("an AIMS manager"). */
  name: string;
  defaultGroup: string;
  /** What the role may do, for the admin page. */
  hint: string;
}

export const AIMS_ROLE_DEFINITIONS: Record<AimsRole, RoleDefinition> = {
  manager: {
    configKey: 'managerGroup',
    name: 'AIMS manager',
    defaultGroup: 'aims-managers',
    hint: 'Approve the SoA and the AI policy, set document owners, hold management reviews, verify and close nonconformities',
  },
  topManagement: {
    configKey: 'topManagementGroup',
    name: 'top management',
    defaultGroup: 'aims-top-management',
    hint: 'Take part in and record management reviews (clause 9.3)',
  },
  auditor: {
    configKey: 'auditorGroup',
    name: 'auditor',
    defaultGroup: 'aims-auditors',
    hint: 'Read the AIMS records; never approve or change them',
  },
  member: {
    configKey: 'memberGroup',
    name: 'AIMS member',
    defaultGroup: 'jira-users',
    hint: 'May own documents (e.g. the AI policy) when a manager makes them the owner',
  },
};

/** A Jira group name as the configuration holds it. */
export function roleGroupSchema(role: AimsRole) {
  const { name, defaultGroup } = AIMS_ROLE_DEFINITIONS[role];
  return z
    .string()
    .trim()
    .min(1, `Name the Jira group of the ${name} role`)
    .max(255, 'A Jira group name is at most 255 characters')
    .default(defaultGroup);
}

/** The configuration's role → group fields (`managerGroup`, `topManagementGroup`, …). */
export const roleGroupFields = {
  managerGroup: roleGroupSchema('manager'),
  topManagementGroup: roleGroupSchema('topManagement'),
  auditorGroup: roleGroupSchema('auditor'),
  memberGroup: roleGroupSchema('member'),
};
export type RoleGroups = { [K in RoleDefinition['configKey']]: string };

/** The group that gives `role`. */
export const groupOfRole = (groups: RoleGroups, role: AimsRole): string =>
  groups[AIMS_ROLE_DEFINITIONS[role].configKey];

/** The roles a person has, from their Jira groups. */
export function rolesOfGroups(personGroups: readonly string[], groups: RoleGroups): AimsRole[] {
  return AIMS_ROLES.filter((role) => personGroups.includes(groupOfRole(groups, role)));
}
