/**
 * "I have read and understood this version" (7.3) on the AI Policy macro, end to end on the
 * emulator with the real app: people acknowledge the approved version in force (checked as them),
 * once; the macro shows the share of the AIMS members group that has (counts only, from Jira's
 * group as the viewer sees it); a newly approved version starts again from nobody.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import { seedPolicyPage } from '../../../emulator/seed/demo/demo-policy-page';
import { addSiteUser } from '../../support/site-users';
import type { SeededLogin } from '../../support/test-site';
import { callAs, startTestSite } from '../../support/test-site';
import { createAimsHost } from './policy-app-host';
import { macroPages, ok } from './macro-page-fixture';

jest.setTimeout(120_000);

let site: RunningSite;
let host: ForgeHost;
let pageId: string;
let pages: ReturnType<typeof macroPages>;

/** The demo's people in jira-users, the AIMS members group by default. */
const MEMBERS = SEEDED_USERS.filter((u) => u.groups.includes('jira-users')).length;

beforeAll(async () => {
  host = createAimsHost();
  site = await startTestSite([host]);
  const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com')?.accountId;
  await host.install(admin);
  await host.install(admin, { product: 'confluence' }); // connects Confluence (optional app)
  const spaces = await ok<{ results: { id: string }[] }>(
    callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS'),
  );
  pages = macroPages(site, spaces.results[0]?.id ?? '', 'aims-policy', 'aims-policy-control-1');
  // Approved at page version 1, edited since: version 1 is the approved version in force.
  ({ pageId } = await seedPolicyPage(site, host));
});

afterAll(async () => {
  host?.close();
  await site?.close();
});

const acknowledgementOf = async (login: SeededLogin) => {
  const view = await pages.call(login, pageId, 'getView');
  expect(view.ok).toBe(true);
  return (view.data as { acknowledgement: Record<string, unknown> }).acknowledgement;
};

describe('acknowledging the approved AI policy', () => {
  it('offers the approved version in force, with nobody having acknowledged it yet', async () => {
    expect(MEMBERS).toBe(4);
    await expect(acknowledgementOf('member')).resolves.toEqual({
      version: 1,
      viewerAcknowledgedAt: null,
      blockers: [],
      memberGroup: 'jira-users',
      acknowledged: 0,
      groupSize: MEMBERS,
      percent: 0,
      groupNote: null,
    });
  });

  it('refuses a version that is not the approved one in force, and records nothing', async () => {
    const refused = await pages.call('member', pageId, 'acknowledge', { version: 2 });
    expect(refused).toMatchObject({
      ok: false,
      error: 'You cannot acknowledge this version of the AI policy.',
      details: [
        'Page version 2 is not the approved version in force; the approved version is 1. Read version 1 and acknowledge it.',
      ],
    });
    const bad = await pages.call('member', pageId, 'acknowledge', { version: 'latest' });
    expect(bad.ok).toBe(false);
    await expect(acknowledgementOf('auditor')).resolves.toMatchObject({ acknowledged: 0 });
  });

  it('records who acknowledged which version and when, once; others see only the count', async () => {
    const first = await pages.call('member', pageId, 'acknowledge', { version: 1 });
    expect(first).toMatchObject({
      ok: true,
      data: { acknowledgedVersion: 1, alreadyAcknowledged: false },
    });
    const at = (first.data as { acknowledgedAt: string }).acknowledgedAt;
    const again = await pages.call('member', pageId, 'acknowledge', { version: 1 });
    expect(again).toMatchObject({
      ok: true,
      data: { acknowledgedVersion: 1, acknowledgedAt: at, alreadyAcknowledged: true },
    });
    await expect(acknowledgementOf('member')).resolves.toMatchObject({
      viewerAcknowledgedAt: at,
      acknowledged: 1,
      groupSize: MEMBERS,
      percent: 25,
    });
    // An auditor (who can view and edit) acknowledges too; the manager sees 2 of 4, no names.
    expect((await pages.call('auditor', pageId, 'acknowledge', { version: 1 })).ok).toBe(true);
    const seenByManager = await acknowledgementOf('manager');
    expect(seenByManager).toMatchObject({
      viewerAcknowledgedAt: null,
      acknowledged: 2,
      percent: 50,
    });
    expect(JSON.stringify(seenByManager)).not.toMatch(/aims-member-0004|Mel Member/);
  });

  it('counts only people in the members group when they acknowledged', async () => {
    // Someone outside jira-users (an AIMS manager only) acknowledges: recorded, not counted.
    const outsider = addSiteUser(site, 'outsider', {
      accountId: '712020:aims-outsider-0006',
      displayName: 'Otto Outsider',
      groups: ['aims-managers', 'confluence-users'],
    });
    expect((await pages.call(outsider, pageId, 'acknowledge', { version: 1 })).ok).toBe(true);
    await expect(acknowledgementOf('manager')).resolves.toMatchObject({
      acknowledged: 2,
      groupSize: MEMBERS,
    });
  });

  it('starts again from nobody when a new version is approved', async () => {
    const approved = await pages.call('manager', pageId, 'approve', { reviewedVersion: 2 });
    expect(approved).toMatchObject({ ok: true, data: { approvedVersion: 2 } });
    await expect(acknowledgementOf('member')).resolves.toMatchObject({
      version: 2,
      viewerAcknowledgedAt: null,
      blockers: [],
      acknowledged: 0,
      percent: 0,
    });
    const old = await pages.call('member', pageId, 'acknowledge', { version: 1 });
    expect(old).toMatchObject({
      ok: false,
      details: [
        'Page version 1 is not the approved version in force; the approved version is 2. Read version 2 and acknowledge it.',
      ],
    });
  });

  it('has nothing to acknowledge once the policy is superseded', async () => {
    expect((await pages.call('admin', pageId, 'supersede')).ok).toBe(true);
    const view = await acknowledgementOf('member');
    expect(view).toMatchObject({
      version: null,
      blockers: ['This AI policy is superseded: there is no version in force to acknowledge.'],
    });
    const refused = await pages.call('member', pageId, 'acknowledge', { version: 2 });
    expect(refused).toMatchObject({
      ok: false,
      details: ['This AI policy is superseded: there is no version in force to acknowledge.'],
    });
  });
});
