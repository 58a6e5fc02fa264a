/**
 * The search planner (emulator/jira/search/search-plan.ts) answers from SQL what it can; the JQL
 * engine is the reference. For any query built from the clauses the plan covers (and some it does
 * not), in any combination of AND, OR and NOT and any order, the planned search finds exactly the
 * issues the engine finds when it reads every issue, in the same order, for each user.
 */
import fc from 'fast-check';
import type { RunningSite } from '../../../emulator/core/site';
import { SEEDED_USERS } from '../../../emulator/core/users';
import type { SiteUser } from '../../../emulator/core/users';
import { compileJql } from '../../../emulator/jira/jql';
import type { JiraModels } from '../../../emulator/jira/models/jira-models';
import { jiraModels } from '../../../emulator/jira/models/jira-models';
import { jqlEnvironment, jqlIssue } from '../../../emulator/jira/search/jql-environment';
import { searchIssueIds } from '../../../emulator/jira/search/run-search';
import { startTestSite } from '../../support/test-site';
import type { Call } from './jira-helpers';
import { createIssue, jiraCaller, obj } from './jira-helpers';

const T = 'com.atlassian.jira.plugin.system.customfieldtypes:';
let site: RunningSite;
let m: JiraModels;
let gradeId: string;
const keys: string[] = [];
const ids: string[] = [];

async function selectField(call: Call, name: string, type: string, options: string[]) {
  const id = obj((await call('admin', 'POST', '/field', { name, type: `${T}${type}` })).body)
    .id as string;
  const ctx = obj((await call('admin', 'GET', `/field/${id}/context`)).body).values[0].id as string;
  await call('admin', 'POST', `/field/${id}/context/${ctx}/option`, {
    options: options.map((value) => ({ value })),
  });
  // A new field is on no screen: put it on the Default Screen, as Jira's "add to screens" does.
  await call('admin', 'POST', `/screens/addToDefault/${id}`);
  return id;
}

beforeAll(async () => {
  site = await startTestSite();
  m = jiraModels(site.ctx);
  const call = jiraCaller(site);
  gradeId = await selectField(call, 'Grade', 'select', ['A', 'B', 'C']);
  const sourcesId = await selectField(call, 'Sources', 'multiselect', ['s1', 's2', 's3']);
  const confidential = obj((await call('admin', 'GET', '/project/AIMS/securitylevel')).body)
    .levels[0].id as string;
  for (let i = 0; i < 36; i += 1) {
    const project = ['AIMS', 'DEMO', 'SEC'][i % 3] ?? 'AIMS';
    const issue = await createIssue(call, 'admin', {
      project: { key: project },
      issuetype: { name: i % 4 === 0 ? 'Bug' : 'Task' },
      summary: `Plan subject ${i}`,
      ...(i % 5 === 0 ? {} : { labels: i % 2 ? ['odd'] : ['even', 'Big'] }),
      ...(i % 6 === 0 ? {} : { [gradeId]: { value: ['A', 'B', 'C'][i % 3] } }),
      ...(i % 4 === 1 ? { [sourcesId]: [{ value: 's1' }, { value: `s${(i % 3) + 1}` }] } : {}),
      ...(i % 3 === 2 ? {} : { duedate: `2026-0${(i % 9) + 1}-1${i % 10}` }),
      ...(project === 'AIMS' && i % 7 === 0 ? { security: { id: confidential } } : {}),
    });
    keys.push(issue.key);
    ids.push(issue.id);
    if (i % 3 !== 0) {
      // 21: In Progress; 31: Done (the default workflow's global transitions)
      const to = i % 3 === 1 ? '21' : '31';
      await call('admin', 'POST', `/issue/${issue.key}/transitions`, { transition: { id: to } });
    }
  }
  for (let i = 0; i + 5 < keys.length; i += 4) {
    await call('admin', 'POST', '/issueLink', {
      type: { name: i % 8 ? 'Relates' : 'Blocks' },
      inwardIssue: { key: keys[i] },
      outwardIssue: { key: keys[i + 5] },
    });
  }
}, 120_000);
afterAll(async () => site.close());

/** The engine alone, reading every issue: what a search must answer. */
function engineSearch(user: SiteUser, jql: string): string[] {
  const compiled = compileJql(jql, jqlEnvironment(m, user));
  const visible = m.permissions.issueFilter(user);
  return m.store
    .all()
    .filter(visible)
    .map((issue) => ({ issue, view: jqlIssue(m, issue) }))
    .filter((x) => compiled.matches(x.view))
    .sort((a, b) => compiled.compare(a.view, b.view))
    .map((x) => x.issue.id);
}

const key = fc.integer({ min: 0, max: 35 }).map((i) => keys[i] ?? '');
const day = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 19 }))
  .map(([month, d]) => `"2026-0${month}-${d}"`);

/** One clause: most of them planned into SQL, a few left to the engine. */
const clause: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('project = AIMS', 'project in (AIMS, DEMO)', 'project != DEMO', 'project = SEC'),
  fc.constantFrom('issuetype = Task', 'type in (Bug, Task)', 'issuetype != Bug'),
  fc.constantFrom('status = "In Progress"', 'status in ("To Do", Done)', 'status != Done'),
  fc.constantFrom(
    'statusCategory = Done',
    'statusCategory != "To Do"',
    'statusCategory in (new, 4)',
  ),
  fc.constantFrom(
    'labels = odd',
    'labels in (big, odd)',
    'labels != odd',
    'labels not in (even, odd)',
    'labels is EMPTY',
    'labels is not EMPTY',
    'labels in (odd, EMPTY)',
  ),
  fc.constantFrom(
    'Grade = A',
    'Grade in (A, b)',
    'Grade != C',
    'Grade not in (A, B)',
    'Grade is EMPTY',
    'Grade is not EMPTY',
    'Grade in (C, EMPTY)',
    'Sources = s1',
    'Sources in (s2, s3)',
    'Sources != s1',
  ),
  fc.constantFrom(
    'duedate is EMPTY',
    'duedate is not EMPTY',
    'created > -1d',
    'created < startOfDay()',
    'resolutiondate is EMPTY',
    'updated <= now()',
  ),
  day.chain((d) =>
    fc.constantFrom(`duedate < ${d}`, `duedate >= ${d}`, `duedate = ${d}`, `due in (${d}, EMPTY)`),
  ),
  key.chain((k) =>
    fc.constantFrom(
      `key = ${k}`,
      `key != ${k}`,
      `issue in linkedIssues(${k})`,
      `issue in linkedIssues(${k}, "relates to")`,
    ),
  ),
  fc.tuple(key, key).map(([a, b]) => `key in (${a}, ${b})`),
  fc.constantFrom(
    'summary ~ "subject 1"',
    'assignee = currentUser()',
    'priority = Medium',
    'key > AIMS-3',
  ),
);

const where: fc.Arbitrary<string> = fc.letrec<{ w: string }>((tie) => ({
  w: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    clause,
    fc.tuple(tie('w'), tie('w')).map(([a, b]) => `(${a} AND ${b})`),
    fc.tuple(tie('w'), tie('w')).map(([a, b]) => `(${a} OR ${b})`),
    tie('w').map((a) => `NOT ${a}`),
  ),
})).w;

const orderBy = fc.constantFrom(
  '',
  ' ORDER BY key',
  ' ORDER BY key DESC',
  ' ORDER BY created',
  ' ORDER BY created DESC, key',
  ' ORDER BY priority DESC',
  ' ORDER BY duedate',
);

/** The hits, or the error a user is told (the same query may be refused to one user only). */
function outcome(search: () => string[]): string[] | string {
  try {
    return search();
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

const user = (login: string): SiteUser => {
  const seeded = SEEDED_USERS.find((u) => u.email.startsWith(`${login}@`));
  const found = seeded && site.ctx.users.byAccountId(seeded.accountId);
  if (!found) throw new Error(`no user ${login}`);
  return found;
};

describe('the planned search', () => {
  it('finds what the engine finds reading every issue, in its order, for each user', () => {
    const people = ['admin', 'manager', 'member'].map(user);
    fc.assert(
      fc.property(where, orderBy, (w, o) => {
        const jql = `${w}${o}`;
        for (const person of people) {
          expect({
            jql,
            login: person.email,
            hits: outcome(() => searchIssueIds(m, person, jql)),
          }).toEqual({ jql, login: person.email, hits: outcome(() => engineSearch(person, jql)) });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('answers a query of a select field by option name or id, like the engine', () => {
    const admin = user('admin');
    const optionA = m.customFields
      .contextsOf(gradeId)
      .flatMap((c) => m.customFields.optionsOf(c.id))
      .find((o) => o.value === 'A');
    const byName = searchIssueIds(m, admin, 'Grade = A ORDER BY key');
    expect(byName.length).toBeGreaterThan(0);
    expect(
      searchIssueIds(m, admin, `cf[${gradeId.split('_')[1]}] = ${optionA?.id} ORDER BY key`),
    ).toEqual(byName);
  });
});
