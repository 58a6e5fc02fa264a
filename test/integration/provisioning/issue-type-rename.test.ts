/**
 * How provisioning recognises the issue type it made when the configured name changes (ADR 0013):
 * by the id its state holds, or — when the state is lost — by a former default name carrying the
 * app's description. It renames only a type it created, and never onto a name Jira already has:
 * those are refused in words, before anything changes.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { AIMS_ISSUE_TYPES } from '../../../src/jira/aims-schema';
import type { AppConfig } from '../../../src/storage/app-config';
import { DEFAULT_APP_CONFIG } from '../../../src/storage/app-config';
import { provision } from '../../../src/workflows/provisioning/provision';
import { callAs, jsonOk, startTestSite } from '../../support/test-site';
import { APP, adminJira, memoryStore } from './provisioning-helpers';

jest.setTimeout(300_000);

const withAudit = (audit: string): AppConfig => ({
  ...DEFAULT_APP_CONFIG,
  issueTypeNames: { ...DEFAULT_APP_CONFIG.issueTypeNames, audit },
});

interface Named {
  id: string;
  name: string;
  description?: string;
}

let site: RunningSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

const types = () => jsonOk<Named[]>(callAs(site, 'admin', 'GET', '/rest/api/3/issuetype'));
const run = (config: AppConfig, store = memoryStore(), dryRun = false) =>
  provision({ jira: adminJira(site), config, app: APP, store, dryRun });

test('a lost state: the type made under the former name "Audit" is renamed, not made again', async () => {
  await run(withAudit('Audit'));
  const made = (await types()).find((t) => t.name === 'Audit');
  expect(made?.description).toBe(AIMS_ISSUE_TYPES.find((t) => t.key === 'audit')?.description);

  const again = await run(DEFAULT_APP_CONFIG, memoryStore());
  expect(again.changes.filter((c) => c.target.includes('Audit'))).toContainEqual({
    step: 'issue-types',
    action: 'update',
    target: "Issue type 'Audit'",
    detail: "rename to 'AIMS Audit' (same issue type: its issues keep it)",
  });
  expect(again.state.issueTypes.audit).toBe(made?.id);
  expect((await types()).filter((t) => /audit$/i.test(t.name))).toEqual([
    expect.objectContaining({ id: made?.id, name: 'AIMS Audit' }),
  ]);
});

test('a name another issue type holds is refused in words, and nothing changes', async () => {
  const store = memoryStore();
  await run(DEFAULT_APP_CONFIG, store);
  await jsonOk(callAs(site, 'admin', 'POST', '/rest/api/3/issuetype', { name: 'Inspection' }));
  const before = await types();
  const refusal =
    "Issue type 'AIMS Audit' cannot be renamed to 'Inspection': Jira already has an issue type 'Inspection'";
  await expect(run(withAudit('Inspection'), store, true)).rejects.toThrow(refusal);
  await expect(run(withAudit('Inspection'), store)).rejects.toThrow(refusal);
  expect(await types()).toEqual(before);
});

test('a type the app adopted (not its description) is never renamed: other projects may use it', async () => {
  const ours = await jsonOk<Named>(
    callAs(site, 'admin', 'POST', '/rest/api/3/issuetype', {
      name: 'Site Audit',
      description: 'The audits of every department',
    }),
  );
  // A state that adopted the site's own type for the audits (its name was configured then).
  const store = memoryStore();
  const { state } = await run(DEFAULT_APP_CONFIG, store);
  await store.save({ ...state, issueTypes: { ...state.issueTypes, audit: ours.id } });
  const before = await types();
  const refusal = `Issue type 'Site Audit' (id ${ours.id}) was not created by the app, so other projects may use it: the app does not rename it to 'AIMS Site Audit'.`;
  await expect(run(withAudit('AIMS Site Audit'), store, true)).rejects.toThrow(refusal);
  await expect(run(withAudit('AIMS Site Audit'), store)).rejects.toThrow(refusal);
  expect(await types()).toEqual(before);
});
