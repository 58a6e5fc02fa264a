/**
 * Where the onboarding stands, read back from the real state each time (never from what the page
 * last did): the project in Jira, the provisioning state, the saved risk matrix, the role groups
 * in Jira, the recorded pages in Confluence, what the roadmap still lacks and the AIMS board with
 * its filter and columns — all as the admin.
 */
import { AIMS_ROLES, AIMS_ROLE_DEFINITIONS } from '../domain/authorization';
import { loadActiveAims } from '../jira/active-aims';
import { readAimsBoardState } from '../jira/aims-board-state';
import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import { groupExists } from '../jira/jira-groups';
import { applyRoadmapTemplate } from '../roadmap/roadmap-template';
import { loadAppConfig } from '../storage/app-config';
import { loadProvisioningState } from '../storage/provisioning-state';
import { loadStoredRiskMatrix } from '../storage/risk-matrix';
import type { BoardState } from '../ui-contract/board-setup-view';
import type { IssueTypeRename, OnboardingStatus } from '../ui-contract/onboarding-view';
import { aimsPagesStatus } from './aims-pages';
import { readProject } from './aims-project';
import { issueTypesToRename } from './issue-type-renames';

export async function onboardingStatus(): Promise<OnboardingStatus> {
  const config = await loadAppConfig();
  const jira = jiraAsUser();
  const [found, state, matrix, pages, aims] = await Promise.all([
    readProject(jira, config.projectKey),
    loadProvisioningState(config.projectKey),
    loadStoredRiskMatrix(),
    aimsPagesStatus(confluenceAsUser(), config.projectKey),
    loadActiveAims(),
  ]);
  const roles = await Promise.all(
    AIMS_ROLES.map(async (role) => {
      const { configKey } = AIMS_ROLE_DEFINITIONS[role];
      const group = config[configKey];
      return { configKey, group, exists: await groupExists(jira, group) };
    }),
  );
  const provisioned = Boolean(state?.completedAt);
  let roadmapMissing: number | null = null;
  let board: BoardState | null = null;
  let renames: IssueTypeRename[] = [];
  if (provisioned && aims && aims.state.projectKey === config.projectKey) {
    const [plan, boardState, toRename] = await Promise.all([
      applyRoadmapTemplate(jira, aims, true),
      readAimsBoardState(jira, aims),
      issueTypesToRename(jira, aims, config),
    ]);
    roadmapMissing = plan.epics.length + plan.tasks.length;
    board = boardState;
    renames = toRename;
  }
  return {
    project: { key: config.projectKey, found: found ?? null },
    provisioned,
    riskMatrixSaved: matrix !== undefined,
    roles,
    pages,
    roadmapMissing,
    issueTypesToRename: renames,
    board,
  };
}
