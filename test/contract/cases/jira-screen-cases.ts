import type { ContractCaseTable } from '../support/contract-case';
import type { ContractFixtures } from '../support/contract-fixtures';

/** A new screen and the id of its one tab ("Field Tab"). */
async function newScreen(fx: ContractFixtures): Promise<{ screenId: number; tabId: number }> {
  const screen = (await fx.call('POST', '/rest/api/3/screens', {
    name: fx.unique('Contract screen'),
  })) as { id: number };
  const tabs = (await fx.call('GET', `/rest/api/3/screens/${screen.id}/tabs`)) as { id: number }[];
  return { screenId: screen.id, tabId: tabs[0]?.id ?? 0 };
}

async function newScreenScheme(fx: ContractFixtures): Promise<string> {
  const { screenId } = await newScreen(fx);
  const created = (await fx.call('POST', '/rest/api/3/screenscheme', {
    name: fx.unique('Contract screen scheme'),
    screens: { default: screenId },
  })) as { id: number };
  return String(created.id);
}

async function newIssueTypeScreenScheme(fx: ContractFixtures): Promise<string> {
  const created = (await fx.call('POST', '/rest/api/3/issuetypescreenscheme', {
    name: fx.unique('Contract issue type screen scheme'),
    issueTypeMappings: [{ issueTypeId: 'default', screenSchemeId: await newScreenScheme(fx) }],
  })) as { id: string };
  return created.id;
}

/** Contract cases for screens, screen schemes, issue type screen schemes and tasks. */
export const JIRA_SCREEN_CASES: ContractCaseTable = {
  'get /rest/api/3/screens': async () => ({
    path: '/rest/api/3/screens?maxResults=5&orderBy=name',
    expectStatus: 200,
  }),
  'post /rest/api/3/screens': async (fx) => ({
    path: '/rest/api/3/screens',
    body: { name: fx.unique('Contract screen'), description: 'Made by a contract test' },
    expectStatus: 201,
  }),
  'post /rest/api/3/screens/addToDefault/{fieldId}': async (fx) => ({
    path: `/rest/api/3/screens/addToDefault/${await fx.newSelectField()}`,
    expectStatus: 200,
  }),
  'get /rest/api/3/screens/{screenId}/tabs': async () => ({
    path: '/rest/api/3/screens/1/tabs',
    expectStatus: 200,
  }),
  'post /rest/api/3/screens/{screenId}/tabs': async (fx) => ({
    path: `/rest/api/3/screens/${(await newScreen(fx)).screenId}/tabs`,
    body: { name: 'Outcome' },
    expectStatus: 200,
  }),
  'put /rest/api/3/screens/{screenId}/tabs/{tabId}': async (fx) => {
    const { screenId, tabId } = await newScreen(fx);
    return {
      path: `/rest/api/3/screens/${screenId}/tabs/${tabId}`,
      body: { name: 'Renamed' },
      expectStatus: 200,
    };
  },
  'get /rest/api/3/screens/{screenId}/availableFields': async () => ({
    path: '/rest/api/3/screens/1/availableFields',
    expectStatus: 200,
  }),
  'get /rest/api/3/screens/{screenId}/tabs/{tabId}/fields': async (fx) => {
    const tabs = (await fx.call('GET', '/rest/api/3/screens/1/tabs')) as { id: number }[];
    return { path: `/rest/api/3/screens/1/tabs/${tabs[0]?.id}/fields`, expectStatus: 200 };
  },
  'post /rest/api/3/screens/{screenId}/tabs/{tabId}/fields': async (fx) => {
    const { screenId, tabId } = await newScreen(fx);
    return {
      path: `/rest/api/3/screens/${screenId}/tabs/${tabId}/fields`,
      body: { fieldId: 'summary' },
      expectStatus: 200,
    };
  },
  'get /rest/api/3/screenscheme': async () => ({
    path: '/rest/api/3/screenscheme?maxResults=5',
    expectStatus: 200,
  }),
  'post /rest/api/3/screenscheme': async (fx) => ({
    path: '/rest/api/3/screenscheme',
    body: {
      name: fx.unique('Contract screen scheme'),
      screens: { default: (await newScreen(fx)).screenId, create: 1 },
    },
    expectStatus: 201,
  }),
  'get /rest/api/3/issuetypescreenscheme': async () => ({
    path: '/rest/api/3/issuetypescreenscheme?maxResults=5',
    expectStatus: 200,
  }),
  'post /rest/api/3/issuetypescreenscheme': async (fx) => ({
    path: '/rest/api/3/issuetypescreenscheme',
    body: {
      name: fx.unique('Contract issue type screen scheme'),
      issueTypeMappings: [
        { issueTypeId: 'default', screenSchemeId: '1' },
        { issueTypeId: await fx.issueTypeId('Bug'), screenSchemeId: await newScreenScheme(fx) },
      ],
    },
    expectStatus: 201,
  }),
  'get /rest/api/3/issuetypescreenscheme/mapping': async () => ({
    path: '/rest/api/3/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=1',
    expectStatus: 200,
  }),
  'get /rest/api/3/issuetypescreenscheme/project': async (fx) => ({
    path: `/rest/api/3/issuetypescreenscheme/project?projectId=${(await fx.demoProject()).id}`,
    expectStatus: 200,
  }),
  'put /rest/api/3/issuetypescreenscheme/project': async (fx) => {
    // SEC gets a scheme of its own (no other contract case creates issues there).
    const sec = (await fx.call('GET', '/rest/api/3/project/SEC')) as { id: string };
    return {
      path: '/rest/api/3/issuetypescreenscheme/project',
      body: { issueTypeScreenSchemeId: await newIssueTypeScreenScheme(fx), projectId: sec.id },
      expectStatus: 204,
    };
  },
  'put /rest/api/3/issuetypescreenscheme/{issueTypeScreenSchemeId}/mapping': async (fx) => ({
    path: `/rest/api/3/issuetypescreenscheme/${await newIssueTypeScreenScheme(fx)}/mapping`,
    body: {
      issueTypeMappings: [
        { issueTypeId: await fx.issueTypeId('Task'), screenSchemeId: await newScreenScheme(fx) },
      ],
    },
    expectStatus: 204,
  }),
  'post /rest/api/3/workflowscheme/project/switch': async (fx) => {
    // DEMO has issues; a scheme of Jira's own workflow moves none of them, so no mapping is needed.
    const scheme = (await fx.call('POST', '/rest/api/3/workflowscheme', {
      name: fx.unique('Contract switch scheme'),
      defaultWorkflow: 'jira',
    })) as { id: number };
    return {
      path: '/rest/api/3/workflowscheme/project/switch',
      body: { projectId: (await fx.demoProject()).id, targetSchemeId: String(scheme.id) },
      expectStatus: 303,
    };
  },
  'get /rest/api/3/task/{taskId}': async (fx) => {
    const scheme = (await fx.call('POST', '/rest/api/3/workflowscheme', {
      name: fx.unique('Contract task scheme'),
      defaultWorkflow: 'jira',
    })) as { id: number };
    const sec = (await fx.call('GET', '/rest/api/3/project/SEC')) as { id: string };
    // fx.call follows the 303 to the task, as a client does.
    const task = (await fx.call('POST', '/rest/api/3/workflowscheme/project/switch', {
      projectId: sec.id,
      targetSchemeId: String(scheme.id),
    })) as { id: string };
    return { path: `/rest/api/3/task/${task.id}`, expectStatus: 200 };
  },
};
