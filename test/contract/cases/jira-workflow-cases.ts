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
  'get /rest/api/3/statuses/byNames': async (fx) => {
    const status = await fx.newStatus();
    return {
      path: `/rest/api/3/statuses/byNames?name=${encodeURIComponent(status.name)}&name=Done`,
      expectStatus: 200,
    };
  },

  // ---- workflows (bulk API) ----
  'post /rest/api/3/workflows/create': async (fx) => {
    // As the app provisions them: a transition carrying a Forge validator, condition and post function.
    const body = fx.workflowCreateBody() as {
      workflows: { transitions: Record<string, unknown>[] }[];
    };
    const ari = (module: string): string =>
      `ari:cloud:ecosystem::extension/contract-app/contract-env/static/${module}`;
    const finish = body.workflows[0]?.transitions[1];
    if (finish) {
      finish.validators = [
        {
          ruleKey: 'forge:expression-validator',
          parameters: { key: ari('nc-validator'), config: '{}' },
        },
      ];
      finish.conditions = {
        operation: 'ALL',
        conditions: [
          {
            ruleKey: 'forge:expression-condition',
            parameters: { key: ari('nc-condition'), config: '{}' },
          },
        ],
      };
      finish.actions = [
        {
          ruleKey: 'forge:workflow-post-function',
          parameters: { key: ari('nc-post'), config: '{}' },
        },
      ];
    }
    return { path: '/rest/api/3/workflows/create', body, expectStatus: 200 };
  },
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
    const created = (await fx.call('POST', '/rest/api/3/workflowscheme', {
      name: fx.unique('Contract scheme'),
      defaultWorkflow: (await fx.newWorkflow()).name,
    })) as { id: number };
    return { path: `/rest/api/3/workflowscheme/${created.id}`, expectStatus: 200 };
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
  'delete /rest/api/3/workflowscheme/{id}': async (fx) => {
    const created = (await fx.call('POST', '/rest/api/3/workflowscheme', {
      name: fx.unique('Contract scheme'),
      defaultWorkflow: (await fx.newWorkflow()).name,
    })) as { id: number };
    return { path: `/rest/api/3/workflowscheme/${created.id}`, expectStatus: 204 };
  },
  'get /rest/api/3/workflowscheme/project': async (fx) => ({
    path: `/rest/api/3/workflowscheme/project?projectId=${(await fx.demoProject()).id}`,
    expectStatus: 200,
  }),
  'put /rest/api/3/workflowscheme/project': async (fx) => {
    // AIMS is the seeded project without issues (until the app provisions it), so it may switch.
    const aims = (await fx.call('GET', '/rest/api/3/project/AIMS')) as { id: string };
    const created = (await fx.call('POST', '/rest/api/3/workflowscheme', {
      name: fx.unique('Contract scheme'),
      defaultWorkflow: (await fx.newWorkflow()).name,
    })) as { id: number };
    return {
      path: '/rest/api/3/workflowscheme/project',
      body: { projectId: aims.id, workflowSchemeId: String(created.id) },
      expectStatus: 204,
    };
  },
};
