/**
 * Provisioning as queued parts, against the emulator's Jira REST (as the site admin), with the
 * run, the state and the queue in memory: the test delivers the queued events itself, so it
 * decides when a part's time is up, which events arrive twice, and which arrive late.
 */
import type { RunningSite } from '../../../emulator/core/site';
import { searchVisibility } from '../../../emulator/jira/search/search-visibility';
import { ANNEX_A_CONTROLS } from '../../../src/domain/catalog/annex-a';
import { Refusal } from '../../../src/domain/refusal';
import { ProductClient } from '../../../src/jira/product-client';
import { DEFAULT_APP_CONFIG } from '../../../src/storage/app-config';
import type { ProvisioningRun } from '../../../src/storage/provisioning-run';
import type { ProvisioningState } from '../../../src/storage/provisioning-state';
import { PROVISIONING_STEPS } from '../../../src/workflows/provisioning/provision';
import { provisioningProgressView } from '../../../src/workflows/provisioning/provisioning-progress';
import type {
  PartDeps,
  PartOutcome,
  ProvisioningEvent,
} from '../../../src/workflows/provisioning/provisioning-run';
import {
  MAX_RETRIES,
  resumeProvisioningRun,
  runProvisioningPart,
  startProvisioningRun,
  STALL_AFTER_MS,
} from '../../../src/workflows/provisioning/provisioning-run';
import type { TimeBox } from '../../../src/workflows/provisioning/step-runner';
import { basicAuth, callAs, startTestSite } from '../../support/test-site';

const APP = { appId: 'aims-test-app', environmentId: 'aims-test-env' };

/** Jira as the admin; `refuse(status, n, after)` makes n calls, after the next `after`, answer that status. */
function adminJira(site: RunningSite): {
  client: ProductClient;
  refuse(status: number, n: number, after?: number): void;
} {
  let refusals: { status: number; left: number; after: number } | undefined;
  const client = new ProductClient(async (path, init) => {
    if (refusals && refusals.after > 0) refusals.after -= 1;
    else if (refusals && refusals.left > 0) {
      refusals.left -= 1;
      return new Response(JSON.stringify({ errorMessages: ['Refused'], errors: {} }), {
        status: refusals.status,
      }) as never;
    }
    return (await fetch(site.url + path.value, {
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers ?? {}), Authorization: basicAuth('admin') },
      body: init?.body as string | undefined,
    })) as never;
  });
  return {
    client,
    refuse(status, n, after = 0) {
      refusals = { status, left: n, after };
    },
  };
}

interface Harness {
  deps: PartDeps;
  queued: ProvisioningEvent[];
  run(): ProvisioningRun | undefined;
  /** Delivers the oldest queued event (or the given one) to the consumer's logic. */
  deliver(event?: ProvisioningEvent): Promise<PartOutcome>;
  /** Delivers queued events until none is left; the outcomes in order. */
  drain(): Promise<PartOutcome[]>;
  refuse(status: number, n: number, after?: number): void;
  clock: { now: Date };
}

/** A part's time is up after `checks` looks at the clock (Infinity: never). */
let checksPerPart = Infinity;
/** A save of the state that fails (the part stops there), once; undefined: none fails. */
let stopAtStateSave: ((state: ProvisioningState) => boolean) | undefined;

function harness(site: RunningSite): Harness {
  let run: ProvisioningRun | undefined;
  let state: ProvisioningState | undefined;
  const queued: ProvisioningEvent[] = [];
  const clock = { now: new Date('2026-03-01T10:00:00Z') };
  const jira = adminJira(site);
  let ids = 0;
  const timeBox = (): TimeBox => {
    let checks = 0;
    return { timeUp: () => ++checks > checksPerPart };
  };
  const deps: PartDeps = {
    runs: {
      load: async () => (run ? structuredClone(run) : undefined),
      save: async (r) => {
        run = structuredClone(r);
      },
    },
    states: {
      load: async () => (state ? structuredClone(state) : undefined),
      save: async (s) => {
        if (stopAtStateSave?.(s)) {
          stopAtStateSave = undefined;
          throw new Error('The part stopped here');
        }
        state = structuredClone(s);
      },
    },
    queue: {
      push: async (event) => {
        queued.push(event);
      },
    },
    now: () => clock.now,
    newRunId: () => `run-${++ids}`,
    jira: jira.client,
    app: APP,
    get timeBox() {
      return timeBox();
    },
    activate: async () => undefined,
  };
  const h: Harness = {
    deps,
    queued,
    clock,
    run: () => run,
    refuse: jira.refuse,
    deliver: async (event) => {
      const next = event ?? queued.shift();
      if (!next) throw new Error('nothing queued');
      return runProvisioningPart(deps, next);
    },
    drain: async () => {
      const outcomes: PartOutcome[] = [];
      while (queued.length > 0) outcomes.push(await h.deliver());
      return outcomes;
    },
  };
  return h;
}

/** AI Control issues in Jira as search shows them. */
async function controlCount(site: RunningSite): Promise<number> {
  const res = await callAs(site, 'admin', 'POST', '/rest/api/3/search/approximate-count', {
    jql: 'project = AIMS AND issuetype = "AI Control"',
  });
  return (res.body as { count: number }).count;
}

const issueTypeCount = async (site: RunningSite, name: string): Promise<number> =>
  ((await callAs(site, 'admin', 'GET', '/rest/api/3/issuetype')).body as { name: string }[]).filter(
    (t) => t.name === name,
  ).length;

describe('provisioning as queued parts', () => {
  let site: RunningSite;
  let h: Harness;
  beforeEach(async () => {
    site = await startTestSite();
    h = harness(site);
    checksPerPart = Infinity;
    stopAtStateSave = undefined;
  });
  afterEach(() => site.close());

  it('runs every step in one part when time allows, and says so', async () => {
    const started = await startProvisioningRun(h.deps, {
      origin: 'admin',
      config: DEFAULT_APP_CONFIG,
    });
    expect(provisioningProgressView(started, h.clock.now)).toMatchObject({
      status: 'queued',
      stepsDone: 0,
      totalSteps: PROVISIONING_STEPS.length,
      stepNumber: 1,
      currentStep: 'Project',
    });
    expect(await h.drain()).toEqual([{ kind: 'completed' }]);
    const view = provisioningProgressView(h.run() as ProvisioningRun, h.clock.now);
    expect(view).toMatchObject({
      status: 'completed',
      stepsDone: PROVISIONING_STEPS.length,
      stepNumber: null,
      currentStep: null,
      canResume: false,
    });
    expect(view.changes.map((c) => c.target)).toContain('38 AI Control issues (Annex A)');
  });

  it('pauses when a part’s time is up, queues the next part, and every part moves the run on', async () => {
    checksPerPart = 0; // time is up at every look: each part does one unit of progress
    await startProvisioningRun(h.deps, { origin: 'admin', config: DEFAULT_APP_CONFIG });
    const outcomes = await h.drain();
    expect(outcomes.at(-1)).toEqual({ kind: 'completed' });
    // Inside steps it pauses after each item saved (a field, a link type …): many small parts.
    expect(outcomes.filter((o) => o.kind === 'paused').length).toBeGreaterThan(40);
    expect(h.run()).toMatchObject({ status: 'completed', parts: outcomes.length });
    expect(await issueTypeCount(site, 'Nonconformity')).toBe(1);
    const creates = h.run()?.changes.filter((c) => c.action === 'create') ?? [];
    expect(new Set(creates.map((c) => c.target)).size).toBe(creates.length);
  });

  it('ignores a duplicate of a part that already ran, and events of an older run', async () => {
    checksPerPart = 3;
    await startProvisioningRun(h.deps, { origin: 'admin', config: DEFAULT_APP_CONFIG });
    const first = h.queued[0] as ProvisioningEvent;
    expect(await h.deliver()).toEqual({ kind: 'paused' });
    // The same event again (at-least-once delivery): that part has run.
    expect(await h.deliver(first)).toEqual({
      kind: 'ignored',
      reason: 'this part of the run has already run',
    });
    expect(await h.deliver(first)).toMatchObject({ kind: 'ignored' });
    await h.drain();
    expect(h.run()?.status).toBe('completed');
    // An event of a run that is not the current one does nothing.
    expect(await h.deliver({ runId: 'run-0', chunk: 0 })).toEqual({
      kind: 'ignored',
      reason: 'the event belongs to another run',
    });
    expect(await issueTypeCount(site, 'Audit Finding')).toBe(1);
  });

  it('refuses to start while a run is going, and lets a stalled run be resumed', async () => {
    await startProvisioningRun(h.deps, { origin: 'admin', config: DEFAULT_APP_CONFIG });
    await expect(
      startProvisioningRun(h.deps, { origin: 'admin', config: DEFAULT_APP_CONFIG }),
    ).rejects.toThrow(/already running \(step 1 of \d+\)/);
    // The queued event is lost; after 20 minutes without progress the run counts as stalled.
    const lost = h.queued.shift() as ProvisioningEvent;
    h.clock.now = new Date(h.clock.now.getTime() + STALL_AFTER_MS + 1000);
    expect(provisioningProgressView(h.run() as ProvisioningRun, h.clock.now)).toMatchObject({
      status: 'stalled',
      canResume: true,
    });
    await resumeProvisioningRun(h.deps, {});
    expect(await h.deliver(lost)).toMatchObject({ kind: 'ignored' });
    expect(await h.drain()).toEqual([{ kind: 'completed' }]);
  });

  it('a second delivery of the install event starts nothing', async () => {
    const first = await startProvisioningRun(h.deps, {
      origin: 'install',
      config: DEFAULT_APP_CONFIG,
      installationId: 'inst-1',
    });
    const again = await startProvisioningRun(h.deps, {
      origin: 'install',
      config: DEFAULT_APP_CONFIG,
      installationId: 'inst-1',
    });
    expect(again.runId).toBe(first.runId);
    expect(h.queued).toHaveLength(1);
  });

  it('right after install, retries 403s with growing delays, then fails with a way out; resume finishes', async () => {
    await startProvisioningRun(h.deps, {
      origin: 'install',
      config: DEFAULT_APP_CONFIG,
      installationId: 'inst-1',
    });
    const event = h.queued.shift() as ProvisioningEvent;
    h.refuse(403, MAX_RETRIES + 1);
    const delays: number[] = [];
    for (let i = 0; i < MAX_RETRIES; i += 1) {
      const outcome = await h.deliver(event);
      expect(outcome).toMatchObject({ kind: 'retry', rateLimited: false });
      if (outcome.kind === 'retry') delays.push(outcome.afterSeconds);
      expect(provisioningProgressView(h.run() as ProvisioningRun, h.clock.now)).toMatchObject({
        status: 'waiting',
        message: expect.stringContaining('has not granted the newly installed app its permissions'),
        retryAt: expect.any(String),
      });
    }
    expect(delays).toEqual([5, 25, 125, 625]);
    expect(await h.deliver(event)).toEqual({ kind: 'failed' });
    const failed = provisioningProgressView(h.run() as ProvisioningRun, h.clock.now);
    expect(failed).toMatchObject({
      status: 'failed',
      stepNumber: 1,
      currentStep: 'Project',
      canResume: true,
      message: expect.stringContaining(`did not pass after ${MAX_RETRIES} retries`),
      details: expect.arrayContaining(['Jira answered HTTP 403.']),
    });
    // A retry of the failed run's event arriving late does nothing; Resume does the work.
    expect(await h.deliver(event)).toMatchObject({ kind: 'ignored' });
    await resumeProvisioningRun(h.deps, { startedBy: 'admin-id' });
    expect(await h.drain()).toEqual([{ kind: 'completed' }]);
  });

  it('stops at a refusal that will not pass, keeps what was made, and resumes at that step', async () => {
    checksPerPart = Infinity;
    await startProvisioningRun(h.deps, { origin: 'admin', config: DEFAULT_APP_CONFIG });
    // The project step reads once; the 400 hits the issue types step's first read.
    const event = h.queued.shift() as ProvisioningEvent;
    h.refuse(400, 1, 1);
    expect(await h.deliver(event)).toEqual({ kind: 'failed' });
    expect(provisioningProgressView(h.run() as ProvisioningRun, h.clock.now)).toMatchObject({
      status: 'failed',
      stepsDone: 1,
      stepNumber: 2,
      currentStep: 'Issue types',
      message: `Jira refused a request of step 2 of ${PROVISIONING_STEPS.length} (Issue types).`,
      details: ['Jira answered HTTP 400.', 'Refused'],
      canResume: true,
    });
    await resumeProvisioningRun(h.deps, {});
    expect(await h.drain()).toEqual([{ kind: 'completed' }]);
    expect(h.run()?.stepIndex).toBe(PROVISIONING_STEPS.length);
  });

  it('resumed after a stop between the controls’ bulk create and its save, creates no control twice (search lagging)', async () => {
    searchVisibility(site.ctx).lagMs = 60 * 60_000;
    // The save that would record the created controls' keys never happens.
    stopAtStateSave = (s) => Object.keys(s.controls).length > 0 && !s.controlsCreating;
    await startProvisioningRun(h.deps, { origin: 'admin', config: DEFAULT_APP_CONFIG });
    expect(await h.drain()).toEqual([{ kind: 'failed' }]);

    await resumeProvisioningRun(h.deps, {});
    const event = h.queued.shift() as ProvisioningEvent;
    // Search does not show them yet: the run waits instead of creating them again.
    expect(await h.deliver(event)).toMatchObject({ kind: 'retry', afterSeconds: 5 });
    expect(provisioningProgressView(h.run() as ProvisioningRun, h.clock.now)).toMatchObject({
      status: 'waiting',
      message: expect.stringContaining("waiting for Jira's search to show them"),
    });

    searchVisibility(site.ctx).catchUp();
    expect(await h.deliver(event)).toEqual({ kind: 'completed' });
    // Everything the parts created, now that search has caught up: each control once.
    expect(await controlCount(site)).toBe(ANNEX_A_CONTROLS.length);
    const state = await h.deps.states.load('AIMS');
    expect(Object.keys(state?.controls ?? {})).toHaveLength(ANNEX_A_CONTROLS.length);
    expect(state?.controlsCreating).toBeUndefined();
  });

  it('has nothing to resume when the last run completed', async () => {
    await startProvisioningRun(h.deps, { origin: 'admin', config: DEFAULT_APP_CONFIG });
    await h.drain();
    await expect(resumeProvisioningRun(h.deps, {})).rejects.toBeInstanceOf(Refusal);
  });
});
