/**
 * The Management Review macro end to end on the emulator, with the Forge host running the real
 * app (provisioned through its own install trigger): inputs 9.3.2 compiled from Jira as the
 * viewer, decisions becoming exactly one AIMS Action each, the next review listing them,
 * "Record as held" freezing the record, tamper detection, configuration checks and export_view.
 */
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { jiraModels } from '../../../emulator/jira';
import {
  invokeReviewMacro,
  reviewPageBody,
  seededAccountId,
} from '../../../emulator/seed/demo/demo-review-pages';
import type { SeededLogin } from '../../support/test-site';
import { callAs, startTestSite } from '../../support/test-site';
import { POLICY_PAGE_TITLE, seedPolicyPage } from '../../../emulator/seed/demo/demo-policy-page';
import { macroPages } from './macro-page-fixture';
import { createReviewAppHost } from './review-app-host';
import { contentHash } from '../../../src/domain/integrity';
import { policyPageKey } from '../../../src/storage/kvs-keys';
import { createSpace } from '../../support/spaces';

jest.setTimeout(120_000);

let site: RunningSite;
let host: ForgeHost;
let spaceId: string;
const fields: Record<string, string> = {};
const types: Record<string, string> = {};
let confidentialLevel: string;

async function ok<T = Record<string, unknown>>(
  p: Promise<{ status: number; body: unknown }>,
): Promise<T> {
  const res = await p;
  if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

interface Page {
  id: string;
  spaceId: string;
  config: Record<string, unknown>;
}

async function createReviewPage(title: string, config: Record<string, unknown>): Promise<Page> {
  const created = await ok<{ id: string }>(
    callAs(site, 'admin', 'POST', '/wiki/api/v2/pages', {
      spaceId,
      status: 'current',
      title,
      body: {
        representation: 'atlas_doc_format',
        value: JSON.stringify(reviewPageBody(host, config)),
      },
    }),
  );
  return { id: created.id, spaceId, config };
}

async function call(
  login: SeededLogin,
  page: Page,
  fn: string,
  payload: Record<string, unknown> = {},
) {
  // With the site's address, as the macro's frame context has it.
  return invokeReviewMacro(host, login, page, page.config, fn, payload, site.url);
}

async function must<T = Record<string, unknown>>(
  login: SeededLogin,
  page: Page,
  fn: string,
  payload: Record<string, unknown> = {},
): Promise<T> {
  const outcome = await call(login, page, fn, payload);
  if (!outcome.ok) throw new Error(`${fn}: ${outcome.error} ${(outcome.details ?? []).join('; ')}`);
  return outcome.data as T;
}

/** The parts of the view the tests read. */
interface View {
  configured: boolean;
  message?: string;
  state: 'draft' | 'held' | 'tampered';
  seal: { state: string; label: string } | null;
  editBlockers: string[];
  integrityProblems: string[];
  held: { contentHash: string; pageVersion: number | null } | null;
  decisions: { id: string; actionKey: string | null }[];
  inputs: {
    a: { actions: { key: string; done: boolean }[] };
    d: {
      nonconformities: {
        opened: number;
        overdue: number;
        byMonth: { month: string; opened: number }[];
        bySource: { source: string; opened: number }[];
      };
      auditResults: { byGrade: Record<string, number> };
      riskLevels: { bands: { bandId: string; count: number }[] };
      soa: { applicable: number; implemented: number; implementedPercent: number | null } | null;
      incidents: { reported: number; breached: number; open: number } | null;
      competence: {
        expired: number;
        expiring: number;
        expiredFrom: string;
        reviewDate: string;
        expiringUntil: string;
      } | null;
      policyAwareness: {
        memberGroup: string;
        groupSize: number | null;
        policies: {
          page: { id: string; title: string } | null;
          version: number | null;
          acknowledged: number;
        }[];
        unreadablePages: number;
        unviewablePages: number;
      } | null;
    };
    e: { opportunities: { key: string }[] };
  };
}

const view = (login: SeededLogin, page: Page) => must<View>(login, page, 'getView');

/**
 * Creates an issue and dates it `at` (so it falls in or out of a period). The date is set on the
 * stored issue afterwards rather than by moving the site's clock, so the app's automation, which
 * runs asynchronously meanwhile, never picks up a borrowed date.
 */
async function createIssueAt(
  at: string,
  type: string,
  summary: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const created = await ok<{ key: string }>(
    callAs(site, 'admin', 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'AIMS' }, issuetype: { id: types[type] }, summary, ...extra },
    }),
  );
  const store = jiraModels(site.ctx).store;
  const doc = store.byKey(created.key);
  if (!doc) throw new Error(`${created.key} was not stored`);
  store.put({ ...doc, created: new Date(at).toISOString(), updated: new Date(at).toISOString() });
  return created.key;
}

/** `YYYY-MM-DD` `days` from today (UTC): the review's date is the day it is compiled. */
const daysFromToday = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const select = (field: string, value: string) => ({ [fields[field] ?? field]: { value } });

const Q3 = {
  title: 'Review Q3 (test)',
  projectKey: 'AIMS',
  periodStart: '2026-07-01',
  periodEnd: '2026-09-30',
};
let q3: Page;
let beforeAnyPolicy: View;
let policyPageId: string;
let q4: Page;

const exportOf = async (login: SeededLogin, pageId: string): Promise<string> =>
  (
    await ok<{ body: { export_view: { value: string } } }>(
      callAs(site, login, 'GET', `/wiki/api/v2/pages/${pageId}?body-format=export_view`),
    )
  ).body.export_view.value;

beforeAll(async () => {
  host = createReviewAppHost();
  site = await startTestSite([host]);
  await host.install(seededAccountId('admin')); // provisions the AIMS project through the app
  await host.install(seededAccountId('admin'), { product: 'confluence' }); // connects Confluence (optional app)
  await host.waitForIdle();
  const spaces = await ok<{ results: { id: string }[] }>(
    callAs(site, 'admin', 'GET', '/wiki/api/v2/spaces?keys=AIMS'),
  );
  spaceId = spaces.results[0]?.id ?? '';
  const allFields = await ok<{ id: string; name: string }[]>(
    callAs(site, 'admin', 'GET', '/rest/api/3/field'),
  );
  const byName = (name: string) => allFields.find((f) => f.name === name)?.id ?? '';
  Object.assign(fields, {
    ncSource: byName('Nonconformity source'),
    findingGrade: byName('Finding grade'),
    inherentLevel: byName('Inherent risk level'),
    applicability: byName('Applicability'),
    implementationStatus: byName('Implementation status'),
    reviewReference: byName('Management review reference'),
    actionSource: byName('Action source'),
    requirementBreached: byName('Requirement breached?'),
    competenceExpires: byName('Competence expiry'),
  });
  const allTypes = await ok<{ id: string; name: string }[]>(
    callAs(site, 'admin', 'GET', '/rest/api/3/issuetype'),
  );
  for (const [key, name] of Object.entries({
    nonconformity: 'Nonconformity',
    auditFinding: 'Audit Finding',
    aiRisk: 'AI Risk',
    aimsAction: 'AIMS Action',
    aiControl: 'AI Control',
    aiIncident: 'AI Incident',
    competenceRecord: 'Competence Record',
  })) {
    types[key] = allTypes.find((t) => t.name === name)?.id ?? '';
  }
  const levels = await ok<{ levels: { id: string; name: string }[] }>(
    callAs(site, 'admin', 'GET', '/rest/api/3/project/AIMS/securitylevel'),
  );
  confidentialLevel = levels.levels.find((l) => l.name === 'Confidential')?.id ?? '';

  // Records inside and outside the Q3 period.
  await createIssueAt(
    '2026-08-10T10:00:00Z',
    'nonconformity',
    'Model card missing for release 4.2',
    {
      ...select('ncSource', 'Incident'),
      duedate: '2026-08-20',
    },
  );
  await createIssueAt('2026-09-03T10:00:00Z', 'nonconformity', 'Bias test skipped (confidential)', {
    ...select('ncSource', 'Internal audit'),
    security: { id: confidentialLevel },
  });
  await createIssueAt(
    '2026-10-15T10:00:00Z',
    'nonconformity',
    'After the period',
    select('ncSource', 'Complaint'),
  );
  await createIssueAt(
    '2026-09-05T10:00:00Z',
    'auditFinding',
    'Training records could be centralised',
    select('findingGrade', 'Opportunity for improvement'),
  );
  await createIssueAt(
    '2026-08-12T10:00:00Z',
    'auditFinding',
    'No review of the AI policy',
    select('findingGrade', 'Minor nonconformity'),
  );
  await createIssueAt(
    '2026-08-01T10:00:00Z',
    'aiRisk',
    'Drift in the scoring model',
    select('inherentLevel', 'High'),
  );
  // AI incidents: one in the period with a breached requirement, one confidential, one after it.
  await createIssueAt(
    '2026-08-15T10:00:00Z',
    'aiIncident',
    'Scores drifted after a data refresh',
    select('requirementBreached', 'Yes'),
  );
  await createIssueAt('2026-09-20T10:00:00Z', 'aiIncident', 'Chatbot leaked an address', {
    ...select('requirementBreached', 'No'),
    security: { id: confidentialLevel },
  });
  await createIssueAt('2026-10-20T10:00:00Z', 'aiIncident', 'After the period: wrong fee quoted');
  // Competence Records around the review date (today): two expired in the period (one
  // confidential), one expiring within 30 days, one later, one lapsed before the period.
  const expiring = (days: number) => ({ [fields.competenceExpires ?? '']: daysFromToday(days) });
  await createIssueAt('2026-06-01T10:00:00Z', 'competenceRecord', 'Bias training', expiring(-10));
  await createIssueAt('2026-06-01T10:00:00Z', 'competenceRecord', 'Auditor course (conf.)', {
    ...expiring(-5),
    security: { id: confidentialLevel },
  });
  await createIssueAt('2026-06-01T10:00:00Z', 'competenceRecord', 'Data science', expiring(10));
  await createIssueAt('2026-06-01T10:00:00Z', 'competenceRecord', 'Risk owner', expiring(45));
  await createIssueAt('2026-01-01T10:00:00Z', 'competenceRecord', 'Old course', {
    [fields.competenceExpires ?? '']: '2026-06-15',
  });
  // SoA: two AI Controls (provisioned by the app) included, one of them implemented.
  const controls = await ok<{ issues: { key: string }[] }>(
    callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
      jql: `project = AIMS AND issuetype = "${types.aiControl}" ORDER BY key`,
      fields: ['summary'],
      maxResults: 2,
    }),
  );
  const [c1, c2] = controls.issues.map((i) => i.key);
  await ok(
    callAs(site, 'admin', 'PUT', `/rest/api/3/issue/${c1}`, {
      fields: {
        ...select('applicability', 'Included'),
        ...select('implementationStatus', 'Implemented'),
      },
    }),
  );
  await ok(
    callAs(site, 'admin', 'PUT', `/rest/api/3/issue/${c2}`, {
      fields: {
        ...select('applicability', 'Included'),
        ...select('implementationStatus', 'In progress'),
      },
    }),
  );

  q3 = await createReviewPage('Review Q3 (test)', Q3);
  // Awareness (7.3): before any AI policy page is registered, then the demo's policy page
  // (approved at version 1, registered by the app) that the member has acknowledged.
  beforeAnyPolicy = await view('manager', q3);
  ({ pageId: policyPageId } = await seedPolicyPage(site, host));
  const policyPages = macroPages(site, spaceId, 'aims-policy', 'aims-policy-control-1');
  const acknowledged = await policyPages.call('member', policyPageId, 'acknowledge', {
    version: 1,
  });
  expect(acknowledged.ok).toBe(true);
});

afterAll(async () => {
  await host?.waitForIdle();
  host?.close();
  await site?.close();
});

describe('inputs 9.3.2 compiled from Jira as the viewer', () => {
  it('counts what happened in the period (not after it), by month, source and grade', async () => {
    const v = await view('manager', q3);
    expect(v.configured).toBe(true);
    expect(v.state).toBe('draft');
    const nc = v.inputs.d.nonconformities;
    expect(nc.opened).toBe(2); // the October one is outside the period
    expect(nc.byMonth).toEqual([
      expect.objectContaining({ month: '2026-07', opened: 0 }),
      expect.objectContaining({ month: '2026-08', opened: 1 }),
      expect.objectContaining({ month: '2026-09', opened: 1 }),
    ]);
    expect(nc.bySource).toEqual(
      expect.arrayContaining([expect.objectContaining({ source: 'Incident', opened: 1 })]),
    );
    expect(nc.overdue).toBe(1); // due 2026-08-20, still open
    expect(v.inputs.d.auditResults.byGrade).toMatchObject({
      'minor-nc': 1,
      'opportunity-for-improvement': 1,
    });
    expect(v.inputs.d.riskLevels.bands).toEqual(
      expect.arrayContaining([{ bandId: 'high', label: 'High', count: 1 }]),
    );
    expect(v.inputs.d.soa).toEqual({ applicable: 2, implemented: 1, implementedPercent: 50 });
    expect(v.inputs.e.opportunities.map((o) => o.key)).toHaveLength(1);
    // AI incidents, counted by Jira: two reported in Q3 (one breached a requirement), three open.
    expect(v.inputs.d.incidents).toEqual({ reported: 2, breached: 1, open: 3 });
    const searches = (await must<{ searches: { incidents: string } }>('manager', q3, 'getView'))
      .searches;
    expect(searches.incidents).toMatch(/created >= "2026-07-01"/);
    // Competence (7.2): expired from the period's start to today, expiring within 30 days.
    expect(v.inputs.d.competence).toEqual({
      expired: 2,
      expiring: 1,
      expiredFrom: '2026-07-01',
      reviewDate: daysFromToday(0),
      expiringUntil: daysFromToday(30),
      gaps: [], // no competence requirements are set for the roles yet (the review says so)
    });
    // Awareness (7.3): the approved version in force of the registered AI policy page, 1 of the
    // 4 members of jira-users acknowledged it; before any policy page, the review said so.
    expect(v.inputs.d.policyAwareness).toEqual({
      memberGroup: 'jira-users',
      groupSize: 4,
      policies: [
        {
          page: { id: policyPageId, title: POLICY_PAGE_TITLE },
          version: 1,
          acknowledged: 1,
          percent: 25,
        },
      ],
      unreadablePages: 0,
      unviewablePages: 0,
    });
    expect(beforeAnyPolicy.inputs.d.policyAwareness).toEqual({
      memberGroup: 'jira-users',
      groupSize: 4,
      policies: [],
      unreadablePages: 0,
      unviewablePages: 0,
    });
  });

  it('shows a member only what Jira lets them see (the Confidential nonconformity is left out)', async () => {
    const member = await view('member', q3);
    expect(member.inputs.d.nonconformities.opened).toBe(1);
    expect(member.inputs.d.incidents).toEqual({ reported: 1, breached: 1, open: 2 });
    expect(member.inputs.d.competence).toMatchObject({ expired: 1, expiring: 1 });
    // Awareness: the same counts for the member, who reads the policy page too (no names).
    expect(member.inputs.d.policyAwareness).toEqual({
      memberGroup: 'jira-users',
      groupSize: 4,
      policies: [
        {
          page: { id: policyPageId, title: POLICY_PAGE_TITLE },
          version: 1,
          acknowledged: 1,
          percent: 25,
        },
      ],
      unreadablePages: 0,
      unviewablePages: 0,
    });
    expect(JSON.stringify(member.inputs.d.policyAwareness)).not.toMatch(/Mel Member|aims-member/);
    const searches = (
      await must<{ searches: { competenceExpired: string; competenceExpiring: string } }>(
        'member',
        q3,
        'getView',
      )
    ).searches;
    // The JQL behind each figure finds what was counted, as the member sees it.
    for (const [jqlText, count] of [
      [searches.competenceExpired, 1],
      [searches.competenceExpiring, 1],
    ] as const) {
      const found = await ok<{ issues: unknown[] }>(
        callAs(site, 'member', 'POST', '/rest/api/3/search/jql', { jql: jqlText }),
      );
      expect(found.issues).toHaveLength(count);
    }
    expect(member.editBlockers).toEqual([
      'Only members of aims-managers (AIMS manager) or aims-top-management (top management) can record a management review as held.',
    ]);
    const refused = await call('member', q3, 'saveInputs', {
      externalInternalIssues: 'x',
      interestedParties: 'y',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: 'You cannot change the inputs of a management review.',
      details: [
        'Only members of aims-managers (AIMS manager) or aims-top-management (top management) can change the inputs of a management review.',
      ],
    });
  });
});

describe('awareness (7.3) when the review cannot find a policy page', () => {
  it('counts a registered policy page the viewer cannot read, and says so, without reading it as the app', async () => {
    // A page registered once and deleted since: Confluence answers 404 to the viewer.
    const storage = host.storage('confluence');
    const key = policyPageKey('999999');
    storage.set({ kind: 'kv' }, key, {
      pageId: '999999',
      registeredAt: '2026-09-01T10:00:00.000Z',
    });
    try {
      const awareness = (await view('manager', q3)).inputs.d.policyAwareness;
      expect(awareness).toMatchObject({
        policies: [{ page: { id: policyPageId }, version: 1, acknowledged: 1 }],
        unreadablePages: 1,
      });
    } finally {
      storage.delete({ kind: 'kv' }, key);
    }
  });
});

/** A page id in a text only as itself (not inside a longer number or a hash). */
const mentions = (text: string, id: string) => new RegExp(`(?<!\\w)${id}(?!\\w)`).test(text);

let restrictedPolicy: { id: string; title: string };

describe('awareness (7.3) names each policy page as the viewer may read it', () => {
  it('shows the manager the title of a policy page in a managers-only space, and the member neither its title nor its id', async () => {
    // A second AI policy page, in a space only aims-managers may read, registered with the app
    // (it stays registered: the held record below counts it too).
    const space = createSpace(site, 'BOARD', { readerGroups: ['aims-managers'] });
    const title = 'Board AI policy (managers only)';
    const created = await ok<{ id: string }>(
      callAs(site, 'manager', 'POST', '/wiki/api/v2/pages', {
        spaceId: space.id,
        status: 'current',
        title,
        body: { representation: 'storage', value: '<p>Draft policy</p>' },
      }),
    );
    restrictedPolicy = { id: created.id, title };
    host.storage('confluence').set({ kind: 'kv' }, policyPageKey(created.id), {
      pageId: created.id,
      registeredAt: '2026-09-01T10:00:00.000Z',
    });

    const manager = (await view('manager', q3)).inputs.d.policyAwareness;
    expect(manager?.policies.map((p) => p.page)).toEqual([
      { id: policyPageId, title: POLICY_PAGE_TITLE },
      { id: created.id, title },
    ]);
    expect(manager).toMatchObject({ unreadablePages: 0, unviewablePages: 0 });

    const answer = await call('member', q3, 'getView');
    expect(answer.ok).toBe(true);
    const member = (answer.data as View).inputs.d.policyAwareness;
    expect(member?.policies.map((p) => p.page)).toEqual([
      { id: policyPageId, title: POLICY_PAGE_TITLE },
    ]);
    expect(member?.unreadablePages).toBe(1); // counted only
    const seen = JSON.stringify(answer);
    expect(seen).not.toContain('Board AI policy');
    expect(mentions(seen, created.id)).toBe(false);
  });
});

describe('decisions 9.3.3 become AIMS Actions', () => {
  let actionKey: string;

  it('creates exactly one linked AIMS Action per decision, even when called twice', async () => {
    const decision = {
      id: 'decision-0001-test',
      kind: 'continual-improvement',
      description: 'Centralise the training records',
      ownerAccountId: seededAccountId('manager'),
      dueDate: '2026-12-15',
    };
    const first = await must<{ actionKey: string; created: boolean }>(
      'manager',
      q3,
      'addDecision',
      decision,
    );
    const second = await must<{ actionKey: string; created: boolean }>(
      'manager',
      q3,
      'addDecision',
      decision,
    );
    expect(second.actionKey).toBe(first.actionKey);
    actionKey = first.actionKey;
    const found = await ok<{ issues: { key: string; fields: Record<string, unknown> }[] }>(
      callAs(site, 'admin', 'POST', '/rest/api/3/search/jql', {
        jql: `project = AIMS AND issuetype = "${types.aimsAction}"`,
        fields: [
          'summary',
          'duedate',
          'assignee',
          'description',
          fields.reviewReference ?? '',
          fields.actionSource ?? '',
        ],
      }),
    );
    expect(found.issues).toHaveLength(1);
    const issue = found.issues[0]!;
    expect(issue.key).toBe(actionKey);
    expect(issue.fields[fields.reviewReference!]).toBe(q3.id);
    expect(issue.fields[fields.actionSource!]).toMatchObject({ value: 'Management review' });
    expect(issue.fields.duedate).toBe('2026-12-15');
    expect(issue.fields.assignee).toMatchObject({ accountId: seededAccountId('manager') });
    // The action links back to its review page (the site's Confluence address of the page).
    expect(JSON.stringify(issue.fields.description)).toContain(
      `"href":"${site.url}/wiki/pages/viewpage.action?pageId=${q3.id}"`,
    );
    const v = await view('manager', q3);
    expect(v.decisions).toEqual([expect.objectContaining({ id: decision.id, actionKey })]);
  });

  it("lists the action in the next review's input a)", async () => {
    q4 = await createReviewPage('Review Q4 (test)', {
      title: 'Review Q4 (test)',
      projectKey: 'AIMS',
      periodStart: '2026-10-01',
      periodEnd: '2026-12-31',
      previousReviewPageId: q3.id,
    });
    const v = await view('manager', q4);
    expect(v.inputs.a.actions).toEqual([expect.objectContaining({ key: actionKey, done: false })]);
    // Opened in Q4: the October complaint (and the app's own NC raised from the minor finding,
    // created now); the Q3 nonconformities are not counted as opened again.
    expect(v.inputs.d.nonconformities.byMonth[0]).toMatchObject({ month: '2026-10', opened: 1 });
    expect(v.inputs.d.nonconformities.bySource).toEqual(
      expect.arrayContaining([expect.objectContaining({ source: 'Complaint', opened: 1 })]),
    );
    expect(v.inputs.d.nonconformities.bySource).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ source: 'Incident', opened: 1 })]),
    );
  });
});

describe('Record as held', () => {
  it('refuses while inputs b), c) or the attendees are missing, and saves nothing', async () => {
    const refused = await call('manager', q3, 'recordAsHeld', { confirm: true });
    expect(refused.ok).toBe(false);
    expect(refused.details?.join(' ')).toMatch(/external and internal issues/);
    expect(refused.details?.join(' ')).toMatch(/attendees/);
    expect((await view('manager', q3)).state).toBe('draft');
  });

  it('freezes the record: later Jira changes do not change what the review shows', async () => {
    await must('manager', q3, 'saveInputs', {
      externalInternalIssues: 'New AI regulation in force',
      interestedParties: 'Customers ask for model cards',
    });
    await must('manager', q3, 'saveAttendees', {
      attendeeAccountIds: [seededAccountId('manager'), seededAccountId('admin')],
    });
    const held = await must<{ contentHash: string }>('manager', q3, 'recordAsHeld', {
      confirm: true,
    });
    expect(held.contentHash).toMatch(/^sha256:|^[0-9a-f]{64}$/);
    const before = await view('manager', q3);
    expect(before.state).toBe('held');
    expect(before.held?.contentHash).toBe(held.contentHash);
    expect(before.seal).toMatchObject({ state: 'verified', label: 'Verified' });
    // The record keeps the policy pages' ids; each viewer sees the titles they may read.
    expect(before.inputs.d.policyAwareness?.policies.map((p) => p.page?.title)).toEqual([
      POLICY_PAGE_TITLE,
      restrictedPolicy.title,
    ]);
    const answer = await call('member', q3, 'getView');
    const member = (answer.data as View).inputs.d.policyAwareness;
    expect(member?.policies.map((p) => p.page)).toEqual([
      { id: policyPageId, title: POLICY_PAGE_TITLE },
    ]);
    expect(member?.unviewablePages).toBe(1);
    expect(JSON.stringify(answer)).not.toContain(restrictedPolicy.title);
    expect(mentions(JSON.stringify(answer), restrictedPolicy.id)).toBe(false);

    await createIssueAt(
      '2026-08-20T10:00:00Z',
      'nonconformity',
      'Found later, dated in the period',
      select('ncSource', 'Incident'),
    );
    const after = await view('manager', q3);
    expect(after.inputs).toEqual(before.inputs);
    expect(after.inputs.d.nonconformities.opened).toBe(2);

    const late = await call('manager', q3, 'addDecision', {
      id: 'decision-0002-test',
      kind: 'other',
      description: 'Too late',
    });
    expect(late.ok).toBe(false);
    expect(late.error).toMatch(/recorded as held/);
  });

  it('detects a tampered record and shows a warning instead of its content', async () => {
    const props = await ok<{
      results: {
        id: string;
        key: string;
        value: Record<string, unknown>;
        version: { number: number };
      }[];
    }>(
      callAs(
        site,
        'admin',
        'GET',
        `/wiki/api/v2/pages/${q3.id}/properties?key=aims-management-review`,
      ),
    );
    const prop = props.results[0]!;
    const value = structuredClone(prop.value) as { frozen: { content: { title: string } } };
    value.frozen.content.title = 'Quietly rewritten';
    await ok(
      callAs(site, 'admin', 'PUT', `/wiki/api/v2/pages/${q3.id}/properties/${prop.id}`, {
        key: prop.key,
        value,
        version: { number: prop.version.number + 1 },
      }),
    );
    const v = await view('manager', q3);
    expect(v.state).toBe('tampered');
    expect(v.integrityProblems.join(' ')).toMatch(/changed after it was recorded/);
    expect(v.seal?.state).toBe('tampered');

    // The same rewrite with its SHA-256 content hash recomputed: the app's seal still tells.
    const forged = structuredClone(prop.value) as {
      frozen: { content: { title: string }; contentHash: string };
    };
    forged.frozen.content.title = 'Quietly rewritten';
    forged.frozen.contentHash = contentHash(forged.frozen.content);
    await ok(
      callAs(site, 'admin', 'PUT', `/wiki/api/v2/pages/${q3.id}/properties/${prop.id}`, {
        key: prop.key,
        value: forged,
        version: { number: prop.version.number + 2 },
      }),
    );
    const rewritten = await view('manager', q3);
    expect(rewritten.state).toBe('tampered');
    expect(rewritten.seal).toMatchObject({ state: 'tampered', label: 'Tampered / seal missing' });
    expect(rewritten.integrityProblems.join(' ')).toMatch(/changed outside the app/);
    expect(JSON.stringify(rewritten)).not.toContain('Quietly rewritten');
    expect(await exportOf('member', q3.id)).toContain('Seal: Tampered / seal missing.');
    // put it back for the export test
    await ok(
      callAs(site, 'admin', 'PUT', `/wiki/api/v2/pages/${q3.id}/properties/${prop.id}`, {
        key: prop.key,
        value: prop.value,
        version: { number: prop.version.number + 3 },
      }),
    );
    expect((await view('manager', q3)).state).toBe('held');
    expect((await view('manager', q3)).seal?.state).toBe('verified');
  });
});

describe('configuration', () => {
  it('refuses a bad configuration with a message and saves nothing', async () => {
    const page = await createReviewPage('Badly configured review', {
      title: 'Bad',
      projectKey: 'aims',
      periodStart: '2026-09-30',
      periodEnd: '2026-07-01',
    });
    const v = await view('manager', page);
    expect(v.configured).toBe(false);
    expect(v.message).toMatch(/project key like AIMS/);
    expect(v.message).toMatch(/cannot end before it starts/);
    const check = await call('manager', page, 'checkConfig', {
      config: {
        title: 'Q',
        projectKey: 'AIMS',
        periodStart: '2026-01-01',
        periodEnd: '2026-03-31',
        previousReviewPageId: '999999',
      },
    });
    expect(check.ok).toBe(false);
    expect(check.details?.join(' ')).toMatch(/previous review page 999999 does not exist/);
    const good = await call('manager', page, 'checkConfig', {
      config: { ...Q3, previousReviewPageId: q3.id },
    });
    expect(good.ok).toBe(true);
    const saving = await call('manager', page, 'saveInputs', {
      externalInternalIssues: 'a',
      interestedParties: 'b',
    });
    expect(saving.ok).toBe(false);
    const props = await ok<{ results: unknown[] }>(
      callAs(site, 'admin', 'GET', `/wiki/api/v2/pages/${page.id}/properties`),
    );
    expect(props.results).toHaveLength(0);
  });
});

describe('export_view (no reader: Forge passes exportType and the extension context only)', () => {
  it('renders the held review as the page stores it — inputs, attendees, decisions — the same for everyone', async () => {
    const html = await exportOf('member', q3.id);
    expect(html).toContain('Review Q3 (test)');
    expect(html).toContain('Inputs (9.3.2)');
    expect(html).toContain('Centralise the training records');
    expect(html).toContain('Held — recorded by <span class="mention">@Morgan Manager</span>'); // a mention, named by Confluence
    expect(html).toContain('New AI regulation in force');
    // The competence figures as the manager who held it counted them (7.2), the same for everyone.
    expect(html).toContain(
      `2 Competence Record(s) expired from 2026-07-01 to the review date ${daysFromToday(0)}; 1 expire by ${daysFromToday(30)}`,
    );
    // An export has no reader: it names no policy page, by title or id.
    expect(html).toContain(
      'A registered AI policy page, approved version 1 in force: 1 of 4 member(s) of jira-users acknowledged it (25%).',
    );
    expect(html).not.toContain(restrictedPolicy.title);
    expect(mentions(html, restrictedPolicy.id)).toBe(false);
    expect(html).toContain(
      'Seal: Verified. </strong>This record of the held management review is exactly as it was held',
    );
    expect(html).not.toContain('could not be exported');
    expect(await exportOf('admin', q3.id)).toBe(html);
  });

  it('renders a draft without its live Jira inputs, with a note that they are on the page', async () => {
    const html = await exportOf('member', q4.id);
    expect(html).toContain('Draft — not recorded as held yet.');
    expect(html).toContain('Live data on the page');
    expect(html).not.toContain('a) Status of actions from previous reviews');
    expect(html).not.toContain('could not be exported');
    expect(await exportOf('admin', q4.id)).toBe(html);
  });
});
