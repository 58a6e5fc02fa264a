/**
 * Management review inputs 9.3.2 b) and c) from the AIMS scope and context, on the demo pages:
 * the Q3 review is held against the approved scope, the owner revises it, and the Q4 draft shows
 * what changed since Q3 (and still takes text). Held, Q4 keeps what it showed; a later review
 * compares with Q4's copy, and a copy altered outside the app is never used.
 */
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createAdfPage } from '../../../emulator/seed/demo/demo-pages';
import type { DemoPage } from '../../../emulator/seed/demo/demo-pages';
import {
  invokeReviewMacro,
  q4ReviewConfig,
  reviewPageBody,
  seedReviewPages,
  seededAccountId,
} from '../../../emulator/seed/demo/demo-review-pages';
import { revisedScopeContent } from '../../../emulator/seed/demo/demo-scope-content';
import {
  invokeScopeMacro,
  seedScopePage,
  seedScopeRevision,
} from '../../../emulator/seed/demo/demo-scope-page';
import { callAs, startTestSite } from '../../support/test-site';
import { macroPages, ok } from './macro-page-fixture';
import { createAimsHost } from './policy-app-host';

jest.setTimeout(180_000);

let site: RunningSite;
let host: ForgeHost;
let spaceId: string;
let scopePage: DemoPage;
let q3: DemoPage;
let q4: DemoPage;

interface Change {
  subject: string;
  title: string;
  change: string;
  details: string[];
}
interface ReviewData {
  state: string;
  contextChanges: {
    basis: string;
    note: string | null;
    baseline: { reviewPageId: string; revision: number } | null;
    current: { revision: number } | null;
    issues: Change[];
    parties: Change[];
  } | null;
  inputs: { missing: string[]; b: { text: string | null } };
}

async function reviewView(page: DemoPage, config: Record<string, unknown>): Promise<ReviewData> {
  const outcome = await invokeReviewMacro(host, 'manager', page, config, 'getView');
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.data as ReviewData;
}

const summary = (changes: readonly Change[]) => changes.map((c) => `${c.change}: ${c.title}`);

beforeAll(async () => {
  host = createAimsHost();
  site = await startTestSite([host]);
  await host.install(seededAccountId('admin'));
  await host.install(seededAccountId('admin'), { product: 'confluence' }); // connects Confluence (optional app)
  await host.waitForIdle();
  scopePage = await seedScopePage(site, host);
  spaceId = scopePage.spaceId;
  const reviews = await seedReviewPages(site, host);
  await seedScopeRevision(host, scopePage);
  q3 = { id: reviews.q3PageId, spaceId };
  q4 = { id: reviews.q4PageId, spaceId };
});

afterAll(async () => {
  await host?.waitForIdle();
  host?.close();
  await site?.close();
});

test('the held Q3 review kept the approved scope: every entry counted as new then', async () => {
  const view = await reviewView(q3, {
    title: 'Management Review 2026-Q3',
    projectKey: 'AIMS',
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
  });
  expect(view.state).toBe('held');
  expect(view.contextChanges).toMatchObject({
    basis: 'first',
    current: { revision: 1 },
    baseline: null,
    note: 'No earlier held review kept the scope and context, so every entry counts as new.',
  });
  expect(view.contextChanges?.parties.map((p) => p.title)).not.toContain('Works council');
});

test('the Q4 draft shows what changed since Q3 as inputs b) and c), and still takes text', async () => {
  const view = await reviewView(q4, q4ReviewConfig(q3.id));
  expect(view.state).toBe('draft');
  expect(view.contextChanges).toMatchObject({
    basis: 'previous-review',
    current: { revision: 2 },
    baseline: { reviewPageId: q3.id, revision: 1 },
    note: null,
  });
  expect(summary(view.contextChanges?.issues ?? [])).toEqual([
    'added: New supplier of the speech-to-text model used by support',
    'changed: EU AI Act: obligations for high-risk AI systems',
    'removed: Move to a managed model-training platform',
    'changed: Climate change',
  ]);
  expect(summary(view.contextChanges?.parties ?? [])).toEqual([
    'added: Works council',
    'changed: Lenders using the credit scoring model',
  ]);
  expect(view.contextChanges?.parties[1]?.details).toEqual([
    'Requirement added: "Support for their own duties as deployers under the EU AI Act" (not addressed by the AIMS)',
  ]);
  // The record gives b) and c): no entered text is required; what was entered stays.
  expect(view.inputs.missing.join(' ')).not.toMatch(/9\.3\.2 [bc]/);
  expect(view.inputs.b.text).toBe(
    'A new supplier provides the speech-to-text model used by support.',
  );
});

test('held, Q4 keeps what it showed; the next review compares with Q4’s copy and never uses an altered one', async () => {
  const config = q4ReviewConfig(q3.id);
  const shown = (await reviewView(q4, config)).contextChanges;
  const attendees = await invokeReviewMacro(host, 'manager', q4, config, 'saveAttendees', {
    attendeeAccountIds: [seededAccountId('manager'), seededAccountId('admin')],
  });
  expect(attendees.ok).toBe(true);
  const held = await invokeReviewMacro(host, 'manager', q4, config, 'recordAsHeld', {
    confirm: true,
  });
  expect(held.ok).toBe(true);

  // The owner changes the scope again: the held Q4 record does not move.
  const revised = revisedScopeContent();
  await invokeScopeMacro(host, 'admin', scopePage, 'saveContent', {
    content: { ...revised, issues: revised.issues.slice(1) },
    baseRevision: 2,
  });
  const after = await reviewView(q4, config);
  expect(after.state).toBe('held');
  expect(after.contextChanges).toEqual(shown);

  // A Q1 draft whose previous review is Q4 shows only the change made since Q4.
  const q1Config = {
    title: 'Management Review 2027-Q1',
    projectKey: 'AIMS',
    periodStart: '2027-01-01',
    periodEnd: '2027-03-31',
    previousReviewPageId: q4.id,
  };
  const q1: DemoPage = {
    id: await createAdfPage(
      site,
      spaceId,
      'Management Review 2027-Q1',
      reviewPageBody(host, q1Config),
    ),
    spaceId,
  };
  const q1View = await reviewView(q1, q1Config);
  expect(q1View.contextChanges).toMatchObject({
    basis: 'previous-review',
    baseline: { reviewPageId: q4.id, revision: 2 },
  });
  expect(summary(q1View.contextChanges?.issues ?? [])).toEqual([
    'removed: EU AI Act: obligations for high-risk AI systems',
  ]);
  expect(q1View.contextChanges?.parties).toEqual([]);

  // Someone alters Q4's copy through Confluence REST: it is not used, and b) and c) must be entered.
  const pages = macroPages(site, spaceId, 'aims-management-review', 'aims-management-review-1');
  const copy = await pages.property(q4.id, 'aims-management-review-context');
  if (!copy) throw new Error('Q4 kept no copy of the scope and context');
  const value = copy.value as { content: { climateChange: { relevant: boolean } } };
  value.content.climateChange.relevant = false;
  await ok(
    callAs(site, 'admin', 'PUT', `/wiki/api/v2/pages/${q4.id}/properties/${copy.id}`, {
      key: 'aims-management-review-context',
      value,
      version: { number: copy.version.number + 1 },
    }),
  );
  const tampered = await reviewView(q1, q1Config);
  expect(tampered.contextChanges).toMatchObject({ basis: 'none', issues: [], parties: [] });
  expect(tampered.contextChanges?.note).toContain('was changed after it was recorded');
  expect(tampered.inputs.missing).toEqual(
    expect.arrayContaining(['Enter the changes in external and internal issues (9.3.2 b).']),
  );
});
