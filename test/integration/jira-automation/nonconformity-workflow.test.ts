/**
 * Clause 10.2 enforced through plain Jira REST: each refusal is Jira's 400 naming what is missing;
 * no sequence reaches the done category by skipping a step.
 */
import { adfDoc } from '../../../src/jira/aims-issue';
import { callAs } from '../../support/test-site';
import { accountOf, jiraOk } from './aims-site';
import {
  correctiveActionOf,
  createAimsIssue,
  editAimsIssue,
  errorMessages,
  link,
  mustTransition,
  offeredTransitions,
  statusOf,
  securityLevelId,
  transition,
} from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

const refusal = async (res: Promise<{ status: number; body: unknown }>): Promise<string> => {
  const r = await res;
  expect(r.status).toBe(400);
  const messages = errorMessages(r.body);
  expect(messages).toHaveLength(1);
  return messages[0] ?? '';
};

const REACTED = {
  correction: 'Model rolled back to v1.3',
  consequences: 'Affected decisions re-run by hand',
};
const ANALYSED = {
  rootCause: 'No drift monitoring on the input data',
  similarCheck: 'Similar could occur',
  similarNotes: 'Checked the two other scoring models: same gap',
};

describe('Nonconformity workflow (ISO/IEC 42001 10.2)', () => {
  it('walks react → cause analysis → action → review → ineffective loop → closed, refusing every skipped step', async () => {
    const nc = await createAimsIssue(
      s,
      'member',
      'nonconformity',
      'Credit model used unvalidated data',
    );
    expect(await statusOf(s, nc)).toBe('React');

    // a) no leaving React without correction and consequences
    const react = await refusal(transition(s, 'member', nc, 'Start cause analysis'));
    expect(react).toMatch(/correction or containment/);
    expect(react).toMatch(/consequences/);
    // The transition screen's values count (modifiedFields)
    await mustTransition(s, 'member', nc, 'Start cause analysis', REACTED);
    expect(await statusOf(s, nc)).toBe('Cause Analysis');

    // b) closing straight from cause analysis (manager) still needs causes, the similar check, a decision and 10.2 e
    const skipToClose = await refusal(
      transition(s, 'manager', nc, 'Close: no corrective action needed'),
    );
    expect(skipToClose).toMatch(/causes/);
    expect(skipToClose).toMatch(/similar nonconformities/);
    expect(skipToClose).toMatch(/Decide whether corrective action is needed/);
    expect(skipToClose).toMatch(/AIMS needs to change/);

    // b) decision "needed" needs a linked corrective action
    await editAimsIssue(s, 'member', nc, { ...ANALYSED, caDecision: 'Corrective action needed' });
    const noAction = await refusal(transition(s, 'member', nc, 'Implement corrective actions'));
    expect(noAction).toMatch(/Link at least one corrective action/);
    expect(noAction).not.toMatch(/causes/);

    const ca = await correctiveActionOf(s, nc, 'Add drift monitoring');
    await mustTransition(s, 'member', nc, 'Implement corrective actions');
    expect(await statusOf(s, nc)).toBe('Implementing Actions');

    // c) no effectiveness review while a corrective action is open
    const open = await refusal(transition(s, 'member', nc, 'Review effectiveness'));
    expect(open).toContain(`Finish corrective action ${ca}`);

    // Corrective action: Done needs implementation notes and evidence
    await mustTransition(s, 'member', ca, 'Start');
    const caRefusal = await refusal(transition(s, 'member', ca, 'Done'));
    expect(caRefusal).toMatch(/Describe what was implemented/);
    expect(caRefusal).toMatch(/evidence/);
    await editAimsIssue(s, 'member', ca, {
      implementationNotes: 'Drift monitor deployed',
      evidence: 'https://wiki.example.com/drift',
    });
    await mustTransition(s, 'member', ca, 'Done');

    // All actions done → the NC moves on by itself and its owner (reporter: member) is told
    expect(await statusOf(s, nc)).toBe('Effectiveness Review');
    const comments = await jiraOk<{ comments: { body: unknown }[] }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${nc}/comment`,
    );
    const mention = JSON.stringify(comments.comments.map((c) => c.body));
    expect(mention).toContain('"type":"mention"');
    expect(mention).toContain(accountOf('member'));
    expect(mention).toContain('effectiveness review');

    // d) verification transitions only for the AIMS manager group
    const memberOffered = (await offeredTransitions(s, 'member', nc)).map((t) => t.name);
    const auditorOffered = (await offeredTransitions(s, 'auditor', nc)).map((t) => t.name);
    const managerOffered = (await offeredTransitions(s, 'manager', nc)).map((t) => t.name);
    expect(memberOffered).not.toContain('Verify effective and close');
    expect(auditorOffered).not.toContain('Verify effective and close');
    expect(memberOffered).not.toContain('Ineffective: back to cause analysis');
    expect(managerOffered).toEqual(
      expect.arrayContaining(['Verify effective and close', 'Ineffective: back to cause analysis']),
    );

    // d) closing without verdict/evidence/reviewer/10.2 e names all of them
    const bare = await refusal(transition(s, 'manager', nc, 'Verify effective and close'));
    for (const part of [
      /was effective/,
      /evidence of the effectiveness review/,
      /Name the person who reviewed/,
      /AIMS needs to change/,
    ]) {
      expect(bare).toMatch(part);
    }
    // d) the implementer may not verify; e) "Yes" needs the change link
    const notIndependent = await refusal(
      transition(s, 'manager', nc, 'Verify effective and close', {
        verdict: 'Effective',
        effectivenessEvidence: 'No drift alerts for 30 days',
        effectivenessReviewer: { user: 'member' },
        aimsChangeNeeded: 'Yes',
      }),
    );
    expect(notIndependent).toContain(`The effectiveness reviewer implemented ${ca}`);
    expect(notIndependent).toMatch(/Link the AIMS change/);
    expect(await statusOf(s, nc)).toBe('Effectiveness Review');

    // Ineffective needs the verdict and evidence, then loops back to cause analysis
    const notIneffective = await refusal(
      transition(s, 'manager', nc, 'Ineffective: back to cause analysis'),
    );
    expect(notIneffective).toMatch(/ineffective/);
    await mustTransition(s, 'manager', nc, 'Ineffective: back to cause analysis', {
      verdict: 'Ineffective',
      effectivenessEvidence: 'Drift alerts were ignored',
    });
    expect(await statusOf(s, nc)).toBe('Cause Analysis');
    const loops = await jiraOk<{ value: { count: number } }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${nc}/properties/aims.effectivenessLoops`,
    );
    expect(loops.value.count).toBe(1);
    const afterLoop = await jiraOk<{ comments: { body: unknown }[] }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${nc}/comment`,
    );
    expect(JSON.stringify(afterLoop.comments.map((c) => c.body))).toContain(
      'Effectiveness review 1',
    );

    // A retried post function (same execution) records nothing twice
    const retry = {
      issue: { key: nc },
      transition: {
        id: 71,
        name: 'Ineffective: back to cause analysis',
        executionId: 'exec-retried',
      },
      atlassianId: accountOf('manager'),
      configuration: { workflow: 'nonconformity', transition: 'backToCauseAnalysis' },
    };
    await s.host.invokeFunction('post-function', retry);
    await s.host.invokeFunction('post-function', retry);
    const retried = await jiraOk<{ value: { count: number } }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${nc}/properties/aims.effectivenessLoops`,
    );
    expect(retried.value.count).toBe(2);
    const retriedComments = await jiraOk<{ comments: unknown[] }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${nc}/comment`,
    );
    expect(retriedComments.comments).toHaveLength(afterLoop.comments.length + 1);

    // The ineffective result cannot be closed away from cause analysis
    const closeAfterIneffective = await refusal(
      transition(s, 'manager', nc, 'Close: no corrective action needed', {
        aimsChangeNeeded: 'No',
      }),
    );
    expect(closeAfterIneffective).toMatch(/Corrective action was decided as needed|ineffective/);

    // Second round: the failed action is reopened by a manager (saying why) and done again,
    // reviewed, verified by someone independent, 10.2 e answered
    await mustTransition(s, 'member', nc, 'Implement corrective actions');
    const reopen = (await offeredTransitions(s, 'manager', ca)).find((t) => t.name === 'Reopen');
    const reopened = await callAs(
      s.site,
      'manager',
      'POST',
      `/rest/api/3/issue/${ca}/transitions`,
      {
        transition: { id: reopen?.id },
        update: { comment: [{ add: { body: adfDoc('Alerts must page, not mail') } }] },
      },
    );
    expect(reopened.status).toBe(204);
    await s.host.waitForIdle();
    await mustTransition(s, 'member', ca, 'Done');
    expect(await statusOf(s, nc)).toBe('Effectiveness Review');
    await mustTransition(s, 'manager', nc, 'Verify effective and close', {
      verdict: 'Effective',
      effectivenessEvidence: 'Alerts acted on within a day for 30 days',
      effectivenessReviewer: { user: 'manager' },
      aimsChangeNeeded: 'No',
    });
    expect(await statusOf(s, nc)).toBe('NC Closed');
    const closure = await jiraOk<{
      value: { aimsChangeNeeded: string; verdict: string; correctiveActions: string[] };
    }>(s.site, 'admin', 'GET', `/rest/api/3/issue/${nc}/properties/aims.closure`);
    expect(closure.value).toMatchObject({
      aimsChangeNeeded: 'no',
      verdict: 'effective',
      correctiveActions: [ca],
    });
  }, 60_000);

  it('refusals and automation comments name no corrective action at another security level', async () => {
    const confidential = await securityLevelId(s, 'Confidential');
    const nc = await createAimsIssue(s, 'member', 'nonconformity', 'Chatbot gave wrong advice');
    await mustTransition(s, 'member', nc, 'Start cause analysis', REACTED);
    await editAimsIssue(s, 'member', nc, { ...ANALYSED, caDecision: 'Corrective action needed' });
    const implementer = { assignee: { accountId: accountOf('manager') } };
    const visible = await createAimsIssue(
      s,
      'manager',
      'correctiveAction',
      'Retrain the bot',
      {},
      implementer,
    );
    const secret = await createAimsIssue(
      s,
      'manager',
      'correctiveAction',
      'Replace the confidential vendor',
      {},
      { ...implementer, security: { id: confidential } },
    );
    await link(s, 'manager', 'corrects', visible, nc);
    await link(s, 'manager', 'corrects', secret, nc);
    await mustTransition(s, 'member', nc, 'Implement corrective actions');

    // The validator runs as the app and is not told who transitions: it names the action in the
    // Nonconformity's project at its level, and only says "not shown" for the other — whoever asks.
    for (const login of ['member', 'manager'] as const) {
      const open = await refusal(transition(s, login, nc, 'Review effectiveness'));
      expect(open).toContain(`Finish corrective action ${visible}`);
      expect(open).toContain('Finish corrective action a linked issue not shown here');
      expect(open).not.toContain(secret);
    }

    for (const ca of [visible, secret]) {
      await mustTransition(s, 'manager', ca, 'Start');
      await editAimsIssue(s, 'manager', ca, {
        implementationNotes: 'Done',
        evidence: 'https://wiki.example.com/evidence',
      });
      await mustTransition(s, 'manager', ca, 'Done');
    }
    expect(await statusOf(s, nc)).toBe('Effectiveness Review');
    const comments = await jiraOk<{ comments: { body: unknown }[] }>(
      s.site,
      'member',
      'GET',
      `/rest/api/3/issue/${nc}/comment`,
    );
    const text = JSON.stringify(comments.comments.map((c) => c.body));
    expect(text).toContain(`all corrective actions (${visible} and 1 more not shown here`);
    expect(text).not.toContain(secret);
  });

  it('no corrective action needed: closes from cause analysis only with the rationale and the 10.2 e answer', async () => {
    const nc = await createAimsIssue(
      s,
      'member',
      'nonconformity',
      'Training record missing',
      REACTED,
    );
    await mustTransition(s, 'member', nc, 'Start cause analysis');
    await editAimsIssue(s, 'member', nc, {
      ...ANALYSED,
      caDecision: 'No corrective action needed',
    });
    // Not offered to a member at all
    expect((await transition(s, 'member', nc, 'Close: no corrective action needed')).status).toBe(
      -1,
    );
    const missing = await refusal(
      transition(s, 'manager', nc, 'Close: no corrective action needed'),
    );
    expect(missing).toMatch(/Explain why no corrective action is needed/);
    expect(missing).toMatch(/AIMS needs to change/);
    // The action path is refused when the decision says none is needed
    const actionPath = await refusal(transition(s, 'member', nc, 'Implement corrective actions'));
    expect(actionPath).toMatch(/no corrective action is needed/);
    await mustTransition(s, 'manager', nc, 'Close: no corrective action needed', {
      caDecisionRationale: 'One-off lapse, record restored',
      aimsChangeNeeded: 'Yes',
      aimsChangeLink: 'https://wiki.example.com/aims/change-7',
    });
    expect(await statusOf(s, nc)).toBe('NC Closed');
  }, 60_000);
});
