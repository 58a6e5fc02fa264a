/**
 * No leaks, as a matrix: every resolver function of every UI module in the manifest (admin page,
 * global page, issue panel, each macro — listed from the manifest and the resolvers, so a new one is not
 * skipped), each macro's page export (`adfExport` through Confluence's export_view) and the SoA
 * CSV, × the four seeded users, on the demo site. What a user cannot browse — the confidential
 * risk: its key and its summary — never appears in anything they are answered. For the users who
 * can browse it, the same probes must find it somewhere (the probe can fail).
 */
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { ForgeHost } from '../../../emulator/forge-host';
import { seedDemo } from '../../../emulator/seed/demo';
import { aimsSpaceId, createAdfPage, outcomeData } from '../../../emulator/seed/demo/demo-pages';
import {
  invokeReviewMacro,
  reviewPageBody,
  seededAccountId,
} from '../../../emulator/seed/demo/demo-review-pages';
import { CONFIDENTIAL_RISK_SUMMARY } from '../../../emulator/seed/demo/demo-risks';
import { IMPROVEMENT_LABEL } from '../../../src/macros/review/review-jira-reader';
import { resolverModules } from '../../support/resolver-functions';
import type { SeededLogin } from '../../support/test-site';
import { callAs, startTestSite } from '../../support/test-site';
import { bridge, requestFrame } from '../forge-host/fixture-host';
import { createAimsHost } from '../macros/policy-app-host';

jest.setTimeout(600_000);

/** Listed before the Forge host loads the app (the resolvers are read as they define functions). */
const MODULES = resolverModules();

const USERS: SeededLogin[] = ['admin', 'manager', 'auditor', 'member'];

/** Where each macro of the demo sits (its page ids come from the seed), by module key. */
const MACRO_LOCAL_IDS: Record<string, string> = {
  'aims-soa': 'aims-soa-1',
  'aims-policy': 'aims-policy-control-1',
  'aims-management-review': 'aims-management-review-1',
  'aims-scope-context': 'aims-scope-context-1',
  'aims-gap-analysis': 'aims-gap-analysis-1',
  'aims-audit-programme': 'aims-audit-programme-1',
  'aims-readiness': 'aims-readiness-1',
};

/** A read is invoked as a frame would; anything else with a payload no schema accepts (no write). */
const READ = /^(get|check|plan|webhookStatus$|provisioningProgress$)/;
const payloadFor = (functionKey: string): unknown => (READ.test(functionKey) ? {} : 'leak-matrix');

let site: RunningSite;
let host: ForgeHost;
let riskKey = '';
let macroPages: Record<string, string[]> = {};
let panelIssues: string[] = [];
let heldReviewPage = '';

const accountOf = (login: SeededLogin): string => {
  const user = SEEDED_USERS.find((u) => u.email === `${login}@example.com`);
  if (!user) throw new Error(login);
  return user.accountId;
};

beforeAll(async () => {
  host = createAimsHost();
  site = await startTestSite([host]);
  await host.install(accountOf('admin'));
  await host.install(accountOf('admin'), { product: 'confluence' }); // connects Confluence (optional app)
  const demo = await seedDemo(site, host);
  await host.waitForIdle();
  riskKey = demo.risks.get(CONFIDENTIAL_RISK_SUMMARY) ?? '';
  if (!riskKey) throw new Error('the demo has no confidential risk');
  macroPages = {
    'aims-soa': [demo.pages.soa],
    'aims-policy': [demo.pages.policy],
    'aims-management-review': [
      demo.pages.reviewQ3,
      demo.pages.reviewQ4,
      (heldReviewPage = await heldReviewListingTheRisk()),
    ],
    'aims-scope-context': [demo.pages.scope],
    'aims-gap-analysis': [demo.pages.gap],
    'aims-audit-programme': [demo.pages.auditProgramme],
    'aims-readiness': [demo.pages.readiness],
  };
  // Panels: the confidential risk and every issue linked to it (they show their links).
  const risk = await callAs(site, 'admin', 'GET', `/rest/api/3/issue/${riskKey}?fields=issuelinks`);
  const links = (
    risk.body as {
      fields: { issuelinks: { inwardIssue?: { key: string }; outwardIssue?: { key: string } }[] };
    }
  ).fields.issuelinks;
  panelIssues = [
    riskKey,
    ...links.map((l) => l.inwardIssue?.key ?? l.outwardIssue?.key ?? '').filter(Boolean),
  ];
  expect(panelIssues.length).toBeGreaterThan(1);
});

/**
 * A review held by the manager while the confidential risk was an open improvement opportunity
 * (9.3.2 e): its frozen record lists the risk's key and summary as the manager saw them.
 */
async function heldReviewListingTheRisk(): Promise<string> {
  const labelled = await callAs(site, 'manager', 'PUT', `/rest/api/3/issue/${riskKey}`, {
    update: { labels: [{ add: IMPROVEMENT_LABEL }] },
  });
  expect(labelled.status).toBe(204);
  const config = {
    title: 'Management Review (leak matrix)',
    projectKey: 'AIMS',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
  };
  const spaceId = await aimsSpaceId(site);
  const page = {
    id: await createAdfPage(site, spaceId, config.title, reviewPageBody(host, config)),
    spaceId,
  };
  const run = async (functionKey: string, payload: Record<string, unknown>) =>
    outcomeData(
      functionKey,
      await invokeReviewMacro(host, 'manager', page, config, functionKey, payload),
    );
  await run('checkConfig', { config });
  await run('saveInputs', {
    externalInternalIssues: 'No change.',
    interestedParties: 'No change.',
  });
  await run('saveAttendees', {
    attendeeAccountIds: [seededAccountId('manager'), seededAccountId('auditor')],
  });
  await run('recordAsHeld', { confirm: true });
  await host.waitForIdle();
  return page.id;
}

afterAll(async () => {
  host.close();
  await site.close();
});

interface Probe {
  entryPoint: string;
  user: SeededLogin;
  answer: string;
}

/** Every answer of every entry point to `user`, as text. */
async function probe(user: SeededLogin): Promise<Probe[]> {
  const probes: Probe[] = [];
  const invoke = async (entryPoint: string, moduleKey: string, where: object, keys: string[]) => {
    const frame = await requestFrame(site, user, moduleKey, where);
    if (frame.status !== 201) {
      // No frame (a panel on an issue the user cannot see): the refusal may echo the key the user
      // asked for, nothing more — no summary.
      const refusal = await frame.text();
      const echoed = 'issueKey' in where ? String((where as { issueKey: string }).issueKey) : '';
      probes.push({
        entryPoint: `${entryPoint} (no frame)`,
        user,
        answer: refusal.split(echoed).join(''),
      });
      return;
    }
    const { frameId } = (await frame.json()) as { frameId: string };
    for (const functionKey of keys) {
      const res = await bridge(site, user, frameId, 'invoke', {
        functionKey,
        payload: payloadFor(functionKey),
      });
      probes.push({
        entryPoint: `${entryPoint} → ${functionKey}`,
        user,
        answer: JSON.stringify(res),
      });
    }
  };
  for (const mod of MODULES) {
    if (mod.type === 'jira:adminPage' || mod.type === 'jira:globalPage')
      await invoke(mod.key, mod.key, {}, mod.functionKeys);
    else if (mod.type === 'jira:issuePanel' || mod.type === 'jira:issueGlance') {
      for (const issueKey of panelIssues)
        await invoke(`${mod.key} on ${issueKey}`, mod.key, { issueKey }, mod.functionKeys);
    } else {
      const pages = macroPages[mod.key];
      const localId = MACRO_LOCAL_IDS[mod.key];
      if (!pages || !localId) throw new Error(`macro ${mod.key} has no demo page in this matrix`);
      for (const pageId of pages) {
        await invoke(
          `${mod.key} on page ${pageId}`,
          mod.key,
          { pageId, localId },
          mod.functionKeys,
        );
      }
    }
  }
  // Each macro page's view and export (every macro's adfExport), as Confluence renders them.
  for (const pageId of Object.values(macroPages).flat()) {
    for (const format of ['view', 'export_view', 'atlas_doc_format']) {
      const res = await callAs(
        site,
        user,
        'GET',
        `/wiki/api/v2/pages/${pageId}?body-format=${format}`,
      );
      probes.push({
        entryPoint: `page ${pageId} ${format}`,
        user,
        answer: JSON.stringify(res.body),
      });
    }
  }
  return probes;
}

/** The answer around its first mention of the risk (for the failure message). */
const around = (answer: string): string => {
  const at = Math.max(
    answer.search(new RegExp(`\\b${riskKey}\\b`)),
    answer.indexOf(CONFIDENTIAL_RISK_SUMMARY),
  );
  return answer.slice(Math.max(0, at - 300), at + 150);
};

const mentions = (answer: string): string[] => {
  const found: string[] = [];
  if (new RegExp(`\\b${riskKey}\\b`).test(answer)) found.push(riskKey);
  if (answer.includes(CONFIDENTIAL_RISK_SUMMARY)) found.push('summary');
  return found;
};

it('shows the confidential risk to no one who cannot browse it, through any entry point', async () => {
  const leaks: string[] = [];
  const table: Record<string, { probes: number; canBrowse: boolean; mentions: number }> = {};
  const mentionedAt: Record<string, string[]> = {};
  const countedUnseen: Record<string, unknown> = {};
  for (const user of USERS) {
    const canBrowse =
      (await callAs(site, user, 'GET', `/rest/api/3/issue/${riskKey}?fields=summary`)).status ===
      200;
    const probes = await probe(user);
    const mentioning = probes.filter((p) => mentions(p.answer).length > 0);
    table[user] = { probes: probes.length, canBrowse, mentions: mentioning.length };
    mentionedAt[user] = mentioning.map((p) => p.entryPoint);
    const heldAnswer = probes.find(
      (p) => p.entryPoint === `aims-management-review on page ${heldReviewPage} → getView`,
    )?.answer;
    countedUnseen[user] = (
      JSON.parse(heldAnswer ?? '{}') as {
        result?: { data?: { held?: { countedUnseen?: unknown } } };
      }
    ).result?.data?.held?.countedUnseen;
    if (!canBrowse) {
      for (const p of mentioning) leaks.push(`${user}: ${p.entryPoint}: …${around(p.answer)}…`);
      // What is left out is counted, as documented: the held review and the approved SoA say so.
      const answerAt = (entryPoint: string) =>
        (
          JSON.parse(probes.find((p) => p.entryPoint === entryPoint)?.answer ?? '{}') as {
            result?: { data?: Record<string, unknown> };
          }
        ).result?.data;
      expect(answerAt(`aims-management-review on page ${heldReviewPage} → getView`)).toMatchObject({
        state: 'held',
        // Its counts (the open risks per level) include the risk: said, as a number, never hidden.
        held: { hiddenItems: 1, countedUnseen: 1 },
      });
      expect(
        answerAt(`aims-soa on page ${macroPages['aims-soa']?.[0] ?? ''} → getView`),
      ).toMatchObject({ approval: { state: 'valid', approved: { hidden: { risks: 1 } } } });
    }
  }
  console.log(`[leak matrix] ${JSON.stringify(table)}`);
  // The member cannot browse it (the seed's Confidential level); the others can, and the probes
  // find it for them (so they would find it for the member too).
  expect(table.member?.canBrowse).toBe(false);
  for (const user of ['admin', 'manager', 'auditor'] as const) {
    expect(table[user]?.canBrowse).toBe(true);
    expect(table[user]?.mentions).toBeGreaterThan(0);
    // They see every issue the held review's counts include: no note of unseen ones.
    expect(countedUnseen[user]).toBe(0);
    // The stored records name it: the approved SoA snapshot and the held review's frozen list.
    expect(mentionedAt[user]).toEqual(
      expect.arrayContaining([
        `aims-soa on page ${macroPages['aims-soa']?.[0] ?? ''} → getView`,
        `aims-management-review on page ${heldReviewPage} → getView`,
      ]),
    );
  }
  expect(leaks).toEqual([]);
});
