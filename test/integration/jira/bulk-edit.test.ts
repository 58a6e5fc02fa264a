/**
 * Jira's bulk edit as the spec describes it: submitted at once as a task (201 `{ taskId }`), the
 * issues edited afterwards, the progress read from `/bulk/queue/{taskId}`; at most 1 000 issues,
 * every edited field listed in `selectedActions`; issues the user cannot see are counted, not
 * edited.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import { createIssue, jiraCaller, obj } from './jira-helpers';

let site: RunningSite;
let call: Call;

beforeAll(async () => {
  site = await startTestSite();
  call = jiraCaller(site);
});
afterAll(async () => site.close());

const labelsEdit = (op: string, names: string[]) => ({
  labelsFields: [
    {
      fieldId: 'labels',
      bulkEditMultiSelectFieldOption: op,
      labels: names.map((name) => ({ name })),
    },
  ],
});

const newTask = (summary: string, labels: string[] = []) =>
  createIssue(call, 'member', {
    project: { key: 'DEMO' },
    issuetype: { name: 'Task' },
    summary,
    labels,
  });

const submit = (keys: string[], op: string, names: string[], actions = ['labels']) =>
  call('member', 'POST', '/bulk/issues/fields', {
    selectedIssueIdsOrKeys: keys,
    selectedActions: actions,
    editedFieldsInput: labelsEdit(op, names),
  });

async function finished(login: 'admin' | 'member', taskId: string) {
  for (;;) {
    const res = await call(login, 'GET', `/bulk/queue/${taskId}`);
    expect(res.status).toBe(200);
    const progress = obj(res.body);
    if (progress.status !== 'ENQUEUED' && progress.status !== 'RUNNING') return progress;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const labelsOf = async (key: string): Promise<string[]> =>
  obj((await call('admin', 'GET', `/issue/${key}?fields=labels`)).body).fields.labels;

describe('bulk edit of labels', () => {
  it('adds and removes a label on many issues, reporting the ids it edited', async () => {
    const a = await newTask('Bulk A', ['keep']);
    const b = await newTask('Bulk B');
    const add = await submit([a.key, b.id], 'ADD', ['late']);
    expect(add.status).toBe(201);
    const progress = await finished('member', obj(add.body).taskId);
    expect(progress).toMatchObject({
      status: 'COMPLETE',
      progressPercent: 100,
      invalidOrInaccessibleIssueCount: 0,
      totalIssueCount: 2,
    });
    expect([...progress.processedAccessibleIssues].sort()).toEqual(
      [Number(a.id), Number(b.id)].sort(),
    );
    expect(await labelsOf(a.key)).toEqual(['keep', 'late']);
    expect(await labelsOf(b.key)).toEqual(['late']);

    const remove = await submit([a.key, b.key], 'REMOVE', ['late']);
    await finished('member', obj(remove.body).taskId);
    expect(await labelsOf(a.key)).toEqual(['keep']);
    expect(await labelsOf(b.key)).toEqual([]);
  });

  it('counts issues the user cannot see or that do not exist, and edits none of them', async () => {
    const secret = await createIssue(call, 'admin', {
      project: { key: 'SEC' },
      issuetype: { name: 'Task' },
      summary: 'Not for members',
    });
    const res = await submit([secret.key, 'DEMO-999999'], 'ADD', ['seen']);
    const progress = await finished('member', obj(res.body).taskId);
    expect(progress).toMatchObject({
      status: 'COMPLETE',
      processedAccessibleIssues: [],
      invalidOrInaccessibleIssueCount: 2,
    });
    expect(await labelsOf(secret.key)).toEqual([]);
  });

  it('refuses what Jira refuses, with its error body, and changes nothing', async () => {
    const issue = await newTask('Bulk refused');
    const unlisted = await submit([issue.key], 'ADD', ['x'], []);
    expect(unlisted.status).toBe(400);
    expect(unlisted.body).toEqual({
      errors: [
        {
          message:
            'The following editedFieldInput values are not listed as selectedActions : labels',
        },
      ],
    });
    const tooMany = await submit(
      Array.from({ length: 1001 }, (_, i) => `DEMO-${i + 1}`),
      'ADD',
      ['x'],
    );
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(tooMany.body)).toContain('at most 1000 issues');
    expect(await labelsOf(issue.key)).toEqual([]);
  });

  it('edits multi-select fields only with multipleSelectFields, and changes nothing else', async () => {
    const issue = await newTask('Bulk options refused');
    const res = await call('member', 'POST', '/bulk/issues/fields', {
      selectedIssueIdsOrKeys: [issue.key],
      selectedActions: ['summary'],
      editedFieldsInput: { multipleSelectFields: [{ fieldId: 'summary', options: [] }] },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errors: [
        { message: 'multipleSelectFields can only edit multi-select custom fields, not summary.' },
      ],
    });
    const malformed = await call('member', 'POST', '/bulk/issues/fields', {
      selectedIssueIdsOrKeys: [issue.key],
      selectedActions: ['customfield_1'],
      editedFieldsInput: {
        multipleSelectFields: [{ fieldId: 'customfield_1', options: [{ value: 'A' }] }],
      },
    });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('multipleSelectFields is not valid');
  });

  it('shows a task only to who submitted it, and only a bulk operation', async () => {
    const issue = await newTask('Bulk task owner');
    const res = await submit([issue.key], 'ADD', ['mine']);
    const taskId = obj(res.body).taskId;
    await finished('member', taskId);
    expect((await call('auditor', 'GET', `/bulk/queue/${taskId}`)).status).toBe(400);
    expect((await call('member', 'GET', '/bulk/queue/999999')).status).toBe(400);
  });
});
