import type { RunningSite } from '../../../emulator/core/site';
import type { TransitionContext } from '../../../emulator/core/workflow-rules';
import type { ForgeHost } from '../../../emulator/forge-host';
import { SEEDED_USERS } from '../../../emulator/core/users';
import { callAs } from '../../support/test-site';
import { anIssueKey, bridge, registerFrame, requestFrame, startFixtureSite } from './fixture-host';

let site: RunningSite;
let host: ForgeHost;

const accountOf = (login: string): string =>
  SEEDED_USERS.find((u) => u.email.startsWith(`${login}@`))?.accountId ?? '';

const script = (steps: unknown[]): Promise<unknown[]> =>
  host.invokeFunction('kvs-script', { steps }) as Promise<unknown[]>;

async function createIssue(fields: Record<string, unknown>): Promise<{ id: string; key: string }> {
  const res = await callAs(site, 'admin', 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'AIMS' }, issuetype: { name: 'Task' }, ...fields },
  });
  if (res.status !== 201)
    throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; key: string };
}

async function deliveriesFor(
  issueKey: string,
): Promise<{ key: string; value: { eventType: string; context: unknown } }[]> {
  const [page] = (await script([{ op: 'query', prefix: `delivery:${issueKey}:`, limit: 50 }])) as {
    results: { key: string; value: { eventType: string; context: unknown } }[];
  }[];
  return page?.results ?? [];
}

function transitionContext(
  issue: { id: string; key: string },
  login: string,
  rules: Partial<TransitionContext>,
): TransitionContext {
  return {
    issueId: issue.id,
    issueKey: issue.key,
    projectId: '',
    projectKey: 'AIMS',
    accountId: accountOf(login),
    transition: { id: '31', name: 'Done', fromStatusId: '10000', toStatusId: '10001' },
    conditions: [],
    validators: [],
    postFunctions: [],
    changedFields: {},
    ...rules,
  };
}

const rule = (moduleKey: string, config?: Record<string, unknown>) => ({
  ruleKey: 'forge:expression-validator',
  parameters: {
    key: host.extensionKey(moduleKey),
    ...(config ? { config: JSON.stringify(config) } : {}),
  },
});

beforeAll(async () => {
  ({ site, host } = await startFixtureSite());
});

afterEach(() => host.setFaults({}));

afterAll(async () => {
  await host.waitForIdle();
  host.close();
  await site.close();
});

describe('resolvers read Jira as the viewing user', () => {
  it('a member cannot see a Confidential issue through the app; a manager can', async () => {
    const issue = await createIssue({
      summary: 'Confidential risk',
      security: { name: 'Confidential' },
    });
    // Jira does not show the member the issue, so no panel of it either (the product sets the context).
    const onHidden = await requestFrame(site, 'member', 'fixture-panel', { issueKey: issue.key });
    expect(onHidden.status).toBe(404);
    // From a panel they can open, asking the app for the issue by key answers what Jira answers them.
    const asMember = await registerFrame(site, 'member', 'fixture-panel', {
      issueKey: await anIssueKey(site),
    });
    const member = await bridge(site, 'member', asMember.frameId, 'invoke', {
      functionKey: 'getIssue',
      payload: { key: issue.key },
    });
    expect(member.result).toEqual({ status: 404, summary: null });
    const asManager = await registerFrame(site, 'manager', 'fixture-panel', {
      issueKey: issue.key,
    });
    const manager = await bridge(site, 'manager', asManager.frameId, 'invoke', {
      functionKey: 'getIssue',
      payload: { key: issue.key },
    });
    expect(manager.result).toEqual({ status: 200, summary: 'Confidential risk' });
  });

  it('requestJira through the bridge runs as the viewer', async () => {
    const issue = await createIssue({
      summary: 'Visible only to the team',
      security: { name: 'Confidential' },
    });
    const frame = await registerFrame(site, 'member', 'fixture-panel', {
      issueKey: await anIssueKey(site),
    });
    const res = await bridge(site, 'member', frame.frameId, 'fetchProduct', {
      product: 'jira',
      restPath: `/rest/api/3/issue/${issue.key}`,
      fetchRequestInit: { method: 'GET', headers: [['accept', 'application/json']] },
    });
    expect(res.result).toMatchObject({ status: 404 });
    const me = await bridge(site, 'member', frame.frameId, 'fetchProduct', {
      product: 'jira',
      restPath: '/rest/api/3/myself',
    });
    expect(JSON.parse((me.result as { body: string }).body)).toMatchObject({
      accountId: accountOf('member'),
    });
  });

  it('asUser without a user (no principal) fails instead of running as someone else', async () => {
    await expect(
      host.invokeFunction('panel-resolver', {
        call: { functionKey: 'whoami', payload: {} },
        context: {},
      }),
    ).rejects.toThrow(/Authentication Required|needs a user/);
  });

  it('fault mode answers the app with 429 and Retry-After, then recovers', async () => {
    const issue = await createIssue({ summary: 'Rate limited read' });
    // Registering the frame reads its issue (the host builds the frame's context), and the
    // fixture's trigger reads Jira on every created issue: the fault is armed once the site is
    // idle, so the one failure is the app's next call, whatever runs in the background.
    const frame = await registerFrame(site, 'admin', 'fixture-panel', {
      issueKey: await anIssueKey(site),
    });
    await host.waitForIdle();
    host.setFaults({ restFailures: { status: 429, retryAfterSeconds: 7, count: 1 } });
    const limited = await bridge(site, 'admin', frame.frameId, 'fetchProduct', {
      product: 'jira',
      restPath: `/rest/api/3/issue/${issue.key}`,
    });
    expect(limited.result).toMatchObject({ status: 429, headers: { 'retry-after': '7' } });
    const again = await bridge(site, 'admin', frame.frameId, 'invoke', {
      functionKey: 'getIssue',
      payload: { key: issue.key },
    });
    expect(again.result).toEqual({ status: 200, summary: 'Rate limited read' });
  });
});

describe('fault injection is deterministic', () => {
  it('REST failures hit only work caused after they were set, never a delivery of an earlier change', async () => {
    // The frame is registered (its issue read for its context) before the faults are armed.
    const frame = await registerFrame(site, 'admin', 'fixture-panel', {
      issueKey: await anIssueKey(site),
    });
    await host.waitForIdle();
    host.setFaults({ eventDelayMs: 200 });
    const issue = await createIssue({ summary: 'Changed before the faults' });
    host.setFaults({ restFailures: { status: 503, count: 1 } });
    await host.waitForIdle();
    const [summary] = await script([{ op: 'get', key: `summary:${issue.key}` }]);
    expect(summary).toMatchObject({
      status: 200,
      fields: { summary: 'Changed before the faults' },
    });
    const failed = await bridge(site, 'admin', frame.frameId, 'fetchProduct', {
      product: 'jira',
      restPath: `/rest/api/3/issue/${issue.key}`,
    });
    expect(failed.result).toMatchObject({ status: 503 });
  });
});

describe('product event triggers', () => {
  it('delivers avi:jira:created:issue after a real Jira change, asynchronously, with Forge context', async () => {
    const issue = await createIssue({ summary: 'Triggered' });
    await host.waitForIdle();
    const deliveries = await deliveriesFor(issue.key);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]?.value).toEqual({
      eventType: 'avi:jira:created:issue',
      context: { cloudId: host.identity.cloudId, moduleKey: 'issue-created' },
    });
    const [summary] = await script([{ op: 'get', key: `summary:${issue.key}` }]);
    expect(summary).toMatchObject({
      status: 200,
      key: issue.key,
      fields: { summary: 'Triggered' },
    });
  });

  it('delays deliveries in delay mode: nothing has run when the REST call returns', async () => {
    host.setFaults({ eventDelayMs: 300 });
    const issue = await createIssue({ summary: 'Later' });
    expect(await deliveriesFor(issue.key)).toHaveLength(0);
    await host.waitForIdle();
    expect(await deliveriesFor(issue.key)).toHaveLength(1);
  });

  it('delivers every event twice in duplicate mode', async () => {
    host.setFaults({ duplicateEvents: true });
    const issue = await createIssue({ summary: 'Twice' });
    await host.waitForIdle();
    expect(await deliveriesFor(issue.key)).toHaveLength(2);
  });
});

describe('trigger filters and retries', () => {
  it('filters events by expression and retries when the function asks (InvocationError)', async () => {
    host.setFaults({ retryTimeScale: 0.001 });
    const issue = await createIssue({ summary: 'plain' });
    const edit = await callAs(site, 'admin', 'PUT', `/rest/api/3/issue/${issue.key}`, {
      fields: { summary: 'please retry me' },
    });
    expect(edit.status).toBe(204);
    const other = await createIssue({ summary: 'not matching' });
    await callAs(site, 'admin', 'PUT', `/rest/api/3/issue/${other.key}`, {
      fields: { summary: 'still not matching' },
    });
    await host.waitForIdle();
    const [attempts, none] = await script([
      { op: 'get', key: `attempts:${issue.key}` },
      { op: 'get', key: `attempts:${other.key}` },
    ]);
    expect(attempts).toEqual([
      null,
      { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { attempt: 1 } },
      { retryCount: 2, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { attempt: 2 } },
    ]);
    expect(none).toBeNull();
  });
});

describe('workflow rules', () => {
  it('a function validator refuses with its message, runs as the app, and lets other issues through', async () => {
    const runner = site.ctx.workflowRules.runner;
    const blocked = await createIssue({ summary: 'BLOCKED by supplier' });
    const verdict = await runner.validate(
      transitionContext(blocked, 'member', { validators: [rule('blocked-validator')] }),
    );
    expect(verdict).toEqual({
      ok: false,
      errorMessage: `${blocked.key} is BLOCKED: remove BLOCKED from the summary first.`,
    });
    const fine = await createIssue({ summary: 'All good' });
    expect(
      await runner.validate(
        transitionContext(fine, 'member', { validators: [rule('blocked-validator')] }),
      ),
    ).toEqual({ ok: true });
  });

  it('an expression validator sees transition-screen changes and gives the manifest message', async () => {
    const runner = site.ctx.workflowRules.runner;
    const issue = await createIssue({ summary: 'fine for now' });
    const refused = await runner.validate(
      transitionContext(issue, 'admin', {
        validators: [rule('summary-validator')],
        changedFields: { summary: 'forbidden' },
      }),
    );
    expect(refused).toEqual({ ok: false, errorMessage: "The summary must not be 'forbidden'." });
    expect(
      await runner.validate(
        transitionContext(issue, 'admin', { validators: [rule('summary-validator')] }),
      ),
    ).toEqual({ ok: true });
  });

  it('a configured expression overrides the manifest one; a string result is the message', async () => {
    const runner = site.ctx.workflowRules.runner;
    const issue = await createIssue({ summary: 'needs a label' });
    const config = {
      expression:
        "issue.labels.includes(config.label) ? true : 'Add the label ' + config.label + ' first.'",
      label: 'reviewed',
    };
    expect(
      await runner.validate(
        transitionContext(issue, 'admin', { validators: [rule('summary-validator', config)] }),
      ),
    ).toEqual({
      ok: false,
      errorMessage: 'Add the label reviewed first.',
    });
  });

  it('an expression condition hides the transition from users outside the group', async () => {
    const runner = site.ctx.workflowRules.runner;
    const issue = await createIssue({ summary: 'Condition' });
    const conditions = [
      {
        ruleKey: 'forge:expression-condition',
        parameters: { key: host.extensionKey('managers-only') },
      },
    ];
    expect(await runner.conditionsAllow(transitionContext(issue, 'member', { conditions }))).toBe(
      false,
    );
    expect(await runner.conditionsAllow(transitionContext(issue, 'manager', { conditions }))).toBe(
      true,
    );
  });

  it('rules of other apps and unknown syntax do not pass silently', async () => {
    const runner = site.ctx.workflowRules.runner;
    const issue = await createIssue({ summary: 'Other app' });
    const foreign = [
      {
        ruleKey: 'forge:expression-condition',
        parameters: { key: 'ari:cloud:ecosystem::extension/other/env/static/x' },
      },
    ];
    expect(
      await runner.conditionsAllow(transitionContext(issue, 'member', { conditions: foreign })),
    ).toBe(true);
    const broken = [
      {
        ruleKey: 'forge:expression-condition',
        parameters: {
          key: host.extensionKey('managers-only'),
          config: JSON.stringify({ expression: 'issue.noSuchField == 1' }),
        },
      },
    ];
    expect(
      await runner.conditionsAllow(transitionContext(issue, 'admin', { conditions: broken })),
    ).toBe(false);
    expect(host.ruleFailures.at(-1)?.message).toMatch(/Unknown member 'noSuchField' of type Issue/);
  });

  it('a failing condition is false for everyone and Jira sends avi:jira:failed:expression to the app', async () => {
    const runner = site.ctx.workflowRules.runner;
    const issue = await createIssue({ summary: 'Old group form' });
    const expression = "user.groups.includes('aims-managers')";
    const conditions = [
      {
        id: 'condition-7',
        ruleKey: 'forge:expression-condition',
        parameters: {
          key: host.extensionKey('managers-only'),
          config: JSON.stringify({ expression }),
        },
      },
    ];
    const tc = {
      ...transitionContext(issue, 'manager', { conditions }),
      workflow: { id: 'wf-1', name: 'AIMS Nonconformity' },
    };
    // A manager is in aims-managers, yet the property form is an error: the condition fails closed.
    expect(await runner.conditionsAllow(tc)).toBe(false);
    await host.waitForIdle();
    const [event] = await script([{ op: 'get', key: 'failed-expression' }]);
    expect(event).toEqual({
      eventType: 'avi:jira:failed:expression',
      selfGenerated: false,
      extensionId: host.extensionKey('managers-only'),
      workflowId: 'wf-1',
      workflowName: 'AIMS Nonconformity',
      conditionId: 'condition-7',
      expression,
      errorMessages: ["'groups' is a method of type User, not a property: call groups()"],
      context: { cloudId: host.identity.cloudId, moduleKey: 'expression-failed' },
    });
  });

  it('a condition that returns no Boolean fails closed with the event too', async () => {
    const runner = site.ctx.workflowRules.runner;
    const issue = await createIssue({ summary: 'Not a Boolean' });
    const conditions = [
      {
        ruleKey: 'forge:expression-condition',
        parameters: {
          key: host.extensionKey('managers-only'),
          config: JSON.stringify({ expression: 'user.groups()' }),
        },
      },
    ];
    expect(await runner.conditionsAllow(transitionContext(issue, 'manager', { conditions }))).toBe(
      false,
    );
    await host.waitForIdle();
    const [event] = await script([{ op: 'get', key: 'failed-expression' }]);
    expect(event).toMatchObject({
      expression: 'user.groups()',
      errorMessages: ['The expression must return a Boolean, got List'],
    });
  });

  it('runs post functions after the transition with the Forge payload', async () => {
    const runner = site.ctx.workflowRules.runner;
    const issue = await createIssue({ summary: 'Post' });
    const postFunctions = [
      {
        ruleKey: 'forge:workflow-post-function',
        parameters: { key: host.extensionKey('after-transition'), config: '{"notify":true}' },
      },
    ];
    await runner.afterTransition(transitionContext(issue, 'admin', { postFunctions }));
    await host.waitForIdle();
    const [stored] = await script([{ op: 'get', key: `post:${issue.key}` }]);
    expect(stored).toMatchObject({
      transition: { id: 31, name: 'Done', from: { id: '10000' }, to: { id: '10001' } },
      configuration: { notify: true },
    });
  });
});
