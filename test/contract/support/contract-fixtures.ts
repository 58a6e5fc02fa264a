import type { RunningSite } from '../../../emulator/core/site';
import type { SeededLogin } from '../../support/test-site';
import { callAs } from '../../support/test-site';

export interface IssueRef {
  id: string;
  key: string;
}

export interface PageRef {
  id: string;
  version: number;
  title: string;
}

const SELECT_FIELD_TYPE = 'com.atlassian.jira.plugin.system.customfieldtypes:select';
const SELECT_FIELD_SEARCHER =
  'com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher';

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`fixture: expected an object for ${what}, got ${JSON.stringify(value)}`);
  }
  return value as Record<string, unknown>;
}

function text(value: unknown, what: string): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new Error(`fixture: expected an id/key for ${what}, got ${JSON.stringify(value)}`);
}

function firstOf(list: unknown, what: string): Record<string, unknown> {
  if (!Array.isArray(list) || list.length === 0) throw new Error(`fixture: no ${what} found`);
  return record(list[0], what);
}

/**
 * The data contract cases need, created through the emulator's own REST API as a client would.
 * A failing set-up request throws with the route and the answer, so a broken dependency is named.
 */
export class ContractFixtures {
  private serial = 0;
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(readonly site: RunningSite) {}

  /** A name no earlier fixture used. */
  unique(prefix: string): string {
    this.serial += 1;
    return `${prefix} ${Date.now().toString(36)}-${this.serial}`;
  }

  /** Sends a set-up request and returns its JSON body; anything but 2xx throws. */
  async call(
    method: string,
    path: string,
    body?: unknown,
    as: SeededLogin = 'admin',
  ): Promise<unknown> {
    const res = await callAs(this.site, as, method, path, body);
    if (res.status < 200 || res.status > 299) {
      throw new Error(
        `fixture: ${method} ${path} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 400)}`,
      );
    }
    return res.body;
  }

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let found = this.memo.get(key) as Promise<T> | undefined;
    if (!found) {
      found = make();
      this.memo.set(key, found);
    }
    return found;
  }

  // ---- Jira ----

  demoProject(): Promise<{ id: string; key: string }> {
    return this.once('project:DEMO', async () => {
      const project = record(await this.call('GET', '/rest/api/3/project/DEMO'), 'project DEMO');
      return { id: text(project.id, 'project id'), key: text(project.key, 'project key') };
    });
  }

  issueTypeId(name: string): Promise<string> {
    return this.once(`issuetype:${name}`, async () => {
      const types = await this.call('GET', '/rest/api/3/issuetype');
      if (!Array.isArray(types)) throw new Error('fixture: GET /issuetype did not return a list');
      const found = types.map((t) => record(t, 'issue type')).find((t) => t.name === name);
      if (!found) throw new Error(`fixture: no issue type named ${name}`);
      return text(found.id, 'issue type id');
    });
  }

  async newIssue(summary = this.unique('Contract issue')): Promise<IssueRef> {
    const created = record(
      await this.call('POST', '/rest/api/3/issue', {
        fields: { project: { key: 'DEMO' }, issuetype: { name: 'Task' }, summary },
      }),
      'created issue',
    );
    return { id: text(created.id, 'issue id'), key: text(created.key, 'issue key') };
  }

  /** One issue shared by read-only cases. */
  sharedIssue(): Promise<IssueRef> {
    return this.once('issue:shared', () => this.newIssue('Contract shared issue'));
  }

  async newComment(issueKey: string): Promise<string> {
    const created = record(
      await this.call('POST', `/rest/api/3/issue/${issueKey}/comment`, {
        body: this.adf('A contract comment'),
      }),
      'comment',
    );
    return text(created.id, 'comment id');
  }

  adf(content: string): unknown {
    return {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: content }] }],
    };
  }

  linkType(): Promise<{ id: string; name: string }> {
    return this.once('linktype', async () => {
      const body = record(await this.call('GET', '/rest/api/3/issueLinkType'), 'link types');
      const first = firstOf(body.issueLinkTypes, 'issue link type');
      return { id: text(first.id, 'link type id'), name: text(first.name, 'link type name') };
    });
  }

  /** Links two new issues and returns the link's id, read back from the outward issue. */
  async newIssueLink(): Promise<string> {
    const [from, to] = [await this.newIssue(), await this.newIssue()];
    const type = await this.linkType();
    await this.call('POST', '/rest/api/3/issueLink', {
      type: { name: type.name },
      outwardIssue: { key: from.key },
      inwardIssue: { key: to.key },
    });
    const issue = record(
      await this.call('GET', `/rest/api/3/issue/${from.key}?fields=issuelinks`),
      'issue',
    );
    const link = firstOf(record(issue.fields, 'issue fields').issuelinks, 'issue link');
    return text(link.id, 'issue link id');
  }

  async newSelectField(): Promise<string> {
    const created = record(
      await this.call('POST', '/rest/api/3/field', {
        name: this.unique('Contract select'),
        type: SELECT_FIELD_TYPE,
        searcherKey: SELECT_FIELD_SEARCHER,
      }),
      'custom field',
    );
    return text(created.id, 'field id');
  }

  sharedSelectField(): Promise<string> {
    return this.once('field:select', () => this.newSelectField());
  }

  async fieldContextId(fieldId: string): Promise<string> {
    const body = record(
      await this.call('GET', `/rest/api/3/field/${fieldId}/context`),
      'field contexts',
    );
    return text(firstOf(body.values, 'field context').id, 'context id');
  }

  async transitionId(issueKey: string): Promise<string> {
    const body = record(
      await this.call('GET', `/rest/api/3/issue/${issueKey}/transitions`),
      'transitions',
    );
    return text(firstOf(body.transitions, 'transition').id, 'transition id');
  }

  /** A workflow create request with two new statuses (names unique to this call). */
  workflowCreateBody(name = this.unique('Contract workflow')): Record<string, unknown> {
    const rule = { actions: [], validators: [], triggers: [], properties: {} };
    return {
      scope: { type: 'GLOBAL' },
      statuses: [
        {
          name: `${name} open`,
          statusCategory: 'TODO',
          statusReference: 'ref-open',
          description: '',
        },
        {
          name: `${name} done`,
          statusCategory: 'DONE',
          statusReference: 'ref-done',
          description: '',
        },
      ],
      workflows: [
        {
          name,
          description: 'Created by a contract test',
          statuses: [
            { statusReference: 'ref-open', properties: {} },
            { statusReference: 'ref-done', properties: {} },
          ],
          transitions: [
            {
              ...rule,
              id: '1',
              name: 'Create',
              type: 'INITIAL',
              toStatusReference: 'ref-open',
              links: [],
            },
            {
              ...rule,
              id: '11',
              name: 'Finish',
              type: 'DIRECTED',
              toStatusReference: 'ref-done',
              links: [{ fromStatusReference: 'ref-open', fromPort: 0, toPort: 1 }],
            },
          ],
        },
      ],
    };
  }

  /** Creates a workflow through the bulk API; returns its id, name and version. */
  async newWorkflow(): Promise<{
    id: string;
    name: string;
    version: { id: string; versionNumber: number };
  }> {
    const name = this.unique('Contract workflow');
    const body = record(
      await this.call('POST', '/rest/api/3/workflows/create', this.workflowCreateBody(name)),
      'workflows',
    );
    const workflow = firstOf(body.workflows, 'created workflow');
    const version = record(workflow.version, 'workflow version');
    return {
      id: text(workflow.id, 'workflow id'),
      name,
      version: { id: text(version.id, 'version id'), versionNumber: Number(version.versionNumber) },
    };
  }

  /** Creates a global status; returns its id and name. */
  async newStatus(): Promise<{ id: string; name: string }> {
    const name = this.unique('Contract status');
    const created = await this.call('POST', '/rest/api/3/statuses', {
      scope: { type: 'GLOBAL' },
      statuses: [
        { name, statusCategory: 'IN_PROGRESS', description: 'Created by a contract test' },
      ],
    });
    return { id: text(firstOf(created, 'created status').id, 'status id'), name };
  }

  // ---- Confluence ----

  spaceId(key = 'AIMS'): Promise<string> {
    return this.once(`space:${key}`, async () => {
      const body = record(await this.call('GET', `/wiki/api/v2/spaces?keys=${key}`), 'spaces');
      return text(firstOf(body.results, `space ${key}`).id, 'space id');
    });
  }

  async newPage(title = this.unique('Contract page')): Promise<PageRef> {
    const spaceId = await this.spaceId();
    const created = record(
      await this.call('POST', '/wiki/api/v2/pages', {
        spaceId,
        status: 'current',
        title,
        body: { representation: 'storage', value: '<p>Contract page body</p>' },
      }),
      'page',
    );
    const version = record(created.version, 'page version');
    return { id: text(created.id, 'page id'), version: Number(version.number), title };
  }

  sharedPage(): Promise<PageRef> {
    return this.once('page:shared', () => this.newPage('Contract shared page'));
  }

  async newPageProperty(pageId: string): Promise<{ id: string; key: string; version: number }> {
    const key = this.unique('contract-prop').replace(/\s+/g, '-');
    const created = record(
      await this.call('POST', `/wiki/api/v2/pages/${pageId}/properties`, {
        key,
        value: { checked: true },
      }),
      'page property',
    );
    const version = record(created.version, 'property version');
    return { id: text(created.id, 'property id'), key, version: Number(version.number) };
  }
}
