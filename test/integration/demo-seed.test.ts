/**
 * The demo AIMS of `npm start`: the app installed (its install trigger provisions AIMS), then
 * seedDemo through plain REST. Checks the shape a person clicking through would find.
 */
import path from 'node:path';
import type { RunningSite } from '../../emulator/core/site';
import { SEEDED_USERS } from '../../emulator/core/users';
import type { ForgeHost } from '../../emulator/forge-host';
import { createForgeHost } from '../../emulator/forge-host';
import type { DemoSeedResult } from '../../emulator/seed/demo';
import { seedDemo } from '../../emulator/seed/demo';
import { CONFIDENTIAL_RISK_SUMMARY } from '../../emulator/seed/demo/demo-risks';
import type { SeededLogin } from '../support/test-site';
import { callAs, startTestSite } from '../support/test-site';

jest.setTimeout(180_000);

let site: RunningSite;
let host: ForgeHost;
let demo: DemoSeedResult;

interface Hit {
  key: string;
  fields: Record<string, unknown>;
}

async function search(
  login: SeededLogin,
  jql: string,
  fields: string[] = ['summary', 'status'],
): Promise<Hit[]> {
  const res = await callAs(site, login, 'POST', '/rest/api/3/search/jql', {
    jql,
    fields,
    maxResults: 100,
  });
  expect(res.status).toBe(200);
  return (res.body as { issues: Hit[] }).issues;
}

const statusName = (h: Hit): string => (h.fields.status as { name: string }).name;

async function fieldId(name: string): Promise<string> {
  const res = await callAs(site, 'admin', 'GET', '/rest/api/3/field');
  const id = (res.body as { id: string; name: string }[]).find((f) => f.name === name)?.id;
  if (!id) throw new Error(`no field ${name}`);
  return id;
}

beforeAll(async () => {
  host = createForgeHost({ appRoot: path.resolve(__dirname, '../..') });
  site = await startTestSite([host]);
  const admin = SEEDED_USERS.find((u) => u.email === 'admin@example.com');
  await host.install(admin?.accountId);
  await host.install(admin?.accountId, { product: 'confluence' }); // connects Confluence (optional app)
  demo = await seedDemo(site, host);
});

afterAll(async () => {
  host?.close();
  await site?.close();
});

test('the demo has the AIMS board, made on the admin page, which a member of the project sees', async () => {
  const boards = await callAs(site, 'member', 'GET', '/rest/agile/1.0/board?projectKeyOrId=AIMS');
  expect((boards.body as { values: { name: string }[] }).values.map((b) => b.name)).toEqual([
    'AIMS board (AIMS)',
  ]);
});

test('the demo has the AIMS records of every type', async () => {
  const counts: Record<string, number> = {};
  for (const type of [
    'AI System',
    'AI Risk',
    'AI Impact Assessment',
    'AI Control',
    'AIMS Audit',
    'Audit Finding',
    'Nonconformity',
    'Corrective Action',
    'AI Objective',
    'AIMS Action',
    'AI Incident',
  ]) {
    counts[type] = (await search('admin', `project = AIMS AND issuetype = "${type}"`)).length;
  }
  expect(counts).toEqual({
    'AI System': 3,
    'AI Risk': 12,
    'AI Impact Assessment': 3,
    // The 38 Annex A controls, plus the organization control of the SoA page's seed.
    'AI Control': 39,
    // The 2026-Q1 audit, closed with its report, the 2026-Q3 audit with findings, and the
    // certification body's Stage 1 audit (its two findings imported as "External audit").
    'AIMS Audit': 3,
    'Audit Finding': 8,
    // Four raised by the internal audit's findings, one by the external audit's, three recorded
    // directly (one a recurrence), one raised by an incident.
    Nonconformity: 9,
    'Corrective Action': 6,
    'AI Objective': 4,
    // Three from the demo, plus the decisions of the held management review.
    'AIMS Action': expect.any(Number) as unknown as number,
    'AI Incident': 2,
  });
  expect(counts['AIMS Action']).toBeGreaterThanOrEqual(3);
  expect(host.deliveries.filter((d) => !d.ok)).toEqual([]);
});

test('competence requirements for every AIMS role are options of the records, which name the ones they meet', async () => {
  const meets = await fieldId('Competence requirements met');
  const contexts = await callAs(site, 'admin', 'GET', `/rest/api/3/field/${meets}/context`);
  const contextId = (contexts.body as { values: { id: string }[] }).values[0]?.id ?? '';
  const options = await callAs(
    site,
    'admin',
    'GET',
    `/rest/api/3/field/${meets}/context/${contextId}/option`,
  );
  const enabled = (options.body as { values: { value: string; disabled: boolean }[] }).values
    .filter((o) => !o.disabled)
    .map((o) => o.value);
  expect(enabled).toHaveLength(5);
  expect(enabled).toContain('AI governance briefing [ai-governance-briefing]');

  const records = await search('admin', 'project = AIMS AND issuetype = "Competence Record"', [
    'summary',
    meets,
  ]);
  const named = records.filter(
    (r) => Array.isArray(r.fields[meets]) && (r.fields[meets] as unknown[]).length > 0,
  );
  expect(records).toHaveLength(4);
  expect(named).toHaveLength(4);
});

test('nonconformities stand at every clause 10.2 step, moved there by the real workflow', async () => {
  const ncs = await search('admin', 'project = AIMS AND issuetype = Nonconformity');
  const byStatus = ncs.reduce<Record<string, number>>((acc, h) => {
    acc[statusName(h)] = (acc[statusName(h)] ?? 0) + 1;
    return acc;
  }, {});
  expect(byStatus).toEqual({
    // One of them just raised by the demo's AI incident, one by the external audit's finding.
    React: 3,
    'Cause Analysis': 3,
    'Implementing Actions': 1,
    'Effectiveness Review': 1,
    'NC Closed': 1,
  });
  const verdict = await fieldId('Effectiveness verdict');
  // The recurrence names the closed one it recurs (10.2 b).
  const recurrence = await callAs(
    site,
    'manager',
    'GET',
    `/rest/api/3/issue/${demo.nonconformities.recurrence}?fields=issuelinks`,
  );
  expect(
    (
      recurrence.body as {
        fields: { issuelinks: { type: { name: string }; outwardIssue?: { key: string } }[] };
      }
    ).fields.issuelinks,
  ).toContainEqual(
    expect.objectContaining({
      type: expect.objectContaining({ name: 'AIMS Recurrence' }),
      outwardIssue: expect.objectContaining({ key: demo.nonconformities.closed }),
    }),
  );
  const looped = await callAs(
    site,
    'manager',
    'GET',
    `/rest/api/3/issue/${demo.nonconformities.ineffective}?fields=status,${verdict}`,
  );
  const fields = (looped.body as { fields: Record<string, { name?: string; value?: string }> })
    .fields;
  expect(fields.status?.name).toBe('Cause Analysis');
  // The ineffective review is kept in the app's loop record; the issue starts the next one blank
  expect(fields[verdict]).toBeNull();
  const loops = await callAs(
    site,
    'manager',
    'GET',
    `/rest/api/3/issue/${demo.nonconformities.ineffective}/properties/aims.effectivenessLoops`,
  );
  expect((loops.body as { value: { count: number } }).value.count).toBe(1);
});

test('the audit has one finding of each grade; the app raised NCs for the nonconformity grades and closed the finding of the closed NC', async () => {
  const grade = await fieldId('Finding grade');
  // The internal audit's findings (the external audit's are labelled with their source).
  const findings = await search(
    'admin',
    'project = AIMS AND issuetype = "Audit Finding" AND (labels is EMPTY OR labels != "aims-external-audit")',
    ['status', grade],
  );
  const rows = findings
    .map((f) => [(f.fields[grade] as { value: string }).value, statusName(f)])
    .sort();
  expect(rows).toEqual([
    ['Major nonconformity', 'Finding Closed'],
    ['Major nonconformity', 'Nonconformity Raised'],
    ['Minor nonconformity', 'Nonconformity Raised'],
    ['Minor nonconformity', 'Nonconformity Raised'],
    ['Observation', 'Finding Open'],
    ['Opportunity for improvement', 'Finding Open'],
  ]);
});

test('the Stage 1 audit’s findings came in through the findings import; the minor one raised a Nonconformity with source "External audit"', async () => {
  const grade = await fieldId('Finding grade');
  const source = await fieldId('Nonconformity source');
  const external = await search(
    'admin',
    'project = AIMS AND issuetype = "Audit Finding" AND labels = "aims-external-audit"',
    ['status', grade],
  );
  expect(
    external.map((f) => [(f.fields[grade] as { value: string }).value, statusName(f)]).sort(),
  ).toEqual([
    ['Minor nonconformity', 'Nonconformity Raised'],
    ['Observation', 'Finding Open'],
  ]);
  const raised = await search(
    'admin',
    `project = AIMS AND cf[${source.replace('customfield_', '')}] = "External audit"`,
    [source],
  );
  expect(raised).toHaveLength(1);
});

test('two AI incidents: one closed without a breach, one whose breach raised a Nonconformity (source Incident)', async () => {
  const incidents = await search('admin', 'project = AIMS AND issuetype = "AI Incident"');
  expect(incidents.map((i) => [i.key, statusName(i)]).sort()).toEqual(
    [
      [demo.incidents.noBreach, 'Incident Closed'],
      [demo.incidents.breach, 'Investigation Concluded'],
    ].sort(),
  );
  const source = await fieldId('Nonconformity source');
  const fromIncidents = await search(
    'admin',
    `project = AIMS AND issuetype = "Nonconformity" AND "Nonconformity source" = "Incident"`,
    ['summary', source],
  );
  // The one the incident raised, besides the demo's nonconformity recorded from an earlier incident.
  expect(fromIncidents.map((i) => i.key)).toContain(demo.incidents.raised);
});

test('corrective actions: some done, exactly one overdue', async () => {
  const done = await search(
    'admin',
    'project = AIMS AND issuetype = "Corrective Action" AND statusCategory = Done',
  );
  expect(done.length).toBe(3);
  const overdue = await search(
    'admin',
    'project = AIMS AND issuetype = "Corrective Action" AND statusCategory != Done AND duedate < now()',
  );
  expect(overdue.map((h) => h.key)).toEqual([demo.nonconformities.overdueAction]);
});

test('risks at every step, with levels recorded by the app; the confidential one is hidden from member', async () => {
  const risks = await search('admin', 'project = AIMS AND issuetype = "AI Risk"');
  const statuses = new Set(risks.map(statusName));
  expect(statuses).toEqual(
    new Set(['Identified', 'Assessed', 'Treatment Planned', 'Treated - Monitoring', 'Risk Closed']),
  );
  const inherent = await fieldId('Inherent risk level');
  const rated = await search(
    'admin',
    `project = AIMS AND issuetype = "AI Risk" AND status != "Identified"`,
    [inherent],
  );
  expect(
    rated.every(
      (r) => typeof (r.fields[inherent] as { value?: string } | null)?.value === 'string',
    ),
  ).toBe(true);

  const confidential = demo.risks.get(CONFIDENTIAL_RISK_SUMMARY) ?? '';
  const asMember = await search('member', 'project = AIMS AND issuetype = "AI Risk"');
  expect(asMember.length).toBe(11);
  expect(asMember.map((h) => h.key)).not.toContain(confidential);
  expect((await callAs(site, 'member', 'GET', `/rest/api/3/issue/${confidential}`)).status).toBe(
    404,
  );
  expect((await callAs(site, 'auditor', 'GET', `/rest/api/3/issue/${confidential}`)).status).toBe(
    200,
  );
});

test('every control carries an SoA decision with a justification, and every implemented one its evidence', async () => {
  const [applicability, reference, justification, status, evidence] = [
    await fieldId('Applicability'),
    await fieldId('ISO 42001 reference'),
    await fieldId('SoA justification'),
    await fieldId('Implementation status'),
    await fieldId('Evidence'),
  ];
  const controls = await search('admin', 'project = AIMS AND issuetype = "AI Control"', [
    applicability,
    reference,
    justification,
    status,
    evidence,
  ]);
  const option = (v: unknown) => (v as { value?: string } | null)?.value;
  // A text area reads as an ADF document; a word in one of its text nodes is text.
  const hasWords = (v: unknown) =>
    typeof v === 'string' ? v.trim() !== '' : /"text":"[^"]*\S/.test(JSON.stringify(v ?? null));
  const refsWhere = (unready: (fields: Record<string, unknown>) => boolean) =>
    controls.filter((c) => unready(c.fields)).map((c) => String(c.fields[reference]));
  expect(refsWhere((f) => option(f[applicability]) === undefined)).toEqual([]);
  expect(refsWhere((f) => !hasWords(f[justification]))).toEqual([]);
  expect(refsWhere((f) => option(f[status]) === 'Implemented' && !hasWords(f[evidence]))).toEqual(
    [],
  );
  const excluded = controls.filter((c) => option(c.fields[applicability]) === 'Excluded');
  expect(excluded.length).toBeGreaterThanOrEqual(2);
  // What is left is implementation work
  expect(controls.filter((c) => option(c.fields[status]) === 'Planned').length).toBeGreaterThan(0);
});

test('the demo gap analysis has one completed assessment and one in progress, so progress shows', async () => {
  const res = await callAs(
    site,
    'manager',
    'GET',
    `/wiki/api/v2/pages/${demo.pages.gap}/properties?key=aims-gap-analysis`,
  );
  const record = (
    res.body as {
      results: {
        value: { current: { title: string; completed?: unknown }; completed: unknown[] };
      }[];
    }
  ).results[0]?.value;
  expect(record?.completed).toHaveLength(1);
  expect(record?.current.title).toBe('Gap analysis before Stage 1');
  expect(record?.current.completed).toBeUndefined();
});

test('the Confluence demo pages exist in space AIMS', async () => {
  const titles: string[] = [];
  for (const id of Object.values(demo.pages)) {
    const res = await callAs(site, 'manager', 'GET', `/wiki/api/v2/pages/${id}`);
    expect(res.status).toBe(200);
    titles.push((res.body as { title: string }).title);
  }
  expect(titles.sort()).toEqual([
    'AI Policy',
    'AIMS scope and context',
    'Certification readiness',
    'Gap analysis',
    'Internal audit programme 2026',
    'Management Review 2026-Q3',
    'Management Review 2026-Q4',
    'Statement of Applicability',
  ]);
  // The scope was approved before Q3, revised after it, and waits for approval again.
  const control = await callAs(
    site,
    'manager',
    'GET',
    `/wiki/api/v2/pages/${demo.pages.scope}/properties?key=aims-scope-control`,
  );
  const entries = (
    control.body as { results: { value: { entries: { event: string }[] } }[] }
  ).results[0]?.value.entries.map((e) => e.event);
  expect(entries).toEqual([
    'configured',
    'content-changed',
    'review-requested',
    'approved',
    'content-changed',
    'review-requested',
  ]);
});
