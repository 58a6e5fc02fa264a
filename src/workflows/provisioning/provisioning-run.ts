import { z } from 'zod';
import { Refusal } from '../../domain/refusal';
import type { ProductClient } from '../../jira/product-client';
import { ProductApiError } from '../../jira/product-client';
import type { AppConfig } from '../../storage/app-config';
import type { ProvisioningRun } from '../../storage/provisioning-run';
import type { AppIdentity, ProvisioningStep, StateStore } from './provisioning-context';
import { SearchCatchingUp } from './provisioning-context';
import {
  emptyProvisioningState,
  PROVISIONING_STEPS,
  provisioningStep,
  stepTitle,
} from './provision';
import type { TimeBox } from './step-runner';
import { runSteps } from './step-runner';

/**
 * Provisioning as resumable parts on Forge's async events queue. Starting a run saves it and
 * queues its first part; each part (one consumer invocation) runs steps until its time box is
 * used, saves how far it got, and queues the next part. Queue events are delivered at least once:
 * an event whose run id or part number is not the run's current one does nothing, the queue runs
 * one provisioning event at a time (a concurrency key), and the steps are idempotent, so a part
 * that runs again after a time-out or a lost answer finds what it made and goes on.
 */

/** The body of a provisioning event on the queue. */
export const provisioningEventSchema = z.object({
  runId: z.string().min(1),
  chunk: z.number().int().min(0),
});
export type ProvisioningEvent = z.infer<typeof provisioningEventSchema>;

export interface RunStore {
  load(): Promise<ProvisioningRun | undefined>;
  save(run: ProvisioningRun): Promise<void>;
}

export interface ProvisioningQueue {
  push(event: ProvisioningEvent): Promise<void>;
}

export interface RunDeps {
  runs: RunStore;
  states: StateStore;
  queue: ProvisioningQueue;
  now(): Date;
  newRunId(): string;
}

export interface PartDeps extends RunDeps {
  /** Jira as the app (a queued part has no user). */
  jira: ProductClient;
  app: AppIdentity;
  timeBox: TimeBox;
  /** Makes the provisioned project the one triggers and validators act on. */
  activate(projectKey: string): Promise<void>;
}

const ACTIVE: ReadonlySet<ProvisioningRun['status']> = new Set(['queued', 'running', 'waiting']);

/**
 * A run that has not moved for this long has lost its queued event: the queue never waits longer
 * than 15 minutes (delayInSeconds and retryAfter are at most 900 s), and a part runs ≤ 55 s.
 */
export const STALL_AFTER_MS = 20 * 60_000;

/** Retries of one part after a refusal that passes: 5 s, 25 s, 125 s, 625 s (life-cycle docs). */
export const MAX_RETRIES = 4;
export const retryDelaySeconds = (attempt: number): number => Math.min(5 ** attempt, 900);

export const isStalled = (run: ProvisioningRun, now: Date): boolean =>
  ACTIVE.has(run.status) && now.getTime() - Date.parse(run.updatedAt) > STALL_AFTER_MS;

const isGoing = (run: ProvisioningRun, now: Date): boolean =>
  ACTIVE.has(run.status) && !isStalled(run, now);

function alreadyGoing(run: ProvisioningRun): Refusal {
  return new Refusal(
    `Provisioning of project ${run.config.projectKey} is already running (step ${Math.min(run.stepIndex + 1, run.steps.length)} of ${run.steps.length}).`,
    ['Wait for it to finish; its progress shows on this page.'],
  );
}

export interface StartRequest {
  origin: ProvisioningRun['origin'];
  config: AppConfig;
  startedBy?: string;
  installationId?: string;
}

/** Starts a run from the first step and queues its first part. */
export async function startProvisioningRun(
  deps: RunDeps,
  request: StartRequest,
): Promise<ProvisioningRun> {
  const current = await deps.runs.load();
  const now = deps.now();
  // The install event arrives at least once: its second delivery starts nothing.
  if (request.installationId && current?.installationId === request.installationId) return current;
  if (current && isGoing(current, now)) throw alreadyGoing(current);
  const at = now.toISOString();
  const run: ProvisioningRun = {
    runId: deps.newRunId(),
    chunk: 0,
    origin: request.origin,
    ...(request.startedBy ? { startedBy: request.startedBy } : {}),
    ...(request.installationId ? { installationId: request.installationId } : {}),
    config: request.config,
    status: 'queued',
    steps: PROVISIONING_STEPS.map((s) => s.name),
    stepIndex: 0,
    changes: [],
    retries: 0,
    parts: 0,
    startedAt: at,
    updatedAt: at,
  };
  // A new run goes through every step again: until it has, the project is not complete.
  const state = await deps.states.load(request.config.projectKey);
  if (state) {
    state.completedSteps = [];
    delete state.completedAt;
    await deps.states.save(state);
  }
  return queueFirstPart(deps, run);
}

/**
 * Continues a failed (or stalled) run from the step it stopped at, with the configuration it
 * started with, under a new run id (so a late event of the old one does nothing).
 */
export async function resumeProvisioningRun(
  deps: RunDeps,
  request: { startedBy?: string },
): Promise<ProvisioningRun> {
  const current = await deps.runs.load();
  const now = deps.now();
  if (!current || current.status === 'completed') {
    throw new Refusal('There is no stopped provisioning run to resume.', [
      'Press Provision to start a run.',
    ]);
  }
  if (isGoing(current, now)) throw alreadyGoing(current);
  const run: ProvisioningRun = {
    ...current,
    runId: deps.newRunId(),
    chunk: 0,
    status: 'queued',
    retries: 0,
    updatedAt: now.toISOString(),
    ...(request.startedBy ? { startedBy: request.startedBy } : {}),
  };
  delete run.failure;
  delete run.waiting;
  delete run.finishedAt;
  return queueFirstPart(deps, run);
}

async function queueFirstPart(deps: RunDeps, run: ProvisioningRun): Promise<ProvisioningRun> {
  await deps.runs.save(run);
  try {
    await deps.queue.push({ runId: run.runId, chunk: run.chunk });
  } catch (err) {
    const failed = failedRun(run, deps.now(), 'The provisioning could not be queued.', err);
    await deps.runs.save(failed);
    throw new Refusal('Provisioning could not be started: the queue refused it.', [errorText(err)]);
  }
  return run;
}

export type PartOutcome =
  | { kind: 'ignored'; reason: string }
  | { kind: 'paused' }
  | { kind: 'completed' }
  | { kind: 'failed' }
  | { kind: 'retry'; afterSeconds: number; rateLimited: boolean };

/** One part of a run: the queue's consumer calls this with the event's body. */
export async function runProvisioningPart(
  deps: PartDeps,
  event: ProvisioningEvent,
): Promise<PartOutcome> {
  const run = await deps.runs.load();
  if (!run || run.runId !== event.runId) {
    return { kind: 'ignored', reason: 'the event belongs to another run' };
  }
  if (run.chunk !== event.chunk || !ACTIVE.has(run.status)) {
    return { kind: 'ignored', reason: 'this part of the run has already run' };
  }
  const save = async (): Promise<void> => {
    run.updatedAt = deps.now().toISOString();
    await deps.runs.save(run);
  };
  const steps = run.steps.map(provisioningStep);
  const unknown = run.steps.filter((_, i) => !steps[i]);
  if (unknown.length > 0) {
    Object.assign(
      run,
      failedRun(run, deps.now(), 'This version of the app runs other provisioning steps.', [
        `Unknown steps: ${unknown.join(', ')}. Press Provision to start a new run.`,
      ]),
    );
    await save();
    return { kind: 'failed' };
  }
  const projectKey = run.config.projectKey;
  const state =
    (await deps.states.load(projectKey)) ?? emptyProvisioningState(projectKey, deps.now());
  run.status = 'running';
  run.parts += 1;
  delete run.waiting;
  await save();
  let current = run.stepIndex;
  try {
    const outcome = await runSteps(
      {
        jira: deps.jira,
        config: run.config,
        app: deps.app,
        dryRun: false,
        state,
        store: deps.states,
        now: deps.now,
        record: (change) => run.changes.push(change),
      },
      steps as ProvisioningStep[],
      run.stepIndex,
      deps.timeBox,
      {
        stepStarting: async (index) => {
          current = index;
          run.stepIndex = index;
          await save();
        },
        stepFinished: async (index) => {
          run.stepIndex = index + 1;
          run.retries = 0;
          await save();
        },
        checkpointSaved: save,
      },
    );
    if (outcome.paused) return await queueNextPart(deps, run, save);
    state.completedAt = deps.now().toISOString();
    await deps.states.save(state);
    await deps.activate(projectKey);
    run.status = 'completed';
    run.finishedAt = deps.now().toISOString();
    await save();
    return { kind: 'completed' };
  } catch (err) {
    const passing = passingReason(err, run);
    if (passing && run.retries < MAX_RETRIES) {
      run.retries += 1;
      const afterSeconds = retryDelaySeconds(run.retries);
      run.status = 'waiting';
      run.waiting = {
        reason: `${passing} Trying again (${run.retries} of ${MAX_RETRIES}).`,
        retryAt: new Date(deps.now().getTime() + afterSeconds * 1000).toISOString(),
      };
      await save();
      return {
        kind: 'retry',
        afterSeconds,
        rateLimited: err instanceof ProductApiError && err.status === 429,
      };
    }
    const message = passing
      ? `${passing} It did not pass after ${MAX_RETRIES} retries.`
      : failureMessage(err, current, run);
    Object.assign(run, failedRun(run, deps.now(), message, err, current));
    await save();
    return { kind: 'failed' };
  }
}

function failureMessage(err: unknown, index: number, run: ProvisioningRun): string {
  const step = `step ${index + 1} of ${run.steps.length} (${stepTitle(run.steps[index] ?? '')})`;
  if (err instanceof ProductApiError) return `Jira refused a request of ${step}.`;
  return `Provisioning could not finish ${step}.`;
}

async function queueNextPart(
  deps: PartDeps,
  run: ProvisioningRun,
  save: () => Promise<void>,
): Promise<PartOutcome> {
  run.chunk += 1;
  run.status = 'queued';
  await save();
  try {
    await deps.queue.push({ runId: run.runId, chunk: run.chunk });
    return { kind: 'paused' };
  } catch (err) {
    Object.assign(run, failedRun(run, deps.now(), 'The next part could not be queued.', err));
    await save();
    return { kind: 'failed' };
  }
}

/**
 * A refusal that passes with time, in words, or undefined: rate limits and outages, and right
 * after install the app's permissions (Forge docs events-reference/life-cycle: the installed
 * event "may be sent before the app is granted the permissions needed", typically 401 or 403).
 */
function passingReason(err: unknown, run: ProvisioningRun): string | undefined {
  if (err instanceof SearchCatchingUp) return err.message;
  if (!(err instanceof ProductApiError)) return undefined;
  if (err.status === 429) return `Jira is limiting the app's requests (HTTP 429).`;
  if (err.status >= 500) return `Jira did not answer (HTTP ${err.status}).`;
  if ((err.status === 401 || err.status === 403) && run.origin === 'install') {
    return `Jira has not granted the newly installed app its permissions yet (HTTP ${err.status}); on a large site this takes minutes.`;
  }
  return undefined;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function failedRun(
  run: ProvisioningRun,
  now: Date,
  message: string,
  cause: unknown,
  stepIndex = run.stepIndex,
): ProvisioningRun {
  const failed: ProvisioningRun = {
    ...run,
    status: 'failed',
    failure: { step: run.steps[stepIndex] ?? '', message, details: causeLines(cause) },
    finishedAt: now.toISOString(),
  };
  delete failed.waiting;
  return failed;
}

/** What went wrong, in lines a person reads (with a hint where Jira refused the app). */
function causeLines(cause: unknown): string[] {
  if (cause instanceof Refusal) return [cause.message, ...cause.details];
  if (cause instanceof ProductApiError) {
    const hint =
      cause.status === 401 || cause.status === 403
        ? [
            'If the app was installed just now, Jira may not have granted it its permissions yet: wait a few minutes, then resume.',
          ]
        : [];
    return [`Jira answered HTTP ${cause.status}.`, ...cause.details, ...hint];
  }
  if (Array.isArray(cause)) return cause.map(String);
  return [errorText(cause)];
}
