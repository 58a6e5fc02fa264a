/**
 * The person asking with their AIMS roles: their Jira groups read as them (`/myself`), mapped to
 * roles by the app's configuration (kept in app storage, changed only by Jira administrators).
 */
import type { AimsRole, RoleGroups } from '../domain/authorization';
import { rolesOfGroups } from '../domain/authorization';
import type { Viewer } from '../jira/people';
import { readViewer } from '../jira/people';
import type { ProductClient } from '../jira/product-client';
import { loadAppConfig, roleGroupsOf } from '../storage/app-config';

export interface AimsPerson extends Viewer {
  roles: AimsRole[];
  roleGroups: RoleGroups;
}

function withRoles(viewer: Viewer, config: Awaited<ReturnType<typeof loadAppConfig>>): AimsPerson {
  const roleGroups = roleGroupsOf(config);
  return { ...viewer, roles: rolesOfGroups(viewer.groups, roleGroups), roleGroups };
}

export async function readAimsPerson(jiraAsUser: ProductClient): Promise<AimsPerson> {
  const [viewer, config] = await Promise.all([readViewer(jiraAsUser), loadAppConfig()]);
  return withRoles(viewer, config);
}

/** The person already read from Jira (`readViewer`), with their roles. */
export async function aimsPersonOf(viewer: Viewer): Promise<AimsPerson> {
  return withRoles(viewer, await loadAppConfig());
}
