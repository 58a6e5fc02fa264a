import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from './product-client';

/** The states of a Jira task (TaskProgressBean, and the bulk operations' progress). */
export const jiraTaskStatusSchema = z.enum([
  'ENQUEUED',
  'RUNNING',
  'COMPLETE',
  'FAILED',
  'CANCEL_REQUESTED',
  'CANCELLED',
  'DEAD',
]);

/** The slice of Jira's TaskProgressBean the app reads. */
export const jiraTaskSchema = z.object({
  id: z.string(),
  status: jiraTaskStatusSchema,
  message: z.string().optional(),
  progress: z.number().optional(),
});
export type JiraTask = z.infer<typeof jiraTaskSchema>;

/** Whether Jira is still working on the task. */
export const isRunning = (task: JiraTask): boolean =>
  task.status === 'ENQUEUED' || task.status === 'RUNNING' || task.status === 'CANCEL_REQUESTED';

export interface FollowOptions {
  /** How long to wait in all before giving up for now (the task keeps running in Jira). */
  maxWaitMs: number;
  /** Waits between reads; tests may pass a fake. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Follows a long-running Jira task (GET /task/{taskId}) until it has finished or `maxWaitMs` has
 * been spent waiting, reading again after 100 ms, then twice as long each time (at most 2 s).
 * Answers the last state read: finished, or still running when the wait ran out.
 */
export async function followTask(
  jira: ProductClient,
  task: JiraTask,
  options: FollowOptions,
): Promise<JiraTask> {
  const sleep = options.sleep ?? realSleep;
  let current = task;
  let waited = 0;
  let delay = 100;
  while (isRunning(current) && waited < options.maxWaitMs) {
    const pause = Math.min(delay, options.maxWaitMs - waited);
    await sleep(pause);
    waited += pause;
    delay = Math.min(delay * 2, 2000);
    current = await jira.get(route`/rest/api/3/task/${current.id}`, jiraTaskSchema);
  }
  return current;
}
