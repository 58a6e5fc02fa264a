/**
 * The Competence Record's issue panel (7.2, A.4.6) through the panel's resolver, on a site running
 * the real app: the requirements an AIMS manager set on the overview become the options of the
 * record's "Competence requirements met"; the panel lists the ones a record names, with their
 * roles, says whether the record is current, and tells how to fix a record that meets none.
 */
import { addDays, utcDate } from '../../../src/domain/calendar';
import { PanelSite } from './panel-test-site';

jest.setTimeout(120_000);

let ps: PanelSite;

beforeAll(async () => {
  ps = await PanelSite.start();
});
afterAll(async () => ps?.close());

const REQUIREMENTS = [
  { id: 'ai-risk-basics', role: 'manager', title: 'AI risk assessment training' },
  { id: 'ai-risk-basics', role: 'member', title: 'AI risk assessment training' },
  { id: 'iso-42001-auditing', role: 'auditor', title: 'ISO/IEC 42001 auditor qualification' },
];

const today = utcDate(new Date());

test('a record meeting none says so and how to fix it, before and after requirements are set', async () => {
  const record = await ps.create('Competence Record', 'Responsible AI course', {
    'Competence expiry': addDays(today, -1),
  });
  let out = await ps.panel('member', record);
  expect(out.data).toMatchObject({
    kind: 'competenceRecord',
    meets: [],
    currency: { state: 'expired' },
  });
  expect(out.data?.meetsNone).toContain('none is set yet');

  const saved = await ps.overview('manager', 'saveCompetenceRequirements', {
    requirements: REQUIREMENTS,
  });
  expect(saved.ok).toBe(true);
  out = await ps.panel('member', record);
  expect(out.data?.meetsNone).toContain(
    'pick the requirements it meets in its field "Competence requirements met"',
  );
});

test('a record names the requirements it meets, with each role needing them, and is current', async () => {
  await ps.overview('manager', 'saveCompetenceRequirements', { requirements: REQUIREMENTS });
  const record = await ps.create('Competence Record', 'AI risk course: Morgan', {
    'Competence requirements met': 'AI risk assessment training [ai-risk-basics]',
    'Competence expiry': addDays(today, 10),
  });
  const out = await ps.panel('member', record);
  expect(out.data).toMatchObject({
    kind: 'competenceRecord',
    meetsNone: null,
    meets: [
      { id: 'ai-risk-basics', role: 'AIMS manager', title: 'AI risk assessment training' },
      { id: 'ai-risk-basics', role: 'AIMS member', title: 'AI risk assessment training' },
    ],
    currency: { state: 'expiring' },
  });
  expect((out.data?.currency as { text: string }).text).toContain('within 30 days');
});

test('Jira refuses an option that is not one of the requirements, and the record is not created', async () => {
  await expect(
    ps.create('Competence Record', 'Typed by hand', {
      'Competence requirements met': 'aims-competence-req-anything',
    }),
  ).rejects.toThrow(/HTTP 400/);
});
