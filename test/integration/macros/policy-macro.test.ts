/**
 * The AI Policy macro end to end on the emulator, with the Forge host running the real app:
 * configuration, the owner's checklist, approval bound to a page version, old versions,
 * export_view, and the scheduled review trigger.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import { policyBody, seedPolicyPage } from '../../../emulator/seed/demo/demo-policy-page';
import type { SeededLogin } from '../../support/test-site';
import { callAs, startTestSite } from '../../support/test-site';
import { createAimsHost } from './policy-app-host';
import { macroPages, ok } from './macro-page-fixture';
import { createDemoObjectives } from './policy-objective-fixtures';

jest.setTimeout(120_000);

let site: RunningSite;
let host: ForgeHost;
let spaceId: string;

const accountOf = (login: SeededLogin): string => {
  const user = SEEDED_USERS.find((u) => u.email === `${login}@example.com`);
  if (!user) throw new Error(login);
  return user.accountId;
};

const goodConfig = (reference: string) => ({
  documentReference: reference,
  ownerAccountId: accountOf('admin'),
  reviewIntervalMonths: 12,
  objectivesProjectKey: 'AIMS',
});

let pages: ReturnType<typeof macroPages>;
const macroCall = (...args: Parameters<ReturnType<typeof macroPages>['call']>) =>
  pages.call(...args);
const readPage = (pageId: string, format?: string) => pages.readPage(pageId, format);
const submitConfig = (pageId: string, config: Record<string, unknown>) =>
  pages.submitConfig(pageId, config);
const editPage = (pageId: string, sentence: string) => pages.editPage(pageId, sentence);

const createPolicyPage = (title: string, config?: Record<string, unknown>) =>
  pages.createPage(title, policyBody(host, config ?? {}, false), config !== undefined);

const controlProperty = (pageId: string) => pages.property(pageId, 'aims-policy-control');

const ALL_COVERED = [
  { element: 'appropriate-to-purpose', covered: true, where: '1. Purpose' },
  { element: 'framework-for-objectives', covered: true, where: '4. Framework for AI objectives' },
  { element: 'commitment-to-requirements', covered: true, where: '3.1 Meeting requirements' },
  {
    element: 'commitment-to-continual-improvement',
    covered: true,
    where: '3.2 Continual improvement',
  },
];

let objectiveKeys: string[] = [];

beforeAll(async () => {
  host = createAimsHost();
  site = await startTestSite([host]);
  await host.install(accountOf('admin'));
  const spaces = await ok<{ results: { id: string }[] }>(
    callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS'),
  );
  spaceId = spaces.results[0]?.id ?? '';
  pages = macroPages(site, spaceId, 'aims-policy');
  objectiveKeys = await createDemoObjectives(site);
});

afterAll(async () => {
  host?.close();
  await site?.close();
});

describe('configuration', () => {
  it('a macro without settings says it is not configured, and a bad configuration is refused with reasons and changes nothing', async () => {
    const pageId = await createPolicyPage('Unconfigured policy');
    const view = await macroCall('admin', pageId, 'getView');
    expect(view.ok).toBe(true);
    expect(view.data?.configured).toBe(false);
    expect(String(view.data?.message)).toMatch(/^This macro is not configured: /);

    const bad = await macroCall(
      'admin',
      pageId,
      'saveConfig',
      {
        config: {
          documentReference: '',
          ownerAccountId: 'not an id',
          reviewIntervalMonths: 0,
          objectivesProjectKey: 'aims',
        },
      },
      { configuring: true },
    );
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/^This macro is not configured: /);
    expect(bad.details).toEqual(
      expect.arrayContaining([
        'Document ID is required',
        'Document owner must be an Atlassian account ID',
        'Review interval (months) must be between 1 and 60',
        'Jira project for objectives must be a project key like AIMS',
      ]),
    );
    expect(await controlProperty(pageId)).toBeUndefined();
    expect((await readPage(pageId)).version.number).toBe(1);
    // Nothing was registered for the review scan either.
    const scan = await host.runScheduledTrigger('aims-policy-review-scan');
    const summary = JSON.parse((scan.result as { body: string }).body) as {
      skipped: { pageId: string }[];
    };
    expect(summary.skipped.map((s) => s.pageId)).not.toContain(pageId);

    // Actions with a broken saved configuration are refused too, and write nothing.
    const tick = await macroCall(
      'admin',
      pageId,
      'setChecklist',
      { checks: ALL_COVERED },
      {
        config: {
          documentReference: 'X-1',
          reviewIntervalMonths: 12,
          objectivesProjectKey: 'AIMS',
        },
      },
    );
    expect(tick.ok).toBe(false);
    expect(tick.error).toContain('Document owner is required');
    expect(await controlProperty(pageId)).toBeUndefined();
  });
});

describe('approval bound to a page version', () => {
  let pageId: string;

  it('configure → checklist by the owner → approval by another manager → an edit shows "changed since approved version N"', async () => {
    pageId = await createPolicyPage('AI Policy (test)');
    const config = goodConfig('AIMS-POL-900');
    const saved = await macroCall(
      'admin',
      pageId,
      'saveConfig',
      { config },
      { configuring: true, config: {} },
    );
    expect(saved.ok).toBe(true);
    const configuredVersion = await submitConfig(pageId, config);
    expect(configuredVersion).toBe(2);

    // Only the owner ticks the checklist.
    const byMember = await macroCall('member', pageId, 'setChecklist', { checks: ALL_COVERED });
    expect(byMember).toMatchObject({
      ok: false,
      error: 'Only the document owner can tick the clause 5.2 checklist.',
    });
    // Approval needs all four elements covered.
    const early = await macroCall('manager', pageId, 'approve', { reviewedVersion: 2 });
    expect(early.ok).toBe(false);
    expect(early.details?.join(' ')).toContain('has not yet marked where the policy');

    const ticked = await macroCall('admin', pageId, 'setChecklist', { checks: ALL_COVERED });
    expect(ticked.ok).toBe(true);

    // The owner may not approve their own policy; a member is not an AIMS manager.
    const byOwner = await macroCall('admin', pageId, 'approve', { reviewedVersion: 2 });
    expect(byOwner.details).toContain(
      'The document owner cannot approve their own policy; another manager must approve it.',
    );
    const byMemberApprove = await macroCall('member', pageId, 'approve', { reviewedVersion: 2 });
    expect(byMemberApprove.details).toContain(
      'Only members of the group aims-managers can approve the AI policy.',
    );
    // Approving a version other than the current one is refused.
    const stale = await macroCall('manager', pageId, 'approve', { reviewedVersion: 1 });
    expect(stale.error).toContain(
      'The page changed while you were reviewing it: version 2 is now current',
    );

    const approved = await macroCall('manager', pageId, 'approve', { reviewedVersion: 2 });
    expect(approved).toMatchObject({ ok: true, data: { approvedVersion: 2 } });

    const view = await macroCall('auditor', pageId, 'getView');
    expect(view.data).toMatchObject({
      configured: true,
      documentReference: 'AIMS-POL-900',
      status: 'approved',
      isApprovedVersion: true,
      changedSinceApproval: false,
      owner: { displayName: 'Ada Admin' },
      approval: { approver: { displayName: 'Morgan Manager' }, approvedVersion: 2 },
      page: { currentVersion: 2, viewedVersion: 2, isCurrent: true },
    });
    const nextYear = new Date();
    nextYear.setUTCFullYear(nextYear.getUTCFullYear() + 1);
    expect((view.data?.review as { nextReviewDate: string }).nextReviewDate.slice(0, 4)).toBe(
      String(nextYear.getUTCFullYear()),
    );

    const edited = await editPage(pageId, 'A sentence added after the approval.');
    expect(edited).toBe(3);
    const after = await macroCall('auditor', pageId, 'getView');
    expect(after.data).toMatchObject({
      status: 'approved',
      changedSinceApproval: true,
      isApprovedVersion: false,
      approval: { approvedVersion: 2 },
      page: { currentVersion: 3, viewedVersion: 3 },
    });
  });

  it('an old page version shows the metadata that version had', async () => {
    const v2 = await macroCall('auditor', pageId, 'getView', { pageVersion: 2 });
    expect(v2.data).toMatchObject({
      status: 'approved',
      isApprovedVersion: true,
      changedSinceApproval: false,
      page: { viewedVersion: 2, currentVersion: 3, isCurrent: false },
    });
    const v1 = await macroCall('auditor', pageId, 'getView', { pageVersion: 1 });
    expect(v1.data).toMatchObject({ status: 'draft', approval: null, page: { viewedVersion: 1 } });
    expect((v1.data?.checklist as { covered: boolean }[]).every((c) => !c.covered)).toBe(true);
  });

  it('re-approval binds to the edited version; the record keeps both approvals', async () => {
    const again = await macroCall('manager', pageId, 'approve', { reviewedVersion: 3 });
    expect(again).toMatchObject({ ok: true, data: { approvedVersion: 3 } });
    const view = await macroCall('member', pageId, 'getView');
    expect(view.data).toMatchObject({
      status: 'approved',
      isApprovedVersion: true,
      changedSinceApproval: false,
    });
    const property = await controlProperty(pageId);
    const entries = (
      property?.value as { entries: { event: string; document: { approvedVersion?: number } }[] }
    ).entries;
    expect(
      entries.filter((e) => e.event === 'approved').map((e) => e.document.approvedVersion),
    ).toEqual([2, 3]);
    // Viewing version 2 still shows the approval of version 2.
    const v2 = await macroCall('member', pageId, 'getView', { pageVersion: 2 });
    expect(v2.data).toMatchObject({ isApprovedVersion: true, approval: { approvedVersion: 2 } });
  });

  it('lists the AI objectives from Jira with their status', async () => {
    const view = await macroCall('auditor', pageId, 'getView');
    const objectives = view.data?.objectives as {
      available: boolean;
      items: { key: string; annexCObjective: string; measure: string; statusName: string }[];
    };
    expect(objectives.available).toBe(true);
    expect(objectives.items.map((o) => o.key)).toEqual(objectiveKeys);
    expect(objectives.items[1]).toMatchObject({
      annexCObjective: 'Fairness',
      measure: 'Demographic parity gap below 5 points',
      statusName: expect.any(String),
    });
  });

  it('export_view renders the document control, the checklist and the objectives', async () => {
    await editPage(pageId, 'Another edit after the second approval.');
    const html = await pages.exportView('auditor', pageId);
    expect(html).toContain('Document control (ISO/IEC 42001 7.5)');
    expect(html).toContain('AIMS-POL-900');
    expect(html).toContain('Ada Admin');
    expect(html).toContain('Morgan Manager');
    expect(html).toContain('Changed since approved version 3');
    expect(html).toContain('gives a framework for setting AI objectives');
    expect(html).toContain('4. Framework for AI objectives');
    for (const key of objectiveKeys) expect(html).toContain(key);
    expect(html).not.toContain('could not be exported');
  });
});

describe('scheduled policy review', () => {
  it('opens exactly one AIMS Action when the review falls due, even when several runs overlap and it runs again later', async () => {
    const pageId = await createPolicyPage('AI Policy (review due)', goodConfig('AIMS-POL-901'));
    expect((await macroCall('admin', pageId, 'setChecklist', { checks: ALL_COVERED })).ok).toBe(
      true,
    );
    expect((await macroCall('manager', pageId, 'approve', { reviewedVersion: 1 })).ok).toBe(true);
    // A year passes: the approval (and so the review date) is moved into the past.
    const property = await controlProperty(pageId);
    if (!property) throw new Error('no property');
    const value = property.value as { entries: { document: Record<string, unknown> }[] };
    const last = value.entries[value.entries.length - 1];
    if (!last) throw new Error('no entry');
    last.document.approvedAt = '2025-01-10T09:00:00.000Z';
    last.document.nextReviewDate = '2026-01-10';
    await ok(
      callAs(site, 'admin', 'PUT', `/wiki/api/v2/pages/${pageId}/properties/${property.id}`, {
        key: 'aims-policy-control',
        value,
        version: { number: property.version.number + 1 },
      }),
    );

    // Several runs at the same moment (a duplicated or overlapping schedule), then one more later.
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => host.runScheduledTrigger('aims-policy-review-scan')),
    );
    await host.runScheduledTrigger('aims-policy-review-scan');
    expect(runs.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const opened = runs.flatMap(
      (r) =>
        (
          JSON.parse((r.result as { body: string }).body) as {
            opened: { pageId: string; issueKey: string }[];
          }
        ).opened,
    );
    expect(opened.filter((o) => o.pageId === pageId)).toHaveLength(1);

    const found = await ok<{ issues: { key: string; fields: Record<string, unknown> }[] }>(
      callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
        jql: `project = AIMS AND summary ~ "AI Policy (review due)"`,
        fields: ['summary', 'issuetype', 'labels', 'duedate'],
      }),
    );
    expect(found.issues).toHaveLength(1);
    const issue = found.issues[0];
    expect(issue?.fields.summary).toBe('Review the AI policy: AI Policy (review due)');
    expect((issue?.fields.issuetype as { name: string }).name).toBe('AIMS Action');
    const full = await ok<{ fields: Record<string, unknown>; names: Record<string, string> }>(
      callAs(site, 'admin', 'GET', `/rest/api/3/issue/${issue?.key}?expand=names`),
    );
    const byName = (name: string) =>
      full.fields[Object.entries(full.names).find(([, n]) => n === name)?.[0] ?? ''];
    expect(byName('Action source')).toMatchObject({ value: 'Policy review' });
    expect(byName('Management review reference')).toBe(pageId);

    // The macro shows the overdue review and the action, to those who can see it.
    const view = await macroCall('auditor', pageId, 'getView');
    expect(view.data).toMatchObject({
      review: { state: 'overdue', nextReviewDate: '2026-01-10' },
      reviewAction: { key: issue?.key },
    });
  });
});

describe('the demo page', () => {
  it('is approved at version 1 and edited at version 2, so it shows "changed since approved version 1"', async () => {
    const { pageId, created } = await seedPolicyPage(site, host);
    expect(created).toBe(true);
    expect((await seedPolicyPage(site, host)).created).toBe(false);
    const view = await macroCall('auditor', pageId, 'getView');
    expect(view.data).toMatchObject({
      documentReference: 'AIMS-POL-001',
      status: 'approved',
      changedSinceApproval: true,
      approval: { approvedVersion: 1, approver: { displayName: 'Morgan Manager' } },
      page: { currentVersion: 2 },
    });
    const v1 = await macroCall('auditor', pageId, 'getView', { pageVersion: 1 });
    expect(v1.data).toMatchObject({ isApprovedVersion: true, changedSinceApproval: false });
  });
});
