/**
 * The ISO 42001 issue glance's status: Jira asks the app's dynamicProperties function when it shows
 * the issue and puts the answer beside the glance's label, so the step's guidance is visible on an
 * AIMS issue without opening anything. Read as the viewer, like the panel.
 */
import { callAs } from '../../support/test-site';
import type { SeededLogin } from '../../support/test-site';
import { PanelSite } from './panel-test-site';

jest.setTimeout(120_000);

let ps: PanelSite;

beforeAll(async () => {
  ps = await PanelSite.start();
});

afterAll(async () => {
  await ps?.host.waitForIdle();
  await ps?.close();
});

async function glance(login: SeededLogin, issueKey: string) {
  await ps.host.waitForIdle();
  return callAs(ps.site, login, 'POST', '/forge/dynamic-properties', {
    moduleKey: 'aims-issue-glance',
    issueKey,
  });
}

const doc = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

it('shows how much the nonconformity’s 10.2 step still needs, then that it may move on', async () => {
  const nc = await ps.create('Nonconformity', 'Glance on a fresh nonconformity');
  await expect(glance('member', nc)).resolves.toMatchObject({
    status: 200,
    body: { status: { type: 'lozenge', value: { label: '10.2 a: 2 to record', type: 'moved' } } },
  });
  await ps.ok('admin', 'PUT', `/rest/api/3/issue/${nc}`, {
    fields: {
      [ps.field('Correction and containment')]: doc('Stopped the model'),
      [ps.field('Consequences dealt with')]: doc('Re-ran decisions'),
    },
  });
  await expect(glance('member', nc)).resolves.toMatchObject({
    body: { status: { value: { label: '10.2 a: ready to move on', type: 'success' } } },
  });
});

it('shows what Done needs on a corrective action and starting an audit needs; nothing on an issue with no weighed step', async () => {
  const ca = await ps.create('Corrective Action', 'Glance on an action');
  await expect(glance('manager', ca)).resolves.toMatchObject({
    body: { status: { value: { label: '3 to record', type: 'moved' } } },
  });
  // An audit without its plan: what starting fieldwork needs (9.2.2).
  const audit = await ps.create('AIMS Audit', 'An audit without its plan');
  await expect(glance('manager', audit)).resolves.toMatchObject({
    status: 200,
    body: { status: { value: { label: '6 to record', type: 'moved' } } },
  });
  // Other AIMS types without weighed steps (an AIMS Action): no status.
  const action = await ps.create('AIMS Action', 'An action without a weighed step');
  await expect(glance('manager', action)).resolves.toMatchObject({ status: 200, body: {} });
});

it('answers nothing about an issue the viewer cannot see, and refuses a module without dynamic properties', async () => {
  const secret = await ps.create(
    'Nonconformity',
    'Confidential nonconformity',
    {},
    { confidential: true },
  );
  const hidden = await glance('member', secret);
  expect(hidden.status).toBe(404);
  expect(JSON.stringify(hidden.body)).not.toContain('Confidential nonconformity');
  const panel = await callAs(ps.site, 'manager', 'POST', '/forge/dynamic-properties', {
    moduleKey: 'aims-issue-panel',
    issueKey: secret,
  });
  expect(panel.status).toBe(404);
});
