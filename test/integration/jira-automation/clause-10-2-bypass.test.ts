/**
 * Clause 10.2 tried as a hostile or careless user would, through plain Jira REST as the seeded
 * people: each bypass is refused with its message, then the allowed path works.
 */
import { APP_RULE_NOTE } from '../../../src/domain/lifecycle/app-rule';
import type { SeededLogin } from '../../support/test-site';
import { accountOf, jiraOk } from './aims-site';
import type { FieldInput } from './aims-rest';
import {
  createAimsIssue,
  editAimsIssue,
  editRefusal as editRefusalAs,
  link,
  linkedKeys,
  linksOf,
  mustTransition,
  refusalText as refusal,
  reopeningsOf,
  offeredTransitions,
  statusOf,
  transition,
  transitionWithComment as transitionWithCommentAs,
} from './aims-rest';
import { aimsSitePerFile } from './aims-site-per-file';

const s = aimsSitePerFile();

const transitionWithComment = (
  login: SeededLogin,
  key: string,
  name: string,
  comment: string,
  values: FieldInput = {},
) => transitionWithCommentAs(s, login, key, name, comment, values);

const editRefusal = (login: SeededLogin, key: string, values: FieldInput) =>
  editRefusalAs(s, login, key, values);

const REACTED = { correction: 'Rolled back', consequences: 'Decisions re-run' };
const ANALYSED = {
  rootCause: 'No drift monitoring',
  similarCheck: 'Similar could occur',
  similarNotes: 'Checked the other models',
  caDecision: 'Corrective action needed',
};

/** An NC in Effectiveness Review whose one corrective action `member` implemented. */
async function ncInReview(summary: string): Promise<{ nc: string; ca: string }> {
  const nc = await createAimsIssue(s, 'member', 'nonconformity', summary, REACTED);
  await mustTransition(s, 'member', nc, 'Start cause analysis');
  await editAimsIssue(s, 'member', nc, ANALYSED);
  const ca = await createAimsIssue(
    s,
    'member',
    'correctiveAction',
    `Fix: ${summary}`,
    {},
    {
      assignee: { accountId: accountOf('member') },
    },
  );
  await link(s, 'member', 'corrects', ca, nc);
  await mustTransition(s, 'member', nc, 'Implement corrective actions');
  await mustTransition(s, 'member', ca, 'Start');
  await editAimsIssue(s, 'member', ca, { implementationNotes: 'Done', evidence: 'Change 1' });
  await mustTransition(s, 'member', ca, 'Done');
  expect(await statusOf(s, nc)).toBe('Effectiveness Review');
  return { nc, ca };
}

describe('clause 10.2 cannot be bypassed', () => {
  it('closed records are read-only; only a manager reopens them, saying why', async () => {
    const { nc, ca } = await ncInReview('Read-only check');
    // Corrective Action done: no field edit, not even by a site admin
    expect(await editRefusal('member', ca, { evidence: 'rewritten' })).toMatch(/cannot be set/);
    expect(await editRefusal('admin', ca, { evidence: 'rewritten' })).toMatch(/cannot be set/);
    const meta = await jiraOk<{ fields: object }>(
      s.site,
      'member',
      'GET',
      `/rest/api/3/issue/${ca}/editmeta`,
    );
    expect(meta.fields).toEqual({});
    // Reopening: not offered to the implementer; a manager must give the reason
    expect((await offeredTransitions(s, 'member', ca)).map((t) => t.name)).not.toContain('Reopen');
    const noReason = await refusal(transition(s, 'manager', ca, 'Reopen'));
    expect(noReason).toContain('Say why this closed record is reopened');
    expect(noReason).toContain(APP_RULE_NOTE);
    expect(
      (await transitionWithComment('manager', ca, 'Reopen', 'Evidence link was wrong')).status,
    ).toBe(204);
    expect(await statusOf(s, ca)).toBe('In Progress');
    expect(await reopeningsOf(s, ca)).toEqual([
      expect.objectContaining({ byAccountId: accountOf('manager') }),
    ]);
    await editAimsIssue(s, 'member', ca, { evidence: 'Change 1, corrected link' });
    await mustTransition(s, 'member', ca, 'Done');
    // Closed Nonconformity: read-only; reopened by a manager with the reason
    await mustTransition(s, 'manager', nc, 'Verify effective and close', {
      verdict: 'Effective',
      effectivenessEvidence: 'No alerts for 30 days',
      effectivenessReviewer: { user: 'manager' },
      aimsChangeNeeded: 'No',
    });
    expect(await statusOf(s, nc)).toBe('NC Closed');
    expect(await editRefusal('manager', nc, { verdict: 'Ineffective' })).toMatch(/cannot be set/);
    expect((await transition(s, 'member', nc, 'Reopen nonconformity')).status).toBe(-1);
    expect(await refusal(transition(s, 'manager', nc, 'Reopen nonconformity'))).toContain(
      'Say why',
    );
    expect(
      (await transitionWithComment('manager', nc, 'Reopen nonconformity', 'Recurred in May'))
        .status,
    ).toBe(204);
    expect(await statusOf(s, nc)).toBe('Cause Analysis');
  }, 90_000);

  it('only the recorded reviewer verifies, and reassigning a done action does not launder its implementer', async () => {
    const { nc, ca } = await ncInReview('Reviewer check');
    // A manager closing with someone else recorded as reviewer is refused
    const forged = await refusal(
      transition(s, 'manager', nc, 'Verify effective and close', {
        verdict: 'Effective',
        effectivenessEvidence: 'Looks fine',
        effectivenessReviewer: { user: 'auditor' },
        aimsChangeNeeded: 'No',
      }),
    );
    expect(forged).toContain('only by the effectiveness reviewer recorded');
    expect(forged).toContain(APP_RULE_NOTE);
    // The implementer's action handed to the manager afterwards (an admin overriding the
    // read-only status) still counts the member as its implementer; the member is frozen in
    const frozen = await jiraOk<{ value: { accountIds: string[] } }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${ca}/properties/aims.implementer`,
    );
    expect(frozen.value.accountIds).toEqual([accountOf('member')]);
    await jiraOk(s.site, 'admin', 'PUT', `/rest/api/3/issue/${ca}?overrideEditableFlag=true`, {
      fields: { assignee: { accountId: accountOf('manager') } },
    });
    // The manager now shows as its assignee: a manager who is recorded reviewer is refused
    const laundered = await refusal(
      transition(s, 'manager', nc, 'Verify effective and close', {
        verdict: 'Effective',
        effectivenessEvidence: 'Looks fine',
        effectivenessReviewer: { user: 'manager' },
        aimsChangeNeeded: 'No',
      }),
    );
    expect(laundered).toContain(`The effectiveness reviewer implemented ${ca}`);
    // Handing it back to the member does not erase the frozen member either; the manager,
    // who never implemented it, may now verify it as the recorded reviewer.
    await jiraOk(s.site, 'admin', 'PUT', `/rest/api/3/issue/${ca}?overrideEditableFlag=true`, {
      fields: { assignee: { accountId: accountOf('auditor') } },
    });
    await mustTransition(s, 'manager', nc, 'Verify effective and close', {
      verdict: 'Effective',
      effectivenessEvidence: 'No alerts for 30 days',
      effectivenessReviewer: { user: 'manager' },
      aimsChangeNeeded: 'No',
    });
    expect(await statusOf(s, nc)).toBe('NC Closed');
  }, 90_000);

  it('an ineffective verdict clears the review; the next one needs an action completed after it', async () => {
    const { nc, ca } = await ncInReview('Loop check');
    await mustTransition(s, 'manager', nc, 'Ineffective: back to cause analysis', {
      verdict: 'Ineffective',
      effectivenessEvidence: 'Alerts ignored',
      effectivenessReviewer: { user: 'manager' },
    });
    const cleared = await jiraOk<{ fields: Record<string, unknown> }>(
      s.site,
      'admin',
      'GET',
      `/rest/api/3/issue/${nc}`,
    );
    for (const f of ['verdict', 'effectivenessEvidence', 'effectivenessReviewer'])
      expect(cleared.fields[s.ids.fields[f] ?? '']).toBeNull();
    // Re-reviewing the action that already failed is refused
    await mustTransition(s, 'member', nc, 'Implement corrective actions');
    const stale = await refusal(transition(s, 'member', nc, 'Review effectiveness'));
    expect(stale).toContain('complete a corrective action after that review');
    // A new action completed after the loop lets the review and the closing happen
    const ca2 = await createAimsIssue(
      s,
      'member',
      'correctiveAction',
      'Page on-call',
      {},
      {
        assignee: { accountId: accountOf('member') },
      },
    );
    await link(s, 'member', 'corrects', ca2, nc);
    await mustTransition(s, 'member', ca2, 'Start');
    await editAimsIssue(s, 'member', ca2, { implementationNotes: 'Paging', evidence: 'Change 2' });
    await mustTransition(s, 'member', ca2, 'Done');
    expect(await statusOf(s, nc)).toBe('Effectiveness Review');
    await mustTransition(s, 'manager', nc, 'Verify effective and close', {
      verdict: 'Effective',
      effectivenessEvidence: 'Pages answered within the hour',
      effectivenessReviewer: { user: 'manager' },
      aimsChangeNeeded: 'No',
    });
    expect(await statusOf(s, nc)).toBe('NC Closed');
    expect(ca).not.toBe(ca2);
  }, 90_000);

  it("a major finding's NC closes without action only by a manager with a rationale; its grade is locked, re-graded only by a manager", async () => {
    const finding = await createAimsIssue(s, 'auditor', 'auditFinding', 'No bias testing', {
      findingGrade: 'Major nonconformity',
      isoReference: 'ISO42001:A.6.2.4',
    });
    await s.host.waitForIdle();
    const [nc = ''] = linkedKeys(await linksOf(s, finding), 'raises');
    expect(await statusOf(s, finding)).toBe('Nonconformity Raised');
    // Grade locked: no edit, even by the auditor who graded it
    expect(await editRefusal('auditor', finding, { findingGrade: 'Observation' })).toMatch(
      /cannot be set/,
    );
    expect((await transition(s, 'auditor', finding, 'Re-grade finding')).status).toBe(-1);
    const regradeBare = await refusal(
      transition(s, 'manager', finding, 'Re-grade finding', { findingGrade: 'Observation' }),
    );
    expect(regradeBare).toContain('Say why the finding is re-graded');
    expect(regradeBare).toContain(`The Nonconformity ${nc} this finding raised is still open`);
    expect(
      (
        await transitionWithComment('manager', finding, 'Re-grade finding', 'Only one model', {
          findingGrade: 'Minor nonconformity',
        })
      ).status,
    ).toBe(204);
    expect(await statusOf(s, finding)).toBe('Nonconformity Raised');
    expect(linkedKeys(await linksOf(s, finding), 'raises')).toEqual([nc]);
    expect(await statusOf(s, nc)).toBe('React');

    // No corrective action needed: never offered to a member, refused without a rationale
    await editAimsIssue(s, 'member', nc, REACTED);
    await mustTransition(s, 'member', nc, 'Start cause analysis');
    await editAimsIssue(s, 'member', nc, {
      ...ANALYSED,
      caDecision: 'No corrective action needed',
      aimsChangeNeeded: 'No',
    });
    expect((await transition(s, 'member', nc, 'Close: no corrective action needed')).status).toBe(
      -1,
    );
    expect(
      await refusal(transition(s, 'manager', nc, 'Close: no corrective action needed')),
    ).toContain('Explain why no corrective action is needed');
    await mustTransition(s, 'manager', nc, 'Close: no corrective action needed', {
      caDecisionRationale: 'Bias tests were run by the supplier; records obtained',
    });
    expect(await statusOf(s, nc)).toBe('NC Closed');
  }, 90_000);

  it('a link whose grade lock meets a server error is delivered again, and the grade is locked', async () => {
    const finding = await createAimsIssue(s, 'auditor', 'auditFinding', 'Drift unmonitored', {
      findingGrade: 'Observation',
    });
    const nc = await createAimsIssue(s, 'member', 'nonconformity', 'Drift monitoring', REACTED);
    await s.host.waitForIdle();
    const linkDeliveries = () =>
      s.host.deliveries.filter((d) => d.eventType === 'avi:jira:created:issuelink');
    const linkRuns = () =>
      s.host.invocations.filter((i) => i.functionKey === 'issue-link-trigger').length;
    const before = { deliveries: linkDeliveries().length, runs: linkRuns() };
    // The finding's move to Nonconformity Raised (a POST, never blindly repeated) fails once.
    s.host.setFaults({
      retryTimeScale: 0.001,
      restFailures: {
        status: 500,
        method: 'POST',
        path: `/rest/api/3/issue/${finding}/transitions`,
        count: 1,
      },
    });
    await link(s, 'auditor', 'raises', finding, nc);
    await s.host.waitForIdle();
    s.host.setFaults({});
    expect(await statusOf(s, finding)).toBe('Nonconformity Raised');
    // The trigger asked Forge to deliver the event again (a second run) rather than fail it.
    expect(linkRuns() - before.runs).toBe(2);
    expect(linkDeliveries().slice(before.deliveries)).toEqual([
      expect.objectContaining({ ok: true }),
    ]);
  }, 90_000);

  it('a Nonconformity linked by hand locks the grade of any finding (events delivered twice); reopening keeps the lock', async () => {
    s.host.setFaults({ duplicateEvents: true });
    const observation = await createAimsIssue(s, 'auditor', 'auditFinding', 'Logs kept 7 days', {
      findingGrade: 'Observation',
    });
    const ungraded = await createAimsIssue(s, 'auditor', 'auditFinding', 'Prompt log gaps');
    const nc = await createAimsIssue(s, 'member', 'nonconformity', 'Log retention', REACTED);
    await link(s, 'auditor', 'raises', observation, nc);
    await link(s, 'auditor', 'raises', ungraded, nc);
    await s.host.waitForIdle();
    s.host.setFaults({});
    for (const finding of [observation, ungraded]) {
      expect(await statusOf(s, finding)).toBe('Nonconformity Raised');
      expect(
        await editRefusal('auditor', finding, { findingGrade: 'Major nonconformity' }),
      ).toMatch(/cannot be set/);
      expect(linkedKeys(await linksOf(s, finding), 'raises')).toEqual([nc]);
    }
    // Not closed while its Nonconformity is open, whatever its grade
    expect(await refusal(transition(s, 'manager', observation, 'Close finding'))).toContain(
      `Close the Nonconformity ${nc} first`,
    );

    // The NC closes (no corrective action needed): the findings close with it
    await mustTransition(s, 'member', nc, 'Start cause analysis');
    await editAimsIssue(s, 'member', nc, {
      ...ANALYSED,
      caDecision: 'No corrective action needed',
      aimsChangeNeeded: 'No',
    });
    await mustTransition(s, 'manager', nc, 'Close: no corrective action needed', {
      caDecisionRationale: 'Retention raised to 90 days by the platform team',
    });
    await s.host.waitForIdle();
    expect(await statusOf(s, observation)).toBe('Finding Closed');

    // Reopened: never to the editable "Finding Open" while the NC is linked
    expect(
      await refusal(
        transitionWithComment('manager', observation, 'Reopen finding', 'Wrong evidence'),
      ),
    ).toContain(`The Nonconformity ${nc} is linked to this finding, so its grade stays locked`);
    expect(
      (
        await transitionWithComment(
          'manager',
          observation,
          'Reopen finding with its Nonconformity',
          'Wrong evidence',
        )
      ).status,
    ).toBe(204);
    expect(await statusOf(s, observation)).toBe('Nonconformity Raised');
    expect(
      await editRefusal('auditor', observation, { findingGrade: 'Minor nonconformity' }),
    ).toMatch(/cannot be set/);
    expect(linkedKeys(await linksOf(s, observation), 'raises')).toEqual([nc]);
  }, 90_000);

  it('a finding without a Nonconformity reopens to Finding Open only', async () => {
    const finding = await createAimsIssue(s, 'auditor', 'auditFinding', 'Glossary outdated', {
      findingGrade: 'Opportunity for improvement',
    });
    await mustTransition(s, 'auditor', finding, 'Close finding');
    expect(
      await refusal(
        transitionWithComment(
          'manager',
          finding,
          'Reopen finding with its Nonconformity',
          'Still outdated',
        ),
      ),
    ).toContain('No Nonconformity is linked to this finding');
    expect(
      (await transitionWithComment('manager', finding, 'Reopen finding', 'Still outdated')).status,
    ).toBe(204);
    expect(await statusOf(s, finding)).toBe('Finding Open');
  }, 60_000);
});
