import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';

export type TaskStatus =
  'ENQUEUED' | 'RUNNING' | 'COMPLETE' | 'FAILED' | 'CANCEL_REQUESTED' | 'CANCELLED' | 'DEAD';

/** A long-running asynchronous task (Jira's TaskProgressBean), times in epoch milliseconds. */
export interface TaskDoc {
  id: string;
  /** What kind of work it is, e.g. `workflow-scheme-switch`, and what it works on. */
  kind: string;
  subject: string;
  description: string;
  status: TaskStatus;
  message: string;
  progress: number;
  submitted: number;
  started?: number;
  finished?: number;
  lastUpdate: number;
  /** Account id of who submitted it. */
  submittedBy: string;
}

/**
 * Jira's asynchronous tasks: submitted ENQUEUED, run after the submitting request has been answered
 * (never inside it), then COMPLETE with a result or FAILED with a message. Clients follow them with
 * `GET /task/{taskId}`.
 */
export class TaskModel {
  private readonly table: DocTable<TaskDoc>;

  constructor(private readonly ctx: SiteContext) {
    this.table = new DocTable<TaskDoc>(ctx.db, 'jira_tasks');
  }

  byId(id: string): TaskDoc | undefined {
    return this.table.get(id);
  }

  /** Tasks of a kind on a subject that have not finished yet. */
  unfinished(kind: string, subject: string): TaskDoc[] {
    return this.table.filter(
      (t) =>
        t.kind === kind &&
        t.subject === subject &&
        (t.status === 'ENQUEUED' || t.status === 'RUNNING'),
    );
  }

  /**
   * Submits `work` as a task and answers it ENQUEUED; the work runs on a later turn of the event
   * loop. Its return value is the task's message; a thrown error fails the task with its message.
   */
  submit(
    input: Pick<TaskDoc, 'kind' | 'subject' | 'description' | 'submittedBy'>,
    work: () => string,
  ): TaskDoc {
    const now = this.ctx.now().getTime();
    const task = this.table.put({
      ...input,
      id: String(this.ctx.meta.next('jira:task', 10000)),
      status: 'ENQUEUED',
      message: '',
      progress: 0,
      submitted: now,
      lastUpdate: now,
    });
    setImmediate(() => this.run(task.id, work));
    return task;
  }

  private run(id: string, work: () => string): void {
    // The site may have been closed since (a test's teardown): nothing is left to update.
    if (!this.ctx.db.open) return;
    const task = this.table.get(id);
    if (!task || task.status !== 'ENQUEUED') return;
    const started = this.ctx.now().getTime();
    this.table.put({ ...task, status: 'RUNNING', started, lastUpdate: started });
    let outcome: Pick<TaskDoc, 'status' | 'message' | 'progress'>;
    try {
      outcome = { status: 'COMPLETE', message: work(), progress: 100 };
    } catch (err) {
      outcome = {
        status: 'FAILED',
        message: err instanceof Error ? err.message : String(err),
        progress: 0,
      };
    }
    const finished = this.ctx.now().getTime();
    const current = this.table.get(id);
    if (current) this.table.put({ ...current, ...outcome, finished, lastUpdate: finished });
  }
}
