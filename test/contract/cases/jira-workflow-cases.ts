import type { ContractCaseTable } from '../support/contract-case';

/** Contract cases for J2's Jira routes: statuses, workflows and the schemes binding them. */
export const JIRA_WORKFLOW_CASES: ContractCaseTable = {
  // ---- statuses ----
  'get /rest/api/3/status': async () => ({ path: '/rest/api/3/status', expectStatus: 200 }),
  'get /rest/api/3/status/{idOrName}': async () => ({
    path: '/rest/api/3/status/Done',
    expectStatus: 200,
  }),
  'get /rest/api/3/statuscategory': async () => ({
    path: '/rest/api/3/statuscategory',
    expectStatus: 200,
  }),
  'get /rest/api/3/statuscategory/{idOrKey}': async () => ({
    path: '/rest/api/3/statuscategory/done',
    expectStatus: 200,
  }),
  'get /rest/api/3/statuses': async (fx) => ({
    path: `/rest/api/3/statuses?id=${(await fx.newStatus()).id}`,
    expectStatus: 200,
  }),
  'get /rest/api/3/statuses/search': async (fx) => {
    await fx.newStatus();
    return {
      path: '/rest/api/3/statuses/search?searchString=Contract&maxResults=5',
      expectStatus: 200,
    };
  },
  'post /rest/api/3/statuses': async (fx) => ({
    path: '/rest/api/3/statuses',
    body: {
      scope: { type: 'GLOBAL' },
      statuses: [
        { name: fx.unique('Under review'), statusCategory: 'IN_PROGRESS', description: 'Contract' },
      ],
    },
    expectStatus: 200,
  }),
  'put /rest/api/3/statuses': async (fx) => {
    const status = await fx.newStatus();
    return {
      path: '/rest/api/3/statuses',
      body: {
        statuses: [
          {
            id: status.id,
            name: `${status.name} (renamed)`,
            statusCategory: 'IN_PROGRESS',
            description: 'Renamed',
          },
        ],
      },
      expectStatus: 204,
    };
  },

  // ---- workflows (bulk API) ----
  'post /rest/api/3/workflows/create': async (fx) => ({
    path: '/rest/api/3/workflows/create',
    body: fx.workflowCreateBody(),
    expectStatus: 200,
  }),
  'post /rest/api/3/workflows/create/validation': async (fx) => ({
    path: '/rest/api/3/workflows/create/validation',
    body: { payload: fx.workflowCreateBody(), validationOptions: { levels: ['ERROR', 'WARNING'] } },
    expectStatus: 200,
  }),
  'post /rest/api/3/workflows': async (fx) => ({
    path: '/rest/api/3/workflows?expand=workflows.usages,statuses.usages',
    body: { workflowNames: [(await fx.newWorkflow()).name] },
    expectStatus: 200,
  }),
  'get /rest/api/3/workflows/search': async (fx) => ({
    path: `/rest/api/3/workflows/search?queryString=${encodeURIComponent((await fx.newWorkflow()).name)}&expand=values.transitions`,
    expectStatus: 200,
  }),
  'post /rest/api/3/workflows/update': async (fx) => {
    const workflow = await fx.newWorkflow();
    const read = (await fx.call('POST', '/rest/api/3/workflows', {
      workflowIds: [workflow.id],
    })) as {
      workflows: Record<string, unknown>[];
      statuses: { id: string; name: string; statusCategory: string; statusReference: string }[];
    };
    const current = read.workflows[0] ?? {};
    return {
      path: '/rest/api/3/workflows/update',
      body: {
        statuses: read.statuses.map((s) => ({
          id: s.id,
          name: s.name,
          statusCategory: s.statusCategory,
          statusReference: s.statusReference,
        })),
        workflows: [
          {
            id: workflow.id,
            version: workflow.version,
            description: 'Updated by a contract test',
            statuses: current.statuses,
            transitions: current.transitions,
          },
        ],
      },
      expectStatus: 200,
    };
  },

  // ---- workflow schemes ----
  'get /rest/api/3/workflowscheme': async () => ({
    path: '/rest/api/3/workflowscheme?maxResults=10',
    expectStatus: 200,
  }),
  'post /rest/api/3/workflowscheme': async (fx) => ({
    path: '/rest/api/3/workflowscheme',
    body: {
      name: fx.unique('Contract scheme'),
      description: 'Created by a contract test',
      defaultWorkflow: (await fx.newWorkflow()).name,
      issueTypeMappings: {},
    },
    expectStatus: 201,
  }),
  'get /rest/api/3/workflowscheme/{id}': async (fx) => {
    const project = await fx.demoProject();
    const current = (await fx.call(
      'GET',
      `/rest/api/3/workflowscheme/project?projectId=${project.id}`,
    )) as {
      values: { workflowScheme: { id: number } }[];
    };
    return {
      path: `/rest/api/3/workflowscheme/${current.values[0]?.workflowScheme.id}`,
      expectStatus: 200,
    };
  },
  'put /rest/api/3/workflowscheme/{id}': async (fx) => {
    const created = (await fx.call('POST', '/rest/api/3/workflowscheme', {
      name: fx.unique('Contract scheme'),
      defaultWorkflow: (await fx.newWorkflow()).name,
    })) as { id: number };
    return {
      path: `/rest/api/3/workflowscheme/${created.id}`,
      body: {
        description: 'Updated by a contract test',
        defaultWorkflow: (await fx.newWorkflow()).name,
      },
      expectStatus: 200,
    };
  },
  'get /rest/api/3/workflowscheme/project': async (fx) => ({
    path: `/rest/api/3/workflowscheme/project?projectId=${(await fx.demoProject()).id}`,
    expectStatus: 200,
  }),
  'put /rest/api/3/workflowscheme/project': async (fx) => {
    const project = await fx.demoProject();
    const current = (await fx.call(
      'GET',
      `/rest/api/3/workflowscheme/project?projectId=${project.id}`,
    )) as {
      values: { workflowScheme: { id: number } }[];
    };
    return {
      path: '/rest/api/3/workflowscheme/project',
      body: {
        projectId: project.id,
        workflowSchemeId: String(current.values[0]?.workflowScheme.id),
      },
      expectStatus: 204,
    };
  },
};
