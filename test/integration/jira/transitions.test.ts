import type { ProductEvent } from '../../../emulator/core/events';
import type { RunningSite } from '../../../emulator/core/site';
import type {
  TransitionContext,
  ValidationResult,
  WorkflowRuleRunner,
} from '../../../emulator/core/workflow-rules';
import { startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import {
  createIssue,
  createScreen,
  jiraCaller,
  obj,
  ok,
  useScreenedDefaultWorkflow,
} from './jira-helpers';

/** A runner the test scripts: hides "Done" from member, refuses when the summary says BLOCKED. */
class ScriptedRunner implements WorkflowRuleRunner {
  readonly after: TransitionContext[] = [];
  readonly validated: TransitionContext[] = [];

  async conditionsAllow(ctx: TransitionContext): Promise<boolean> {
    return !(ctx.transition.name === 'Done' && ctx.accountId === '712020:aims-member-0004');
  }

  async validate(ctx: TransitionContext): Promise<ValidationResult> {
    this.validated.push(ctx);
    const summary = ctx.changedFields.summary;
    if (ctx.issueKey.length > 0 && typeof summary === 'string' && summary.includes('BLOCKED')) {
      return { ok: false, errorMessage: 'Remove BLOCKED from the summary first.' };
    }
    return { ok: true };
  }

  async afterTransition(ctx: TransitionContext): Promise<void> {
    this.after.push(ctx);
  }
}

let site: RunningSite;
let call: Call;
let runner: ScriptedRunner;
const events: ProductEvent[] = [];

beforeAll(async () => {
  site = await startTestSite();
  call = jiraCaller(site);
  runner = new ScriptedRunner();
  site.ctx.workflowRules.runner = runner;
  site.ctx.events.subscribe((e) => events.push(e));
  // Jira sets fields sent with a transition only when they are on its screen: In Progress and
  // Done get one with summary, labels and resolution; To Do has none.
  const demo = await ok(call, 'GET', '/project/DEMO');
  const screen = await createScreen(call, 'Transition fields', ['summary', 'labels', 'resolution']);
  await useScreenedDefaultWorkflow(call, String(demo.id), 'Screened default', {
    '21': screen,
    '31': screen,
  });
});
afterAll(async () => site.close());

const names = (body: unknown): string[] =>
  obj(body).transitions.map((t: { name: string }) => t.name);

describe('transitions', () => {
  it('lists the transitions whose conditions pass for the user', async () => {
    const { key } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Flow',
    });
    const admin = await call('admin', 'GET', `/issue/${key}/transitions`);
    expect(names(admin.body)).toEqual(['In Progress', 'Done']);
    expect(obj(admin.body).transitions[0]).toMatchObject({
      id: '21',
      to: { name: 'In Progress', statusCategory: { key: 'indeterminate' } },
      isGlobal: true,
      hasScreen: true,
    });
    expect(names((await call('member', 'GET', `/issue/${key}/transitions`)).body)).toEqual([
      'In Progress',
    ]);
  });

  it('refuses a hidden or unknown transition with 400 and changes nothing', async () => {
    const { key } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Hidden',
    });
    const hidden = await call('member', 'POST', `/issue/${key}/transitions`, {
      transition: { id: '31' },
    });
    expect(hidden).toMatchObject({
      status: 400,
      body: { errorMessages: ["Transition id '31' is not valid for this issue."], errors: {} },
    });
    expect(
      (await call('member', 'POST', `/issue/${key}/transitions`, { transition: { id: '999' } }))
        .status,
    ).toBe(400);
    expect((await call('member', 'POST', `/issue/${key}/transitions`, {})).status).toBe(400);
    expect(
      obj((await call('member', 'GET', `/issue/${key}?fields=status`)).body).fields.status.name,
    ).toBe('To Do');
  });

  it("answers a validator's refusal with its message and leaves the issue untouched", async () => {
    const { key } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Fine',
    });
    const afterBefore = runner.after.length;
    events.length = 0;
    const res = await call('admin', 'POST', `/issue/${key}/transitions`, {
      transition: { id: '21' },
      fields: { summary: 'BLOCKED now' },
    });
    expect(res).toMatchObject({
      status: 400,
      body: { errorMessages: ['Remove BLOCKED from the summary first.'], errors: {} },
    });
    const issue = obj(
      (await call('admin', 'GET', `/issue/${key}?fields=status,summary&expand=changelog`)).body,
    );
    expect(issue.fields).toMatchObject({ summary: 'Fine', status: { name: 'To Do' } });
    expect(issue.changelog.total).toBe(0);
    expect(runner.after.length).toBe(afterBefore);
    expect(events.filter((e) => e.eventType === 'avi:jira:updated:issue')).toEqual([]);
  });

  it('commits status, fields and resolution, records the changelog, publishes, then runs post functions', async () => {
    const { key, id } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Go',
    });
    events.length = 0;
    const res = await call('admin', 'POST', `/issue/${key}/transitions`, {
      transition: { id: '31' },
      fields: { summary: 'Gone' },
      update: { labels: [{ add: 'closed' }] },
    });
    expect(res.status).toBe(204);
    const issue = obj((await call('admin', 'GET', `/issue/${key}?expand=changelog`)).body);
    expect(issue.fields).toMatchObject({
      summary: 'Gone',
      labels: ['closed'],
      status: { name: 'Done' },
      resolution: { name: 'Done' },
    });
    expect(issue.fields.resolutiondate).toEqual(expect.any(String));
    const items = issue.changelog.histories[0].items;
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'status',
          from: '10000',
          fromString: 'To Do',
          to: '10001',
          toString: 'Done',
        }),
        expect.objectContaining({ field: 'resolution', to: '10000', toString: 'Done' }),
        expect.objectContaining({ field: 'summary', fromString: 'Go', toString: 'Gone' }),
      ]),
    );
    const updated = events.filter((e) => e.eventType === 'avi:jira:updated:issue');
    expect(updated).toHaveLength(1);
    expect(updated[0]?.payload).toMatchObject({
      issue: { id, key, fields: { status: { name: 'Done' } } },
      associatedStatuses: [
        { id: '10001', name: 'Done' },
        { id: '10000', name: 'To Do' },
      ],
    });
    const post = runner.after[runner.after.length - 1];
    expect(post).toMatchObject({
      issueKey: key,
      accountId: '712020:aims-admin-0001',
      transition: { id: '31', fromStatusId: '10000', toStatusId: '10001' },
    });
    expect(post?.changedFields).toMatchObject({ summary: 'Gone', labels: ['closed'] });

    expect(
      (await call('admin', 'POST', `/issue/${key}/transitions`, { transition: { id: '11' } }))
        .status,
    ).toBe(204);
    const reopened = obj(
      (await call('admin', 'GET', `/issue/${key}?fields=status,resolution,resolutiondate`)).body,
    );
    expect(reopened.fields).toEqual({
      status: expect.objectContaining({ name: 'To Do' }),
      resolution: null,
      resolutiondate: null,
    });
  });

  it("refuses a field the transition's screen lacks, or any field without a screen, with Jira's error", async () => {
    const { key } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Screened',
    });
    const offScreen = await call('admin', 'POST', `/issue/${key}/transitions`, {
      transition: { id: '21' },
      fields: { summary: 'Screened, started', duedate: '2030-01-31' },
    });
    expect(offScreen).toMatchObject({
      status: 400,
      body: {
        errorMessages: [],
        errors: {
          duedate:
            "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown.",
        },
      },
    });
    await ok(call, 'POST', `/issue/${key}/transitions`, { transition: { id: '21' } });
    const noScreen = await call('admin', 'POST', `/issue/${key}/transitions`, {
      transition: { id: '11' },
      update: { labels: [{ add: 'back' }] },
    });
    expect(obj(noScreen.body).errors).toEqual({
      labels: "Field 'labels' cannot be set. It is not on the appropriate screen, or unknown.",
    });
    const issue = obj(
      (await call('admin', 'GET', `/issue/${key}?fields=status,summary,labels`)).body,
    );
    expect(issue.fields).toMatchObject({
      summary: 'Screened',
      labels: [],
      status: { name: 'In Progress' },
    });
  });

  it("describes a transition's screen fields with expand=transitions.fields", async () => {
    const { key } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Fields',
    });
    const res = obj(
      (await call('admin', 'GET', `/issue/${key}/transitions?expand=transitions.fields`)).body,
    );
    const done = res.transitions.find((t: { id: string }) => t.id === '31');
    expect(Object.keys(done.fields)).toEqual(['summary', 'labels', 'resolution']);
    expect(done.fields.resolution.allowedValues.map((r: { name: string }) => r.name)).toContain(
      'Done',
    );
  });

  it('offers transitions in GET issue with expand=transitions', async () => {
    const { key } = await createIssue(call, 'member', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Expand',
    });
    const issue = obj(
      (await call('member', 'GET', `/issue/${key}?fields=summary&expand=transitions`)).body,
    );
    expect(issue.transitions.map((t: { name: string }) => t.name)).toEqual(['In Progress']);
  });
});

describe('a comment sent with a transition (update.comment add)', () => {
  const body = {
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Closing: duplicate of DEMO-1.' }] },
    ],
  };

  it('is added to the issue after the transition, by the user who transitioned', async () => {
    const { key } = await createIssue(call, 'admin', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'With comment',
    });
    const done = obj(
      (await call('admin', 'GET', `/issue/${key}/transitions`)).body,
    ).transitions.find((t: { name: string }) => t.name === 'Done');
    const res = await call('admin', 'POST', `/issue/${key}/transitions`, {
      transition: { id: done.id },
      update: { comment: [{ add: { body } }] },
    });
    expect(res.status).toBe(204);
    const comments = obj((await call('admin', 'GET', `/issue/${key}/comment`)).body).comments;
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toEqual(body);
    expect(comments[0].author.accountId).toBe('712020:aims-admin-0001');
  });

  it('refuses an empty comment with Jira’s 400 and changes nothing', async () => {
    const { key } = await createIssue(call, 'admin', {
      project: { key: 'DEMO' },
      issuetype: { name: 'Task' },
      summary: 'Empty comment',
    });
    const done = obj(
      (await call('admin', 'GET', `/issue/${key}/transitions`)).body,
    ).transitions.find((t: { name: string }) => t.name === 'Done');
    const res = await call('admin', 'POST', `/issue/${key}/transitions`, {
      transition: { id: done.id },
      update: { comment: [{ add: { body: { type: 'doc', version: 1, content: [] } } }] },
    });
    expect(res.status).toBe(400);
    expect(obj(res.body).errors.comment).toBe('Comment body can not be empty!');
    const issue = obj((await call('admin', 'GET', `/issue/${key}?fields=status`)).body);
    expect(issue.fields.status.name).toBe('To Do');
  });
});
