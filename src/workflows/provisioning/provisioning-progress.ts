import type { ProvisioningRun } from '../../storage/provisioning-run';
import type { ProvisioningProgressView } from '../../ui-contract/provisioning-view';
import { stepTitle } from './provision';
import { isStalled } from './provisioning-run';

/** What the admin page shows of a run: step n of m, the current step, why it waits or stopped. */
export function provisioningProgressView(
  run: ProvisioningRun,
  now: Date,
): ProvisioningProgressView {
  const totalSteps = run.steps.length;
  const completed = run.status === 'completed';
  const stalled = isStalled(run, now);
  const status = stalled ? 'stalled' : run.status;
  const index = Math.min(run.stepIndex, totalSteps - 1);
  const message =
    status === 'failed'
      ? (run.failure?.message ?? 'Provisioning stopped.')
      : status === 'waiting'
        ? (run.waiting?.reason ?? null)
        : status === 'stalled'
          ? `Nothing has happened since ${run.updatedAt}: the queued part of the run was lost.`
          : null;
  return {
    runId: run.runId,
    projectKey: run.config.projectKey,
    origin: run.origin,
    status,
    stepsDone: completed ? totalSteps : Math.min(run.stepIndex, totalSteps),
    totalSteps,
    stepNumber: completed ? null : index + 1,
    currentStep: completed ? null : stepTitle(run.steps[index] ?? ''),
    message,
    details: status === 'failed' ? (run.failure?.details ?? []) : [],
    retryAt: status === 'waiting' ? (run.waiting?.retryAt ?? null) : null,
    canResume: status === 'failed' || status === 'stalled',
    changes: run.changes,
    startedAt: run.startedAt,
    updatedAt: run.updatedAt,
    finishedAt: run.finishedAt ?? null,
  };
}
