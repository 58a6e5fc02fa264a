/**
 * The AI Policy macro end to end on the emulator, with the Forge host running the real app:
 * configuration, the owner's checklist, approval bound to a page version, old versions,
 * export_view, and the scheduled review trigger.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { GROUPS, SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import { policyBody, seedPolicyPage } from '../../../emulator/seed/demo/demo-policy-page';
import type { SeededLogin } from '../../support/test-site';
import { createSpace } from '../../support/spaces';
import { callAs, startTestSite } from '../../support/test-site';
import { createAimsHost } from './policy-app-host';
import { MAX_OBJECTIVES } from '../../../src/macros/policy/policy-objectives';
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

/** The manager makes `owner` the document owner (kept by the app, not in the macro's config). */
async function setOwner(pageId: string, owner: SeededLogin = 'admin'): Promise<void> {
  const set = await macroCall('manager', pageId, 'setOwner', { ownerAccountId: accountOf(owner) });
  if (!set.ok) throw new Error(`setOwner failed: ${JSON.stringify(set)}`);
}

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
  await host.install(accountOf('admin'), { product: 'confluence' }); // connects Confluence (optional app)
  const spaces = await ok<{ results: { id: string }[] }>(
    callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS'),
  );
  spaceId = spaces.results[0]?.id ?? '';
  pages = macroPages(site, spaceId, 'aims-policy', 'aims-policy-control-1');
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

    // Actions without a saved configuration are refused too, and write nothing.
    const unconfigured = await macroCall('admin', pageId, 'setChecklist', { checks: ALL_COVERED });
    expect(unconfigured.ok).toBe(false);
    expect(unconfigured.error).toMatch(/^This macro is not configured: /);
    // With a good configuration (as the editor holds it) but no owner set by a manager, the same.
    const tick = await macroCall(
      'admin',
      pageId,
      'setChecklist',
      { checks: ALL_COVERED },
      { editorConfig: goodConfig('X-1') },
    );
    expect(tick.ok).toBe(false);
    expect(tick.error).toContain('This AI policy has no document owner yet');
    expect(await controlProperty(pageId)).toBeUndefined();
  });
});

describe('approval bound to a page version', () => {
  let pageId: string;

  it('configure → checklist by the owner → approval by another manager → an edit shows "changed since approved version N"', async () => {
    pageId = await createPolicyPage('AI Policy (test)');
    const config = goodConfig('AIMS-POL-900');
    const saved = await macroCall('admin', pageId, 'saveConfig', { config }, { configuring: true });
    expect(saved.ok).toBe(true);
    // The check writes nothing: Confluence saves the configuration (view.submit) as the editor.
    expect(await controlProperty(pageId)).toBeUndefined();
    const configuredVersion = await submitConfig(pageId, config);
    expect(configuredVersion).toBe(2);

    // The owner is not a setting: a manager sets it (a member cannot make themselves the owner).
    const byMemberOwner = await macroCall('member', pageId, 'setOwner', {
      ownerAccountId: accountOf('member'),
    });
    expect(byMemberOwner).toMatchObject({
      ok: false,
      error: 'You cannot set the owner of the AI policy.',
      details: ['Only members of aims-managers (AIMS manager) can set the owner of the AI policy.'],
    });
    await setOwner(pageId, 'admin');

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
      'Only members of aims-managers (AIMS manager) can approve the AI policy.',
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

  it('export_view (no reader) renders what the page stores — document control, checklist — and leaves the Jira objectives out', async () => {
    await editPage(pageId, 'Another edit after the second approval.');
    const html = await pages.exportView('auditor', pageId);
    expect(html).toContain('Document control (ISO/IEC 42001 7.5)');
    expect(html).toContain('AIMS-POL-900');
    // People are mentions: Confluence shows each reader the name (the app read no names).
    expect(html).toContain('@Ada Admin');
    expect(html).toContain('@Morgan Manager');
    expect(html).toContain('Changed since approved version 3');
    expect(html).toContain('gives a framework for setting AI objectives');
    expect(html).toContain('4. Framework for AI objectives');
    expect(html).toContain('The AI objectives are Jira issues of project AIMS');
    for (const key of objectiveKeys) expect(html).not.toContain(key);
    expect(html).not.toContain('could not be exported');
    expect(await pages.exportView('admin', pageId)).toBe(html);
  });
});

/** A policy page approved a year ago, whose policy review fell due on 2026-01-10. */
async function duePolicyPage(
  title: string,
  reference: string,
  where: ReturnType<typeof macroPages> = pages,
): Promise<string> {
  const pageId = await where.createPage(
    title,
    policyBody(host, goodConfig(reference), false),
    true,
  );
  await setOwner(pageId, 'admin');
  expect((await macroCall('admin', pageId, 'setChecklist', { checks: ALL_COVERED })).ok).toBe(true);
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

  return pageId;
}

describe('scheduled policy review', () => {
  it('opens exactly one AIMS Action when the review falls due, even when several runs overlap and it runs again later', async () => {
    const pageId = await duePolicyPage('AI Policy (review due)', 'AIMS-POL-901');

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
        jql: `project = AIMS AND labels = "aims-policy-review-${pageId}-2026-01-10"`,
        fields: ['summary', 'issuetype', 'labels', 'duedate'],
      }),
    );
    expect(found.issues).toHaveLength(1);
    const issue = found.issues[0];
    expect(issue?.fields.summary).toBe(`Review the AI policy on Confluence page ${pageId}`);
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

  it('copies nothing of a page restricted from members into Jira, and indexes only pages a manager registered', async () => {
    // A space only AIMS managers (and site admins) may read: its pages are hidden from members.
    const restricted = createSpace(site, 'BOARD', {
      readerGroups: [GROUPS.aimsManagers, GROUPS.siteAdmins],
    });
    const boardPages = macroPages(site, restricted.id, 'aims-policy', 'aims-policy-control-1');
    const title = 'Board-only AI policy for Project Nightingale';
    const pageId = await duePolicyPage(title, 'AIMS-POL-SECRET', boardPages);
    expect((await callAs(site, 'member', 'GET', `/wiki/api/v2/pages/${pageId}`)).status).toBe(404);

    // A page whose macro was only viewed (never given an owner or approved by a manager) is not
    // indexed, however often it is viewed.
    const viewedOnly = await createPolicyPage(
      'AI Policy (only viewed)',
      goodConfig('AIMS-POL-902'),
    );
    expect((await macroCall('member', viewedOnly, 'getView')).ok).toBe(true);
    expect((await macroCall('auditor', viewedOnly, 'getView')).ok).toBe(true);

    const run = await host.runScheduledTrigger('aims-policy-review-scan');
    const body = JSON.parse((run.result as { body: string }).body) as {
      opened: { pageId: string; issueKey: string }[];
      skipped: { pageId: string }[];
    };
    const scannedIds = [...body.opened, ...body.skipped].map((p) => p.pageId);
    expect(scannedIds).toContain(pageId);
    expect(scannedIds).not.toContain(viewedOnly);
    const opened = body.opened.find((o) => o.pageId === pageId);
    if (!opened) throw new Error('no action opened for the restricted page');

    const asMember = await callAs(
      site,
      'member',
      'GET',
      `/rest/api/3/issue/${opened.issueKey}?fields=summary,description,labels`,
    );
    expect(asMember.status).toBe(200);
    const seen = JSON.stringify(asMember.body);
    expect(seen).not.toContain('Nightingale');
    expect(seen).not.toContain('Board-only');
    expect(seen).not.toContain('AIMS-POL-SECRET');
    expect(seen).toContain(`Confluence page ${pageId}`);
  });

  it('goes through more due pages than one invocation can in queued parts, one action per page', async () => {
    const pages = [];
    for (const n of [1, 2, 3])
      pages.push(await duePolicyPage(`AI Policy (due, part ${n})`, `AIMS-POL-91${n}`));
    const parts = () =>
      host.invocations.filter(
        (i) => i.functionKey === 'scan-consumer' || i.functionKey === 'policy-review-scan',
      );
    const before = parts().length;
    // 8 s charged to each product call: a due page takes three (policy record, search, create).
    host.setLatency({ productMs: 8000, clock: 'virtual' });
    await host.runScheduledTrigger('aims-policy-review-scan');
    await host.waitForIdle();
    host.setLatency({ productMs: 0 });

    const ran = parts().slice(before);
    expect(ran.length).toBeGreaterThanOrEqual(3);
    for (const part of ran) {
      expect(part.outcome).toBe('ok');
      expect(part.elapsedMs).toBeLessThan(part.limitMs);
    }
    for (const pageId of pages) {
      const found = await ok<{ issues: unknown[] }>(
        callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
          jql: `project = AIMS AND labels = "aims-policy-review-${pageId}-2026-01-10"`,
          fields: ['key'],
        }),
      );
      expect(found.issues).toHaveLength(1);
    }
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

describe('more AI objectives than the policy lists', () => {
  it('lists the first 100 of them, says how many there are and links to all of them in Jira', async () => {
    const types = await ok<{ issueTypes: { id: string; name: string }[] }>(
      callAs(site, 'admin', 'GET', '/rest/api/3/issue/createmeta/AIMS/issuetypes'),
    );
    const objectiveType = types.issueTypes.find((t) => t.name === 'AI Objective')?.id;
    const extra = MAX_OBJECTIVES + 1 - objectiveKeys.length;
    for (let i = 0; i < extra; i += 50)
      await ok(
        callAs(site, 'admin', 'POST', '/rest/api/3/issue/bulk', {
          issueUpdates: Array.from({ length: Math.min(50, extra - i) }, (_, j) => ({
            fields: {
              project: { key: 'AIMS' },
              issuetype: { id: objectiveType },
              summary: `Objective ${i + j + 1}`,
            },
          })),
        }),
      );
    const pageId = await createPolicyPage(
      'AI Policy (many objectives)',
      goodConfig('AIMS-POL-950'),
    );
    const view = await macroCall('auditor', pageId, 'getView');
    const objectives = view.data?.objectives as {
      items: { key: string }[];
      more: { total: number; jql: string } | null;
    };
    expect(objectives.items).toHaveLength(MAX_OBJECTIVES);
    expect(objectives.items.slice(0, objectiveKeys.length).map((o) => o.key)).toEqual(
      objectiveKeys,
    );
    expect(objectives.more?.total).toBe(MAX_OBJECTIVES + 1);
    const all = await ok<{ issues: unknown[] }>(
      callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
        jql: objectives.more?.jql,
        fields: ['key'],
        maxResults: 5000,
      }),
    );
    expect(all.issues).toHaveLength(MAX_OBJECTIVES + 1);

    // The export has no reader: it leaves every objective out and says where they are.
    const exported = (await readPage(pageId, 'export_view')).body?.export_view?.value ?? '';
    expect(exported).toContain('an export is made without a reader, so it leaves them out');
    expect(exported).not.toContain('AI objectives are listed');
  });
});
