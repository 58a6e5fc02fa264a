import type { ProvisioningStep, StepContext } from './provisioning-context';

/** Whether the part of a run that is going has used its share of the invocation's time. */
export interface TimeBox {
  timeUp(): boolean;
}

/** No limit: the whole run in one go (the dry run, and provisioning outside Forge). */
export const UNBOUNDED: TimeBox = { timeUp: () => false };

/** What `checkpoint()` throws to pause a step; `runSteps` catches it, nothing else sees it. */
class Pause extends Error {}

export interface StepHooks {
  /** Before step `index` runs (the run can show it as the current step). */
  stepStarting?(index: number): Promise<void>;
  /** After step `index` finished and the state (with it in `completedSteps`) was saved. */
  stepFinished?(index: number): Promise<void>;
  /** After a checkpoint saved the state. */
  checkpointSaved?(): Promise<void>;
}

export interface StepsOutcome {
  /** The first step not finished (`steps.length` when all are). */
  next: number;
  /** True when the time box ran out before the last step finished. */
  paused: boolean;
}

/**
 * Runs `steps` from index `from`, in order, until they are all done or the time box is used up.
 * Time is checked between steps and at the steps' checkpoints, and only once this part has made
 * progress (a step finished, or a checkpoint saved something new), so every part moves the run
 * on however slow Jira is. What a step throws is thrown on (the run has saved what it did).
 */
export async function runSteps(
  base: Omit<StepContext, 'checkpoint'>,
  steps: readonly ProvisioningStep[],
  from: number,
  timeBox: TimeBox,
  hooks: StepHooks = {},
): Promise<StepsOutcome> {
  let progressed = false;
  let saved = JSON.stringify(base.state);
  const ctx: StepContext = {
    ...base,
    checkpoint: async () => {
      if (base.dryRun) return;
      const current = JSON.stringify(base.state);
      if (current !== saved) {
        await base.store.save(base.state);
        saved = current;
        progressed = true;
        await hooks.checkpointSaved?.();
      }
      if (progressed && timeBox.timeUp()) throw new Pause();
    },
  };
  for (let index = from; index < steps.length; index += 1) {
    if (progressed && timeBox.timeUp()) return { next: index, paused: true };
    const step = steps[index];
    if (!step) break;
    await hooks.stepStarting?.(index);
    try {
      await step.run(ctx);
    } catch (err) {
      if (err instanceof Pause) return { next: index, paused: true };
      throw err;
    }
    if (!base.dryRun) {
      if (!base.state.completedSteps.includes(step.name)) base.state.completedSteps.push(step.name);
      await base.store.save(base.state);
      saved = JSON.stringify(base.state);
    }
    progressed = true;
    await hooks.stepFinished?.(index);
  }
  return { next: steps.length, paused: false };
}
