/**
 * The clause 10.2 steps as people take them in Jira: record what the step needs, then run the
 * transition (the app's validator checks it). Corrective actions are done by their implementer
 * (member@example.com); the app moves the Nonconformity to effectiveness review by itself, and
 * the AIMS manager, who implemented nothing, reviews the effectiveness.
 */
import { daysFromNow } from './demo-dates';
import type { DemoJira } from './demo-jira';
import type { DemoLogin } from './demo-rest';
import { demoUser } from './demo-rest';

export interface Analysis {
  causes: string;
  similar: 'None exist or could occur' | 'Similar exist' | 'Similar could occur';
  similarNotes: string;
}

/** A corrective action of a story; `done` when its implementer has finished it. */
export interface StoryAction {
  summary: string;
  dueInDays: number;
  implementer?: DemoLogin;
  done?: { notes: string; evidence: string };
}

/** A nonconformity taken through 10.2 a) to c): reaction, analysis, its corrective actions. */
export interface CorrectionStory {
  correction: string;
  consequences: string;
  analysis: Analysis;
  actions: StoryAction[];
}

export class NonconformitySteps {
  constructor(
    private readonly jira: DemoJira,
    private readonly settle: () => Promise<void>,
  ) {}

  /**
   * 10.2 a) to c) as the story tells: react, analyse, add the actions, implement, and let the
   * implementers finish the done ones; when all are done, the app must move `nc` to
   * effectiveness review. Returns the actions' keys in the story's order.
   */
  async correct(nc: string, story: CorrectionStory): Promise<string[]> {
    await this.react(nc, story.correction, story.consequences);
    await this.analyse(nc, story.analysis);
    const keys: string[] = [];
    for (const a of story.actions)
      keys.push(await this.addCorrectiveAction(nc, a.summary, a.dueInDays, a.implementer));
    await this.implement(nc);
    for (const [i, a] of story.actions.entries()) {
      if (a.done) await this.completeAction(keys[i] ?? '', a.done.notes, a.done.evidence);
    }
    if (story.actions.every((a) => a.done)) await this.expectEffectivenessReview(nc);
    return keys;
  }

  /** 10.2 a) correction and consequences, then on to cause analysis. */
  async react(nc: string, correction: string, consequences: string): Promise<void> {
    await this.jira.edit(
      'manager',
      nc,
      { correction, consequences },
      {
        assignee: { accountId: demoUser('manager').accountId },
      },
    );
    await this.jira.transition('manager', nc, 'Start cause analysis');
  }

  /** 10.2 b) causes, similar nonconformities, and the decision that corrective action is needed. */
  async analyse(nc: string, a: Analysis): Promise<void> {
    await this.jira.edit('manager', nc, {
      rootCause: a.causes,
      similarCheck: a.similar,
      similarNotes: a.similarNotes,
      caDecision: 'Corrective action needed',
      caDecisionRationale: 'The cause can recur unless the process changes.',
    });
  }

  /** A Corrective Action that corrects `nc`, assigned to its implementer. */
  async addCorrectiveAction(
    nc: string,
    summary: string,
    dueInDays: number,
    implementer: DemoLogin = 'member',
  ): Promise<string> {
    const ca = await this.jira.create(
      'manager',
      'Corrective Action',
      summary,
      {},
      { duedate: daysFromNow(dueInDays), assignee: { accountId: demoUser(implementer).accountId } },
    );
    await this.jira.link('manager', 'AIMS Corrects', ca, nc);
    return ca;
  }

  /** 10.2 c) */
  async implement(nc: string): Promise<void> {
    await this.jira.transition('manager', nc, 'Implement corrective actions');
  }

  /** The implementer records what was done and the evidence, and marks the action done. */
  async completeAction(
    ca: string,
    notes: string,
    evidence: string,
    by: DemoLogin = 'member',
  ): Promise<void> {
    await this.jira.transition(by, ca, 'Start');
    await this.jira.edit(by, ca, { implementationNotes: notes, evidence });
    await this.jira.transition(by, ca, 'Done');
    await this.settle();
  }

  async startAction(ca: string, by: DemoLogin = 'member'): Promise<void> {
    await this.jira.transition(by, ca, 'Start');
  }

  /** The app moves the Nonconformity on once all its actions are done; check that it did. */
  async expectEffectivenessReview(nc: string): Promise<void> {
    await this.settle();
    const status = await this.jira.statusOf(nc);
    if (status !== 'Effectiveness Review') {
      throw new Error(
        `${nc} is "${status}" after its corrective actions were done: the app's automation did not move it to Effectiveness Review`,
      );
    }
  }

  /** 10.2 d) + e): an effective verdict with evidence by the manager, and the AIMS-change answer. */
  async closeEffective(nc: string, evidence: string): Promise<void> {
    await this.jira.edit('manager', nc, {
      verdict: 'Effective',
      effectivenessEvidence: evidence,
      effectivenessReviewer: { user: 'manager' },
      aimsChangeNeeded: 'No',
    });
    await this.jira.transition('manager', nc, 'Verify effective and close');
    await this.settle();
  }

  /** 10.2 d) found ineffective: back to cause analysis. */
  async loopBackIneffective(nc: string, evidence: string): Promise<void> {
    await this.jira.edit('manager', nc, {
      verdict: 'Ineffective',
      effectivenessEvidence: evidence,
      effectivenessReviewer: { user: 'manager' },
    });
    await this.jira.transition('manager', nc, 'Ineffective: back to cause analysis');
    await this.settle();
  }
}
