/**
 * Authorization on every write, tried as an attacker with browser devtools would: signed in as
 * anyone, register a frame for any module (the Forge host lets them, as Forge does) and invoke its
 * functions with any payload. The app's own checks must refuse — every admin function unless Jira
 * says the caller is a Jira administrator, every macro write unless their AIMS role allows it and
 * Confluence lets them edit the page — with a clear message, and nothing stored changes.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import {
  demoPolicyConfig,
  policyBody,
  seedPolicyPage,
} from '../../../emulator/seed/demo/demo-policy-page';
import {
  q3ReviewConfig,
  reviewPageBody,
  seedReviewPages,
} from '../../../emulator/seed/demo/demo-review-pages';
import { aimsSpaceId } from '../../../emulator/seed/demo/demo-pages';
import {
  demoReadinessConfig,
  readinessPageBody,
} from '../../../emulator/seed/demo/demo-readiness-page';
import { initialScopeContent } from '../../../emulator/seed/demo/demo-scope-content';
import {
  demoScopeConfig,
  scopePageBody,
  seedScopePage,
} from '../../../emulator/seed/demo/demo-scope-page';
import {
  DEMO_SOA_CONFIG,
  seedSoaPage,
  soaPageBody,
} from '../../../emulator/seed/demo/demo-soa-page';
import type { MacroWrite } from '../../../src/domain/authorization';
import { MACRO_WRITES } from '../../../src/domain/authorization';
import { ADMIN_FUNCTION_KEYS } from '../../../src/resolvers/admin-resolver';
import { MACRO_WRITE_FUNCTIONS as POLICY_MACRO_WRITES } from '../../../src/resolvers/policy-macro-resolver';
import { MACRO_WRITE_FUNCTIONS as REVIEW_MACRO_WRITES } from '../../../src/resolvers/review-macro-resolver';
import { MACRO_WRITE_FUNCTIONS as SCOPE_MACRO_WRITES } from '../../../src/resolvers/scope-macro-resolver';
import { MACRO_WRITE_FUNCTIONS as READINESS_MACRO_WRITES } from '../../../src/resolvers/readiness-macro-resolver';
import { MACRO_WRITE_FUNCTIONS as SOA_MACRO_WRITES } from '../../../src/resolvers/soa-macro-resolver';
import { siteState } from '../../support/site-state';
import { addSiteUser } from '../../support/site-users';
import { readOnlySpace } from '../../support/spaces';
import type { SeededLogin } from '../../support/test-site';
import { callAs, startTestSite } from '../../support/test-site';
import { bridge, registerFrame, requestFrame } from '../forge-host/fixture-host';
import { createAimsHost } from '../macros/policy-app-host';
import { FOUR_BY_FOUR_RISK_MATRIX } from '../../support/risk-matrix-fixtures';

jest.setTimeout(180_000);

let site: RunningSite;
let host: ForgeHost;

const accountOf = (login: SeededLogin): string => {
  const user = SEEDED_USERS.find((u) => u.email === `${login}@example.com`);
  if (!user) throw new Error(login);
  return user.accountId;
};

interface Outcome {
  ok: boolean;
  data?: unknown;
  error?: string;
  details?: string[];
}

/** Opens a frame of `moduleKey` as `login` (where: a page's macro, or nothing) and invokes. */
async function invokeAs(
  login: SeededLogin,
  moduleKey: string,
  where: { pageId?: string; localId?: string },
  functionKey: string,
  payload: unknown,
): Promise<Outcome> {
  const { frameId } = await registerFrame(site, login, moduleKey, where);
  const res = await bridge(site, login, frameId, 'invoke', { functionKey, payload });
  if (!res.ok) throw new Error(`bridge failed: ${JSON.stringify(res)}`);
  return res.result as Outcome;
}

const ALL_COVERED = [
  { element: 'appropriate-to-purpose', covered: true, where: '1. Purpose' },
  { element: 'framework-for-objectives', covered: true, where: '4. Framework' },
  { element: 'commitment-to-requirements', covered: true, where: '3.1' },
  { element: 'commitment-to-continual-improvement', covered: true, where: '3.2' },
];

/** What an attacker sends each admin function: what would do harm if it ran. */
const ADMIN_PAYLOADS: Record<string, unknown> = {
  getOverview: {},
  saveConfig: {
    config: {
      projectKey: 'AIMS',
      issueTypeNames: {
        aiSystem: 'AI System',
        aiRisk: 'AI Risk',
        impactAssessment: 'AI Impact Assessment',
        aiControl: 'AI Control',
        audit: 'AIMS Audit',
        auditFinding: 'Audit Finding',
        nonconformity: 'Nonconformity',
        correctiveAction: 'Corrective Action',
        aimsAction: 'AIMS Action',
        aiObjective: 'AI Objective',
        competenceRecord: 'Competence Record',
      },
      // "Make my own group the AIMS manager group."
      managerGroup: 'jira-users',
      dueDays: { majorNonconformity: 30, minorNonconformity: 90, correctiveAction: 60 },
    },
  },
  planProvisioning: {},
  startProvisioning: {},
  resumeProvisioning: {},
  provisioningProgress: {},
  setWebhookSecret: { secret: 'attacker-chosen-secret-0123456789abcdef' },
  webhookStatus: {},
  importFindingsCsv: {
    csv: 'summary,grade,isoReference\nPlanted finding,Major nonconformity,A.6.2.7\n',
  },
  getRiskMatrix: {},
  checkRiskMatrix: { matrix: FOUR_BY_FOUR_RISK_MATRIX },
  // "Make every risk acceptable": one band, the appetite, over the whole matrix.
  saveRiskMatrix: {
    matrix: {
      ...FOUR_BY_FOUR_RISK_MATRIX,
      bands: [{ id: 'low', label: 'Low', minScore: 1, maxScore: 16 }],
      appetiteBandId: 'low',
    },
    confirmedOffScaleRisks: 0,
  },
  // Ten epics and their starter tasks made in the AIMS project by whoever calls it.
  applyRoadmap: { dryRun: false },
  // A saved filter and a Kanban board made in the AIMS project by whoever calls it.
  setUpAimsBoard: {},
  getOnboarding: {},
  getProjects: { query: '' },
  // "Point the AIMS at a project I chose" / "make a project on the site".
  chooseProject: { projectKey: 'DEMO' },
  createProject: { project: { key: 'MINE', name: 'My own project' } },
  getGroups: { query: '' },
  // "Make everyone an AIMS manager."
  saveRoleGroups: {
    managerGroup: 'jira-users',
    topManagementGroup: 'jira-users',
    auditorGroup: 'jira-users',
    memberGroup: 'jira-users',
  },
  getSpaces: {},
  // Four pages in a space, made by whoever calls it.
  createAimsPages: { spaceId: '131072' }, // the AIMS space
};

const MACROS = {
  soa: { moduleKey: 'aims-soa', localId: 'aims-soa-1', writes: SOA_MACRO_WRITES },
  policy: {
    moduleKey: 'aims-policy',
    localId: 'aims-policy-control-1',
    writes: POLICY_MACRO_WRITES,
  },
  review: {
    moduleKey: 'aims-management-review',
    localId: 'aims-management-review-1',
    writes: REVIEW_MACRO_WRITES,
  },
  scope: {
    moduleKey: 'aims-scope-context',
    localId: 'aims-scope-context-1',
    writes: SCOPE_MACRO_WRITES,
  },
  readiness: {
    moduleKey: 'aims-readiness',
    localId: 'aims-readiness-1',
    writes: READINESS_MACRO_WRITES,
  },
} as const;
type MacroName = keyof typeof MACROS;

/** What an attacker sends each macro write. */
const WRITE_PAYLOADS: Record<MacroName, Record<string, unknown>> = {
  soa: { approve: { reviewedHash: `sha256:${'0'.repeat(64)}` } },
  policy: {
    setOwner: { ownerAccountId: accountOf('member') },
    setChecklist: { checks: ALL_COVERED },
    requestApproval: {},
    approve: { reviewedVersion: 2 },
    supersede: {},
    // Version 2 is the current page version, not the approved one (1).
    acknowledge: { version: 2 },
  },
  review: {
    saveInputs: { externalInternalIssues: 'planted', interestedParties: 'planted' },
    saveAttendees: { attendeeAccountIds: [accountOf('member')] },
    addDecision: { id: 'planted-decision-1', kind: 'aims-change', description: 'Planted' },
    recordAsHeld: { confirm: true },
  },
  scope: {
    setOwner: { ownerAccountId: accountOf('member') },
    saveContent: { content: initialScopeContent(), baseRevision: 1 },
    requestApproval: {},
    approve: { reviewedVersion: 1, reviewedContentHash: `sha256:${'0'.repeat(64)}` },
    supersede: {},
  },
  readiness: {
    saveStages: {
      stages: { stage1: '2027-01-04', stage2: '2027-02-01', certificationBody: 'Planted' },
    },
  },
};

/** The pages each macro is on: in space AIMS (everyone edits) and in a space only admins edit. */
const pages: Record<'editable' | 'viewOnly', Record<MacroName, string>> = {
  editable: { soa: '', policy: '', review: '', scope: '', readiness: '' },
  viewOnly: { soa: '', policy: '', review: '', scope: '', readiness: '' },
};

async function createPage(spaceId: string, title: string, body: unknown): Promise<string> {
  const res = await callAs(site, 'admin', 'POST', '/wiki/api/v2/pages', {
    spaceId,
    status: 'current',
    title,
    body: { representation: 'atlas_doc_format', value: JSON.stringify(body) },
  });
  if (res.status !== 200) throw new Error(`page create failed: ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

beforeAll(async () => {
  host = createAimsHost();
  site = await startTestSite([host]);
  await host.install(accountOf('admin')); // provisions the AIMS project through the app
  await host.install(accountOf('admin'), { product: 'confluence' }); // connects Confluence (optional app)
  pages.editable.soa = (await seedSoaPage(site, host)).pageId;
  pages.editable.policy = (await seedPolicyPage(site, host)).pageId;
  pages.editable.scope = (await seedScopePage(site, host)).id;
  const reviews = await seedReviewPages(site, host);
  pages.editable.review = reviews.q4PageId; // a draft review
  const readinessConfig = demoReadinessConfig({
    soaPageId: pages.editable.soa,
    reviewPageId: reviews.q3PageId,
  });
  pages.editable.readiness = await createPage(
    await aimsSpaceId(site),
    'Certification readiness (authorization)',
    readinessPageBody(host, readinessConfig),
  );
  // A space everyone may read but only site admins may edit.
  const readOnly = readOnlySpace(site, 'RO');
  pages.viewOnly.soa = await createPage(
    readOnly.id,
    'SoA (RO)',
    soaPageBody(host, DEMO_SOA_CONFIG),
  );
  pages.viewOnly.policy = await createPage(
    readOnly.id,
    'Policy (RO)',
    policyBody(host, demoPolicyConfig(), false),
  );
  pages.viewOnly.review = await createPage(
    readOnly.id,
    'Review (RO)',
    reviewPageBody(host, { ...q3ReviewConfig(), title: 'Management review (RO)' }),
  );
  pages.viewOnly.scope = await createPage(
    readOnly.id,
    'Scope (RO)',
    scopePageBody(host, demoScopeConfig()),
  );
  pages.viewOnly.readiness = await createPage(
    readOnly.id,
    'Readiness (RO)',
    readinessPageBody(host, readinessConfig),
  );
  await host.waitForIdle();
});

afterAll(async () => {
  await host?.waitForIdle();
  host?.close();
  await site?.close();
});

describe('admin functions: Jira administrators only, checked as the caller', () => {
  it('has a hostile payload for every function the admin resolver defines', () => {
    expect(ADMIN_FUNCTION_KEYS.length).toBeGreaterThanOrEqual(9);
    expect([...ADMIN_FUNCTION_KEYS].sort()).toEqual(Object.keys(ADMIN_PAYLOADS).sort());
  });

  const callers: SeededLogin[] = ['member', 'auditor', 'manager'];
  it.each(callers)(
    'refuses a %s every admin function from a frame of the admin page, and nothing changes',
    async (login) => {
      const before = siteState(site);
      for (const functionKey of ADMIN_FUNCTION_KEYS) {
        const out = await invokeAs(
          login,
          'aims-admin',
          {},
          functionKey,
          ADMIN_PAYLOADS[functionKey],
        );
        expect({ functionKey, ok: out.ok, data: out.data }).toEqual({
          functionKey,
          ok: false,
          data: undefined,
        });
        expect(out.error).toMatch(/^Only Jira administrators can [a-z]/);
        expect(out.details?.join(' ')).toContain('ask a Jira administrator');
      }
      await host.waitForIdle();
      expect(siteState(site)).toEqual(before);
    },
  );

  it('fails closed: when Jira does not answer the administrator check, even an admin is refused', async () => {
    await host.waitForIdle();
    const before = siteState(site);
    host.setFaults({ restFailures: { status: 503 } }); // every attempt of the retrying client
    const out = await invokeAs('admin', 'aims-admin', {}, 'saveConfig', ADMIN_PAYLOADS.saveConfig);
    host.setFaults({});
    expect(out).toMatchObject({
      ok: false,
      error: 'Only Jira administrators can change the AIMS configuration.',
      details: [expect.stringContaining('Jira did not confirm that you are a Jira administrator')],
    });
    expect(siteState(site)).toEqual(before);
  });

  it('lets a Jira administrator in (the same calls the others were refused)', async () => {
    const overview = await invokeAs('admin', 'aims-admin', {}, 'getOverview', {});
    expect(overview.ok).toBe(true);
    const status = await invokeAs('admin', 'aims-admin', {}, 'webhookStatus', {});
    expect(status).toMatchObject({ ok: true, data: { configured: false } });
  });
});

describe('macro writes: an AIMS role that allows it, and permission to edit the page', () => {
  it('has a hostile payload for every write function each macro defines', () => {
    for (const name of Object.keys(MACROS) as MacroName[]) {
      expect([...MACROS[name].writes.keys()].sort()).toEqual(
        Object.keys(WRITE_PAYLOADS[name]).sort(),
      );
    }
  });

  const cases: { login: SeededLogin; who: string }[] = [
    { login: 'member', who: 'a member (who can edit the page)' },
    { login: 'auditor', who: 'an auditor (who can edit the page)' },
  ];
  it.each(cases)(
    'refuses $who every write they have no role for, and nothing changes',
    async ({ login }) => {
      const before = siteState(site);
      for (const name of Object.keys(MACROS) as MacroName[]) {
        const macro = MACROS[name];
        for (const [functionKey, write] of macro.writes) {
          const out = await invokeAs(
            login,
            macro.moduleKey,
            { pageId: pages.editable[name], localId: macro.localId },
            functionKey,
            WRITE_PAYLOADS[name][functionKey],
          );
          expect({ write, ok: out.ok }).toEqual({ write, ok: false });
          // Writes no role of theirs allows are refused by the role check, naming who may; the
          // owner's own actions (they have the member role) by the document's rule.
          expect(out.error).toMatch(
            /^(You cannot [a-z]|Only the document owner (or an AIMS manager )?can )/,
          );
        }
      }
      await host.waitForIdle();
      expect(siteState(site)).toEqual(before);
    },
  );

  it('refuses an AIMS manager every write on pages they cannot edit, and nothing changes', async () => {
    const before = siteState(site);
    for (const name of Object.keys(MACROS) as MacroName[]) {
      const macro = MACROS[name];
      for (const [functionKey, write] of macro.writes) {
        const out = await invokeAs(
          'manager',
          macro.moduleKey,
          { pageId: pages.viewOnly[name], localId: macro.localId },
          functionKey,
          WRITE_PAYLOADS[name][functionKey],
        );
        expect({ functionKey, ok: out.ok }).toEqual({ functionKey, ok: false });
        if ((MACRO_WRITES[write] as MacroWrite).page === 'view') {
          // A reader's own record (acknowledging) needs only to view the page: refused here
          // because nothing on this page is approved, not for want of edit permission.
          expect(out.details?.join(' ')).not.toContain('You cannot edit this page');
          continue;
        }
        expect(out.error).toMatch(/^You cannot [a-z]/);
        expect(out.details).toContain(
          'You cannot edit this page in Confluence; changes to the records on a page need permission to edit it.',
        );
      }
    }
    await host.waitForIdle();
    expect(siteState(site)).toEqual(before);
  });

  it('tells an AIMS manager in the SoA view, before they click, that a page they cannot edit cannot be approved', async () => {
    const blockersOn = async (pageId: string): Promise<string[]> => {
      const out = await invokeAs(
        'manager',
        'aims-soa',
        { pageId, localId: MACROS.soa.localId },
        'getView',
        {},
      );
      expect(out.ok).toBe(true);
      return (out.data as { viewer: { approveBlockers: string[] } }).viewer.approveBlockers;
    };
    const cannotEdit =
      'You cannot edit this page in Confluence; changes to the records on a page need permission to edit it.';
    expect(await blockersOn(pages.viewOnly.soa)).toContain(cannotEdit);
    expect(await blockersOn(pages.editable.soa)).not.toContain(cannotEdit);
  });

  it('fails closed: when Jira or Confluence does not answer the check, a manager is refused too', async () => {
    await host.waitForIdle();
    const before = siteState(site);
    host.setFaults({ restFailures: { status: 503 } }); // every attempt of the retrying client
    const out = await invokeAs(
      'manager',
      'aims-soa',
      { pageId: pages.editable.soa, localId: MACROS.soa.localId },
      'approve',
      WRITE_PAYLOADS.soa.approve,
    );
    host.setFaults({});
    expect(out).toMatchObject({
      ok: false,
      error: 'You cannot approve the Statement of Applicability.',
      details: [
        'Your AIMS role or your permission to edit this page could not be checked, so nothing was changed. Try again in a moment.',
      ],
    });
    expect(siteState(site)).toEqual(before);
  });

  it('lets an AIMS manager who can edit the page write (the same checks let the right person in)', async () => {
    const setOwner = await invokeAs(
      'manager',
      'aims-policy',
      { pageId: pages.editable.policy, localId: MACROS.policy.localId },
      'setOwner',
      { ownerAccountId: accountOf('admin') },
    );
    expect(setOwner.ok).toBe(true);
    const inputs = await invokeAs(
      'manager',
      'aims-management-review',
      { pageId: pages.editable.review, localId: MACROS.review.localId },
      'saveInputs',
      { externalInternalIssues: 'From the manager', interestedParties: '' },
    );
    expect(inputs.ok).toBe(true);
  });

  it('lets top management record a management review (a role mapped to its own Jira group)', async () => {
    const top = addSiteUser(site, 'top', {
      accountId: '712020:aims-top-0005',
      displayName: 'Tia Top',
      groups: ['aims-top-management', 'jira-users', 'confluence-users'],
    });
    const inputs = await invokeAs(
      top,
      'aims-management-review',
      { pageId: pages.editable.review, localId: MACROS.review.localId },
      'saveInputs',
      { externalInternalIssues: 'From top management', interestedParties: '' },
    );
    expect(inputs.ok).toBe(true);
    // …but approving the SoA stays with AIMS managers.
    const approve = await invokeAs(
      top,
      'aims-soa',
      { pageId: pages.editable.soa, localId: MACROS.soa.localId },
      'approve',
      WRITE_PAYLOADS.soa.approve,
    );
    expect(approve).toMatchObject({
      ok: false,
      details: [
        'Only members of aims-managers (AIMS manager) can approve the Statement of Applicability.',
      ],
    });
  });
});

describe('macro configuration: only page editors, and checking a configuration writes nothing', () => {
  it('opens a config frame only for people who can edit the page', async () => {
    for (const name of Object.keys(MACROS) as MacroName[]) {
      const macro = MACROS[name];
      const where = { pageId: pages.viewOnly[name], localId: macro.localId, entryPoint: 'config' };
      expect((await requestFrame(site, 'member', macro.moduleKey, where)).status).toBe(403);
      expect((await requestFrame(site, 'admin', macro.moduleKey, where)).status).toBe(201);
    }
  });

  it('the config-check functions change nothing, whoever calls them with whatever configuration', async () => {
    const checks: [MacroName, string, Record<string, unknown>][] = [
      ['soa', 'checkConfig', { projectKey: 'AIMS', includeOrganizationControls: false }],
      ['policy', 'saveConfig', { ...demoPolicyConfig(), ownerAccountId: accountOf('member') }],
      ['review', 'checkConfig', { ...q3ReviewConfig(), title: 'Planted' }],
      ['scope', 'saveConfig', { ...demoScopeConfig(), ownerAccountId: accountOf('member') }],
      ['readiness', 'checkConfig', { projectKey: 'AIMS', cycle: 'Planted' }],
    ];
    const before = siteState(site);
    for (const [name, functionKey, config] of checks) {
      const macro = MACROS[name];
      const out = await invokeAs(
        'member',
        macro.moduleKey,
        { pageId: pages.editable[name], localId: macro.localId },
        functionKey,
        { config },
      );
      expect({ name, ok: out.ok }).toEqual({ name, ok: true });
    }
    await host.waitForIdle();
    expect(siteState(site)).toEqual(before);
  });
});

interface AdfNode {
  type: string;
  attrs?: { parameters?: { guestParams?: Record<string, unknown> } };
  content?: unknown[];
}
interface AdfDoc {
  content: AdfNode[];
}

/**
 * Edits the page as `login` the way Confluence's editor saves it: reads its ADF, lets `change`
 * edit the document, writes the next version. Returns that version number.
 */
async function editPageAs(
  login: SeededLogin,
  pageId: string,
  change: (doc: AdfDoc) => void,
): Promise<number> {
  const page = (
    await callAs(site, login, 'GET', `/wiki/api/v2/pages/${pageId}?body-format=atlas_doc_format`)
  ).body as {
    title: string;
    version: { number: number };
    body: { atlas_doc_format: { value: string } };
  };
  const doc = JSON.parse(page.body.atlas_doc_format.value) as AdfDoc;
  change(doc);
  const version = page.version.number + 1;
  const put = await callAs(site, login, 'PUT', `/wiki/api/v2/pages/${pageId}`, {
    id: pageId,
    status: 'current',
    title: page.title,
    body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
    version: { number: version },
  });
  if (put.status !== 200) throw new Error(`edit refused: ${JSON.stringify(put.body)}`);
  return version;
}

/** Invokes a function of the policy macro on the editable policy page. */
const policyCall = (login: SeededLogin, functionKey: string, payload: unknown): Promise<Outcome> =>
  invokeAs(
    login,
    'aims-policy',
    { pageId: pages.editable.policy, localId: MACROS.policy.localId },
    functionKey,
    payload,
  );

describe('the policy owner comes from app storage, and authors do not approve their own text', () => {
  it("a page editor's owner in the macro configuration counts for nothing", async () => {
    // The member edits the page and writes themself in as owner (what the old config held).
    await editPageAs('member', pages.editable.policy, (doc) => {
      const parameters = doc.content.find((n) => n.type === 'extension')?.attrs?.parameters;
      if (!parameters) throw new Error('no macro');
      parameters.guestParams = { ...parameters.guestParams, ownerAccountId: accountOf('member') };
    });
    expect(await policyCall('member', 'setChecklist', { checks: ALL_COVERED })).toMatchObject({
      ok: false,
      error: 'Only the document owner can tick the clause 5.2 checklist.',
    });
    expect((await policyCall('member', 'getView', {})).data).toMatchObject({
      owner: { displayName: 'Ada Admin' },
      viewer: { isOwner: false },
    });
  });

  it('refuses approval by the manager who wrote the page version, and takes it from another', async () => {
    // The member owns the policy now; the admin (an AIMS manager too) writes the next version.
    const setOwner = await policyCall('manager', 'setOwner', {
      ownerAccountId: accountOf('member'),
    });
    expect(setOwner.ok).toBe(true);
    const version = await editPageAs('admin', pages.editable.policy, (doc) => {
      doc.content.push({
        type: 'paragraph',
        content: [{ type: 'text', text: 'Written by Ada.' }],
      });
    });
    expect((await policyCall('member', 'setChecklist', { checks: ALL_COVERED })).ok).toBe(true);
    const byAuthor = await policyCall('admin', 'approve', { reviewedVersion: version });
    expect(byAuthor).toMatchObject({ ok: false, error: 'This version cannot be approved.' });
    expect(byAuthor.details).toContain(
      `You wrote version ${version} of this page; someone who did not write it must approve it (the app's rule: nobody approves their own text).`,
    );
    const byOther = await policyCall('manager', 'approve', { reviewedVersion: version });
    expect(byOther).toMatchObject({ ok: true, data: { approvedVersion: version } });
  });
});
