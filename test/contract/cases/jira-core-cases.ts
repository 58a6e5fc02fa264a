import { APP_USER_ACCOUNT_ID } from '../../../emulator/core/users';
import type { ContractCaseTable } from '../support/contract-case';

const q = (jql: string): string => encodeURIComponent(jql);

/** Contract cases for J1's Jira routes: users, projects, issue types, fields, issues and search. */
export const JIRA_CORE_CASES: ContractCaseTable = {
  // ---- users ----
  'get /rest/api/3/myself': async () => ({
    path: '/rest/api/3/myself?expand=groups',
    expectStatus: 200,
  }),
  'get /rest/api/3/user': async (fx) => {
    const me = (await fx.call('GET', '/rest/api/3/myself', undefined, 'member')) as {
      accountId: string;
    };
    return { path: `/rest/api/3/user?accountId=${me.accountId}`, expectStatus: 200 };
  },
  'get /rest/api/3/user/search': async () => ({
    path: '/rest/api/3/user/search?query=man',
    expectStatus: 200,
  }),
  'get /rest/api/3/users/search': async () => ({
    path: '/rest/api/3/users/search?maxResults=10',
    expectStatus: 200,
  }),
  'get /rest/api/3/user/bulk': async (fx) => {
    const me = (await fx.call('GET', '/rest/api/3/myself')) as { accountId: string };
    return {
      path: `/rest/api/3/user/bulk?accountId=${me.accountId}&accountId=${APP_USER_ACCOUNT_ID}`,
      expectStatus: 200,
    };
  },

  'get /rest/api/3/mypreferences/locale': async () => ({
    path: '/rest/api/3/mypreferences/locale',
    as: 'member',
    expectStatus: 200,
  }),
  'put /rest/api/3/mypreferences/locale': async () => ({
    path: '/rest/api/3/mypreferences/locale',
    body: { locale: 'en_GB' },
    as: 'member',
    expectStatus: 204,
  }),

  'get /rest/api/3/group/member': async () => ({
    path: '/rest/api/3/group/member?groupname=jira-users&maxResults=1',
    expectStatus: 200,
  }),

  'get /rest/api/3/groups/picker': async () => ({
    path: '/rest/api/3/groups/picker?query=aims&maxResults=5',
    expectStatus: 200,
  }),

  // ---- projects ----
  'post /rest/api/3/project': async (fx) => {
    const me = (await fx.call('GET', '/rest/api/3/myself')) as { accountId: string };
    const key = `C${fx
      .unique('')
      .replace(/[^A-Z0-9]/gi, '')
      .toUpperCase()}`.slice(0, 10);
    return {
      path: '/rest/api/3/project',
      body: {
        key,
        name: fx.unique('Contract project').slice(0, 80),
        projectTypeKey: 'software',
        projectTemplateKey: 'com.pyxis.greenhopper.jira:gh-simplified-kanban-classic',
        leadAccountId: me.accountId,
      },
      expectStatus: 201,
    };
  },
  'get /rest/api/3/project': async () => ({ path: '/rest/api/3/project', expectStatus: 200 }),
  'get /rest/api/3/project/search': async () => ({
    path: '/rest/api/3/project/search?maxResults=1&expand=description,lead,issueTypes',
    expectStatus: 200,
  }),
  'get /rest/api/3/project/{projectIdOrKey}': async () => ({
    path: '/rest/api/3/project/DEMO?expand=issueTypes,lead,description',
    expectStatus: 200,
  }),
  'get /rest/api/3/project/{projectIdOrKey}/statuses': async () => ({
    path: '/rest/api/3/project/DEMO/statuses',
    expectStatus: 200,
  }),

  // ---- saved filters ----
  'post /rest/api/3/filter': async (fx) => ({
    path: '/rest/api/3/filter',
    body: {
      name: fx.unique('Contract filter'),
      jql: 'project = DEMO ORDER BY created ASC',
      sharePermissions: [{ type: 'project', project: { id: (await fx.demoProject()).id } }],
    },
    expectStatus: 200,
  }),
  'get /rest/api/3/filter/{id}': async (fx) => {
    const created = (await fx.call('POST', '/rest/api/3/filter', {
      name: fx.unique('Contract filter'),
      jql: 'project = DEMO',
    })) as { id: string };
    return { path: `/rest/api/3/filter/${created.id}`, expectStatus: 200 };
  },
  'put /rest/api/3/filter/{id}': async (fx) => {
    const name = fx.unique('Contract filter');
    const created = (await fx.call('POST', '/rest/api/3/filter', {
      name,
      jql: 'project = DEMO',
    })) as { id: string };
    return {
      path: `/rest/api/3/filter/${created.id}`,
      body: { name, jql: 'project = DEMO ORDER BY created ASC' },
      expectStatus: 200,
    };
  },
  'get /rest/api/3/filter/search': async (fx) => {
    const name = fx.unique('Contract search filter');
    await fx.call('POST', '/rest/api/3/filter', { name, jql: 'project = DEMO' });
    return {
      path: `/rest/api/3/filter/search?filterName=${encodeURIComponent(name)}&isSubstringMatch=true&expand=jql,owner,sharePermissions,description,viewUrl,searchUrl`,
      expectStatus: 200,
    };
  },

  // ---- issue types ----
  'get /rest/api/3/issuetype': async () => ({ path: '/rest/api/3/issuetype', expectStatus: 200 }),
  'post /rest/api/3/issuetype': async (fx) => ({
    path: '/rest/api/3/issuetype',
    body: {
      name: fx.unique('Contract type').slice(0, 60),
      description: 'Created by a contract test',
      type: 'standard',
    },
    expectStatus: 201,
  }),
  'get /rest/api/3/issuetype/{id}': async (fx) => ({
    path: `/rest/api/3/issuetype/${await fx.issueTypeId('Task')}`,
    expectStatus: 200,
  }),
  'get /rest/api/3/issuetype/project': async (fx) => ({
    path: `/rest/api/3/issuetype/project?projectId=${(await fx.demoProject()).id}`,
    expectStatus: 200,
  }),

  'put /rest/api/3/issuetype/{id}': async (fx) => {
    const created = (await fx.call('POST', '/rest/api/3/issuetype', {
      name: fx.unique('Contract type').slice(0, 60),
      type: 'standard',
    })) as { id: string };
    return {
      path: `/rest/api/3/issuetype/${created.id}`,
      body: {
        description: 'Renamed by a contract test',
        name: fx.unique('Contract renamed').slice(0, 60),
      },
      expectStatus: 200,
    };
  },

  // ---- issue type schemes ----
  'get /rest/api/3/issuetypescheme': async () => ({
    path: '/rest/api/3/issuetypescheme?maxResults=10&expand=projects,issueTypes',
    expectStatus: 200,
  }),
  'post /rest/api/3/issuetypescheme': async (fx) => {
    const task = await fx.issueTypeId('Task');
    return {
      path: '/rest/api/3/issuetypescheme',
      body: {
        name: fx.unique('Contract scheme'),
        description: 'For contract tests',
        issueTypeIds: [task],
        defaultIssueTypeId: task,
      },
      expectStatus: 201,
    };
  },
  'get /rest/api/3/issuetypescheme/project': async (fx) => ({
    path: `/rest/api/3/issuetypescheme/project?projectId=${(await fx.demoProject()).id}`,
    expectStatus: 200,
  }),
  'put /rest/api/3/issuetypescheme/project': async (fx) => {
    const project = await fx.demoProject();
    const current = (await fx.call(
      'GET',
      `/rest/api/3/issuetypescheme/project?projectId=${project.id}`,
    )) as {
      values: { issueTypeScheme: { id: string } }[];
    };
    return {
      path: '/rest/api/3/issuetypescheme/project',
      body: { issueTypeSchemeId: current.values[0]?.issueTypeScheme.id, projectId: project.id },
      expectStatus: 204,
    };
  },
  'put /rest/api/3/issuetypescheme/{issueTypeSchemeId}/issuetype': async (fx) => {
    const task = await fx.issueTypeId('Task');
    const scheme = (await fx.call('POST', '/rest/api/3/issuetypescheme', {
      name: fx.unique('Contract scheme'),
      issueTypeIds: [task],
    })) as { issueTypeSchemeId: string };
    const added = (await fx.call('POST', '/rest/api/3/issuetype', {
      name: fx.unique('Contract type').slice(0, 60),
      type: 'standard',
    })) as { id: string };
    return {
      path: `/rest/api/3/issuetypescheme/${scheme.issueTypeSchemeId}/issuetype`,
      body: { issueTypeIds: [added.id] },
      expectStatus: 204,
    };
  },

  // ---- priorities, resolutions, permissions, security ----
  'get /rest/api/3/priority': async () => ({ path: '/rest/api/3/priority', expectStatus: 200 }),
  'get /rest/api/3/resolution': async () => ({ path: '/rest/api/3/resolution', expectStatus: 200 }),
  'get /rest/api/3/mypermissions': async () => ({
    path: '/rest/api/3/mypermissions?projectKey=DEMO&permissions=BROWSE_PROJECTS,CREATE_ISSUES,EDIT_ISSUES',
    expectStatus: 200,
  }),
  'get /rest/api/3/issuesecurityschemes': async () => ({
    path: '/rest/api/3/issuesecurityschemes',
    expectStatus: 200,
  }),
  'get /rest/api/3/project/{projectKeyOrId}/securitylevel': async () => ({
    path: '/rest/api/3/project/AIMS/securitylevel',
    expectStatus: 200,
  }),

  // ---- fields ----
  'get /rest/api/3/field': async () => ({ path: '/rest/api/3/field', expectStatus: 200 }),
  'post /rest/api/3/field': async (fx) => ({
    path: '/rest/api/3/field',
    body: {
      name: fx.unique('Contract likelihood'),
      description: 'Select list created by a contract test',
      type: 'com.atlassian.jira.plugin.system.customfieldtypes:select',
      searcherKey: 'com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher',
    },
    expectStatus: 201,
  }),
  'get /rest/api/3/field/search': async () => ({
    path: '/rest/api/3/field/search?type=custom&maxResults=5',
    expectStatus: 200,
  }),
  'get /rest/api/3/field/{fieldId}/context': async (fx) => ({
    path: `/rest/api/3/field/${await fx.sharedSelectField()}/context`,
    expectStatus: 200,
  }),
  'post /rest/api/3/field/{fieldId}/context': async (fx) => ({
    path: `/rest/api/3/field/${await fx.newSelectField()}/context`,
    body: {
      name: 'AIMS context',
      description: 'For AIMS risks',
      projectIds: [(await fx.demoProject()).id],
      issueTypeIds: [],
    },
    expectStatus: 201,
  }),
  'get /rest/api/3/field/{fieldId}/context/{contextId}/option': async (fx) => {
    const fieldId = await fx.sharedSelectField();
    const contextId = await fx.fieldContextId(fieldId);
    await fx.call('POST', `/rest/api/3/field/${fieldId}/context/${contextId}/option`, {
      options: [{ value: fx.unique('Rare'), disabled: false }],
    });
    return { path: `/rest/api/3/field/${fieldId}/context/${contextId}/option`, expectStatus: 200 };
  },
  'post /rest/api/3/field/{fieldId}/context/{contextId}/option': async (fx) => {
    const fieldId = await fx.sharedSelectField();
    const contextId = await fx.fieldContextId(fieldId);
    return {
      path: `/rest/api/3/field/${fieldId}/context/${contextId}/option`,
      body: {
        options: [
          { value: fx.unique('Likely'), disabled: false },
          { value: fx.unique('Almost certain'), disabled: false },
        ],
      },
      expectStatus: 200,
    };
  },
  'put /rest/api/3/field/{fieldId}/context/{contextId}/option': async (fx) => {
    const fieldId = await fx.sharedSelectField();
    const contextId = await fx.fieldContextId(fieldId);
    const created = (await fx.call(
      'POST',
      `/rest/api/3/field/${fieldId}/context/${contextId}/option`,
      {
        options: [{ value: fx.unique('Possible'), disabled: false }],
      },
    )) as { options: { id: string }[] };
    return {
      path: `/rest/api/3/field/${fieldId}/context/${contextId}/option`,
      body: {
        options: [
          { id: created.options[0]?.id, value: fx.unique('Possible (renamed)'), disabled: false },
        ],
      },
      expectStatus: 200,
    };
  },

  // ---- issues ----
  'post /rest/api/3/issue': async (fx) => ({
    path: '/rest/api/3/issue',
    body: {
      fields: {
        project: { key: 'DEMO' },
        issuetype: { name: 'Task' },
        summary: fx.unique('Contract create'),
        description: fx.adf('Created by a contract test'),
        labels: ['contract'],
      },
    },
    expectStatus: 201,
  }),
  'get /rest/api/3/issue/{issueIdOrKey}': async (fx) => {
    const issue = await fx.sharedIssue();
    return {
      path: `/rest/api/3/issue/${issue.key}?expand=names,renderedFields,transitions`,
      expectStatus: 200,
    };
  },
  'put /rest/api/3/issue/{issueIdOrKey}': async (fx) => {
    const issue = await fx.newIssue();
    return {
      path: `/rest/api/3/issue/${issue.key}`,
      body: {
        fields: { summary: fx.unique('Contract edited') },
        update: { labels: [{ add: 'edited' }] },
      },
      expectStatus: 204,
    };
  },
  'delete /rest/api/3/issue/{issueIdOrKey}': async (fx) => ({
    path: `/rest/api/3/issue/${(await fx.newIssue()).key}`,
    expectStatus: 204,
  }),
  'get /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes': async () => ({
    path: '/rest/api/3/issue/createmeta/DEMO/issuetypes',
    expectStatus: 200,
  }),
  'get /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}': async (fx) => ({
    path: `/rest/api/3/issue/createmeta/DEMO/issuetypes/${await fx.issueTypeId('Task')}`,
    expectStatus: 200,
  }),
  'get /rest/api/3/issue/{issueIdOrKey}/editmeta': async (fx) => ({
    path: `/rest/api/3/issue/${(await fx.sharedIssue()).key}/editmeta`,
    expectStatus: 200,
  }),

  'post /rest/api/3/issue/bulk': async (fx) => ({
    path: '/rest/api/3/issue/bulk',
    body: {
      issueUpdates: [
        {
          fields: {
            project: { key: 'DEMO' },
            issuetype: { name: 'Task' },
            summary: fx.unique('Bulk one'),
          },
        },
        {
          fields: {
            project: { key: 'DEMO' },
            issuetype: { name: 'Bug' },
            summary: fx.unique('Bulk two'),
          },
        },
      ],
    },
    expectStatus: 201,
  }),
  'post /rest/api/3/issue/bulkfetch': async (fx) => {
    const one = await fx.newIssue();
    const two = await fx.newIssue();
    return {
      path: '/rest/api/3/issue/bulkfetch',
      body: { issueIdsOrKeys: [one.key, two.id], fields: ['summary', 'issuetype', 'project'] },
      expectStatus: 200,
    };
  },
  'get /rest/api/3/issue/{issueIdOrKey}/changelog': async (fx) => {
    const issue = await fx.newIssue();
    await fx.call('PUT', `/rest/api/3/issue/${issue.key}`, {
      fields: { summary: fx.unique('Changed') },
    });
    return { path: `/rest/api/3/issue/${issue.key}/changelog?maxResults=10`, expectStatus: 200 };
  },

  // ---- comments ----
  'get /rest/api/3/issue/{issueIdOrKey}/comment': async (fx) => {
    const issue = await fx.newIssue();
    await fx.newComment(issue.key);
    return { path: `/rest/api/3/issue/${issue.key}/comment?orderBy=created`, expectStatus: 200 };
  },
  'post /rest/api/3/issue/{issueIdOrKey}/comment': async (fx) => ({
    path: `/rest/api/3/issue/${(await fx.sharedIssue()).key}/comment`,
    body: { body: fx.adf('Contract comment') },
    expectStatus: 201,
  }),
  'get /rest/api/3/issue/{issueIdOrKey}/comment/{id}': async (fx) => {
    const issue = await fx.sharedIssue();
    return {
      path: `/rest/api/3/issue/${issue.key}/comment/${await fx.newComment(issue.key)}`,
      expectStatus: 200,
    };
  },
  'put /rest/api/3/issue/{issueIdOrKey}/comment/{id}': async (fx) => {
    const issue = await fx.sharedIssue();
    return {
      path: `/rest/api/3/issue/${issue.key}/comment/${await fx.newComment(issue.key)}`,
      body: { body: fx.adf('Contract comment, edited') },
      expectStatus: 200,
    };
  },
  'delete /rest/api/3/issue/{issueIdOrKey}/comment/{id}': async (fx) => {
    const issue = await fx.sharedIssue();
    return {
      path: `/rest/api/3/issue/${issue.key}/comment/${await fx.newComment(issue.key)}`,
      expectStatus: 204,
    };
  },

  // ---- links ----
  'post /rest/api/3/issueLink': async (fx) => {
    const [a, b] = [await fx.newIssue(), await fx.newIssue()];
    const type = await fx.linkType();
    return {
      path: '/rest/api/3/issueLink',
      body: {
        type: { name: type.name },
        inwardIssue: { key: a.key },
        outwardIssue: { key: b.key },
      },
      expectStatus: 201,
    };
  },
  'get /rest/api/3/issueLink/{linkId}': async (fx) => ({
    path: `/rest/api/3/issueLink/${await fx.newIssueLink()}`,
    expectStatus: 200,
  }),
  'delete /rest/api/3/issueLink/{linkId}': async (fx) => ({
    path: `/rest/api/3/issueLink/${await fx.newIssueLink()}`,
    expectStatus: 204,
  }),
  'get /rest/api/3/issueLinkType': async () => ({
    path: '/rest/api/3/issueLinkType',
    expectStatus: 200,
  }),
  'post /rest/api/3/issueLinkType': async (fx) => {
    const name = fx.unique('Mitigates');
    return {
      path: '/rest/api/3/issueLinkType',
      body: { name, inward: `is mitigated by (${name})`, outward: `mitigates (${name})` },
      expectStatus: 201,
    };
  },
  'put /rest/api/3/issueLinkType/{issueLinkTypeId}': async (fx) => {
    const name = fx.unique('Raises');
    const created = (await fx.call('POST', '/rest/api/3/issueLinkType', {
      name,
      inward: `is raised by (${name})`,
      outward: `raises (${name})`,
    })) as { id: string };
    return {
      path: `/rest/api/3/issueLinkType/${created.id}`,
      body: {
        name: `${name} (renamed)`,
        inward: `is raised by (${name}, renamed)`,
        outward: `raises (${name}, renamed)`,
      },
      expectStatus: 200,
    };
  },
  'delete /rest/api/3/issueLinkType/{issueLinkTypeId}': async (fx) => {
    const name = fx.unique('Obsolete');
    const created = (await fx.call('POST', '/rest/api/3/issueLinkType', {
      name,
      inward: `is obsoleted by (${name})`,
      outward: `obsoletes (${name})`,
    })) as { id: string };
    return { path: `/rest/api/3/issueLinkType/${created.id}`, expectStatus: 204 };
  },
  'get /rest/api/3/issueLinkType/{issueLinkTypeId}': async (fx) => ({
    path: `/rest/api/3/issueLinkType/${(await fx.linkType()).id}`,
    expectStatus: 200,
  }),

  // ---- issue properties ----
  'get /rest/api/3/issue/{issueIdOrKey}/properties': async (fx) => {
    const issue = await fx.newIssue();
    await fx.call('PUT', `/rest/api/3/issue/${issue.key}/properties/aims.contract`, { a: 1 });
    return { path: `/rest/api/3/issue/${issue.key}/properties`, expectStatus: 200 };
  },
  'put /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': async (fx) => ({
    path: `/rest/api/3/issue/${(await fx.newIssue()).key}/properties/aims.contract`,
    body: { reviewed: true, score: 4 },
    expectStatus: 201,
  }),
  'get /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': async (fx) => {
    const issue = await fx.newIssue();
    await fx.call('PUT', `/rest/api/3/issue/${issue.key}/properties/aims.contract`, {
      reviewed: false,
    });
    return { path: `/rest/api/3/issue/${issue.key}/properties/aims.contract`, expectStatus: 200 };
  },
  'delete /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': async (fx) => {
    const issue = await fx.newIssue();
    await fx.call('PUT', `/rest/api/3/issue/${issue.key}/properties/aims.contract`, {
      reviewed: false,
    });
    return { path: `/rest/api/3/issue/${issue.key}/properties/aims.contract`, expectStatus: 204 };
  },

  // ---- transitions ----
  'get /rest/api/3/issue/{issueIdOrKey}/transitions': async (fx) => ({
    path: `/rest/api/3/issue/${(await fx.sharedIssue()).key}/transitions?expand=transitions.fields`,
    expectStatus: 200,
  }),
  'post /rest/api/3/issue/{issueIdOrKey}/transitions': async (fx) => {
    const issue = await fx.newIssue();
    return {
      path: `/rest/api/3/issue/${issue.key}/transitions`,
      body: { transition: { id: await fx.transitionId(issue.key) } },
      expectStatus: 204,
    };
  },

  // ---- search ----
  'get /rest/api/3/search/jql': async (fx) => {
    await fx.sharedIssue();
    return {
      path: `/rest/api/3/search/jql?jql=${q('project = DEMO ORDER BY created DESC')}&maxResults=1&fields=summary,status,assignee,labels`,
      expectStatus: 200,
    };
  },
  'post /rest/api/3/search/jql': async (fx) => {
    await fx.newIssue();
    await fx.newIssue();
    const first = (await fx.call('POST', '/rest/api/3/search/jql', {
      jql: 'project = DEMO ORDER BY key ASC',
      maxResults: 1,
      fields: ['summary'],
    })) as { nextPageToken?: string };
    return {
      path: '/rest/api/3/search/jql',
      body: {
        jql: 'project = DEMO ORDER BY key ASC',
        maxResults: 1,
        fields: ['summary', 'issuetype'],
        nextPageToken: first.nextPageToken,
        reconcileIssues: [Number((await fx.sharedIssue()).id)],
      },
      expectStatus: 200,
    };
  },
  'post /rest/api/3/search/approximate-count': async () => ({
    path: '/rest/api/3/search/approximate-count',
    body: { jql: 'project = DEMO' },
    expectStatus: 200,
  }),
  'post /rest/api/3/bulk/issues/fields': async (fx) => ({
    path: '/rest/api/3/bulk/issues/fields',
    body: {
      selectedIssueIdsOrKeys: [(await fx.newIssue()).key],
      selectedActions: ['labels'],
      editedFieldsInput: {
        labelsFields: [
          { fieldId: 'labels', bulkEditMultiSelectFieldOption: 'ADD', labels: [{ name: 'bulk' }] },
        ],
      },
      sendBulkNotification: false,
    },
    expectStatus: 201,
  }),
  'get /rest/api/3/bulk/queue/{taskId}': async (fx) => {
    const submitted = (await fx.call('POST', '/rest/api/3/bulk/issues/fields', {
      selectedIssueIdsOrKeys: [(await fx.newIssue()).key, 'NOPE-1'],
      selectedActions: ['labels'],
      editedFieldsInput: {
        labelsFields: [
          { fieldId: 'labels', bulkEditMultiSelectFieldOption: 'ADD', labels: [{ name: 'bulk' }] },
        ],
      },
    })) as { taskId: string };
    // The edit runs after the answer: follow it until it is done, as a client does.
    for (let i = 0; i < 50; i += 1) {
      const progress = (await fx.call('GET', `/rest/api/3/bulk/queue/${submitted.taskId}`)) as {
        status: string;
      };
      if (progress.status === 'COMPLETE') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { path: `/rest/api/3/bulk/queue/${submitted.taskId}`, expectStatus: 200 };
  },
};
