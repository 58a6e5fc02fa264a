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
  /** Work held back by `progressReadsRunning`: how many more reads answer RUNNING, and the work. */
  private readonly held = new Map<string, { reads: number; work: () => string }>();
  /**
   * How many progress reads a task answers RUNNING before its work runs (0, the default: it runs
   * on the next turn of the event loop). A Jira whose task queue is busy, counted in the client's
   * reads rather than in time so a test of it is the same on any machine.
   */
  progressReadsRunning = 0;

  constructor(private readonly ctx: SiteContext) {
    this.table = new DocTable<TaskDoc>(ctx.db, 'jira_tasks');
  }

  byId(id: string): TaskDoc | undefined {
    return this.table.get(id);
  }

  /** `task` as its client's progress read sees it (a held task counts the read, see `progressReadsRunning`). */
  read(task: TaskDoc): TaskDoc {
    const id = task.id;
    const held = this.held.get(id);
    if (held) {
      held.reads -= 1;
      const current = this.table.get(id);
      if (current?.status === 'ENQUEUED') {
        const started = this.ctx.now().getTime();
        this.table.put({ ...current, status: 'RUNNING', started, lastUpdate: started });
      }
      if (held.reads <= 0) {
        this.held.delete(id);
        setImmediate(() => this.run(id, held.work));
      }
    }
    return this.table.get(id) ?? task;
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
    if (this.progressReadsRunning > 0)
      this.held.set(task.id, { reads: this.progressReadsRunning, work });
    else setImmediate(() => this.run(task.id, work));
    return task;
  }

  private run(id: string, work: () => string): void {
    // The site may have been closed since (a test's teardown): nothing is left to update.
    if (!this.ctx.db.open) return;
    const task = this.table.get(id);
    if (!task || (task.status !== 'ENQUEUED' && task.status !== 'RUNNING')) return;
    const started = task.started ?? this.ctx.now().getTime();
    this.table.put({ ...task, status: 'RUNNING', started, lastUpdate: this.ctx.now().getTime() });
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
