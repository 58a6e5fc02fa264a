/**
 * The implementation roadmap template (admin page), with the Forge host running the real app on a
 * provisioned AIMS: a dry run lists the ten epics and their starter tasks and creates nothing; the
 * run creates them (each task under its step's epic, labelled with the requirements it satisfies);
 * a re-run creates nothing; a run after issues went missing creates exactly those; only Jira
 * administrators may run it. The overview shows each step's progress.
 */
import { PROGRAMME_STEPS } from '../../../src/domain/roadmap';
import type { RoadmapOutcome } from '../../../src/roadmap/roadmap-template';
import { overviewViewSchema } from '../../../src/ui-contract/overview-view';
import type { SeededLogin } from '../../support/test-site';
import { callAs } from '../../support/test-site';
import type { ResolverOutcome } from '../forge-host/fixture-host';
import { invokeFromFrame } from '../forge-host/fixture-host';
import { installedAimsApp } from '../forge-host/installed-aims-app';

jest.setTimeout(300_000);

const app = installedAimsApp();

const TASKS = PROGRAMME_STEPS.reduce((n, s) => n + s.tasks.length, 0);

async function applyRoadmap(login: SeededLogin, dryRun: boolean): Promise<ResolverOutcome> {
  return invokeFromFrame(app.site, login, 'aims-admin', 'applyRoadmap', { dryRun });
}

async function applied(dryRun: boolean): Promise<RoadmapOutcome> {
  const out = await applyRoadmap('admin', dryRun);
  if (!out.ok) throw new Error(String(out.error));
  return out.data as RoadmapOutcome;
}

async function count(jql: string): Promise<number> {
  const res = await callAs(app.site, 'admin', 'POST', '/rest/api/3/search/approximate-count', {
    jql,
  });
  return (res.body as { count: number }).count;
}

const roadmapIssues = () => count('project = AIMS AND labels = "aims-roadmap"');

it('refuses anyone but a Jira administrator, and creates nothing', async () => {
  const out = await applyRoadmap('manager', false);
  expect(out.ok).toBe(false);
  expect(out.error).toContain('Only Jira administrators can create the implementation roadmap');
  expect(await roadmapIssues()).toBe(0);
});

it('dry run: lists the ten steps and their starter tasks, and creates nothing', async () => {
  const plan = await applied(true);
  expect(plan.existing).toBe(0);
  expect(plan.epics.map((e) => e.summary)).toEqual(
    PROGRAMME_STEPS.map((s) => `Step ${s.step}: ${s.title}`),
  );
  expect(plan.tasks).toHaveLength(TASKS);
  expect([...plan.epics, ...plan.tasks].every((i) => i.key === null)).toBe(true);
  expect(await roadmapIssues()).toBe(0);
});

it('creates the epics and their starter tasks, each task under its step’s epic', async () => {
  const done = await applied(false);
  expect(done.epics).toHaveLength(10);
  expect(done.tasks).toHaveLength(TASKS);
  expect(await roadmapIssues()).toBe(10 + TASKS);
  expect(await count('project = AIMS AND issuetype = Epic AND labels = "aims-roadmap"')).toBe(10);

  // Step 3's epic: its labels name the clauses it satisfies; its children are its starter tasks.
  const step3 = done.epics[2]?.key ?? '';
  const epic = await callAs(app.site, 'admin', 'GET', `/rest/api/3/issue/${step3}?fields=labels`);
  expect((epic.body as { fields: { labels: string[] } }).fields.labels).toEqual(
    expect.arrayContaining(['aims-roadmap-step-3', 'iso42001-6.1.1', 'iso42001-6.2']),
  );
  expect(await count(`parent = ${step3}`)).toBe(PROGRAMME_STEPS[2]?.tasks.length);
  const task = done.tasks.find((t) => t.epic === step3)?.key ?? '';
  const child = await callAs(app.site, 'admin', 'GET', `/rest/api/3/issue/${task}?fields=parent`);
  expect((child.body as { fields: { parent: { key: string } } }).fields.parent.key).toBe(step3);
});

it('shows on the overview as each step’s tasks done of all, for whoever looks', async () => {
  const out = await invokeFromFrame(app.site, 'member', 'aims-overview', 'getView', {});
  const view = overviewViewSchema.parse(out.data);
  if (!view.configured) throw new Error(view.message);
  expect(view.roadmap.map((s) => [s.step, s.done.count, s.total.count])).toEqual(
    PROGRAMME_STEPS.map((s) => [s.step, 0, s.tasks.length]),
  );
  for (const s of view.roadmap) expect(await count(s.total.jql)).toBe(s.total.count);
});

it('is idempotent: a re-run, dry or not, finds everything and creates nothing', async () => {
  expect(await applied(true)).toMatchObject({ existing: 10 + TASKS, epics: [], tasks: [] });
  expect(await applied(false)).toMatchObject({ existing: 10 + TASKS, epics: [], tasks: [] });
  expect(await roadmapIssues()).toBe(10 + TASKS);
});

it('resumes: a run after a task went missing creates that task only, under its epic', async () => {
  const lost = 'project = AIMS AND labels = "aims-roadmap-task-7-3"';
  const search = await callAs(app.site, 'admin', 'POST', '/rest/api/3/search/jql', {
    jql: lost,
    fields: ['parent'],
  });
  const [issue] = (
    search.body as { issues: { key: string; fields: { parent: { key: string } } }[] }
  ).issues;
  if (!issue) throw new Error('task 7.3 was not created');
  expect((await callAs(app.site, 'admin', 'DELETE', `/rest/api/3/issue/${issue.key}`)).status).toBe(
    204,
  );
  const again = await applied(false);
  expect(again.epics).toEqual([]);
  expect(again.tasks).toEqual([
    expect.objectContaining({
      summary: PROGRAMME_STEPS[6]?.tasks[2]?.summary,
      epic: issue.fields.parent.key,
    }),
  ]);
  expect(await count(lost)).toBe(1);
  expect(await roadmapIssues()).toBe(10 + TASKS);
});
