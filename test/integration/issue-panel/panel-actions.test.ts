/**
 * The issue panel's actions on the emulator with the real app, through the Custom UI bridge as
 * different users: a 10.2 journey done from the panel alone (transitions with the validator's
 * refusal, a corrective action created already linked, the implementer and the reviewer chosen),
 * a finding added to an audit, what a member is refused, bad input, and a create sent twice.
 */
import { accountOf, PanelSite } from './panel-test-site';
import type { PanelOutcome } from './panel-test-site';

jest.setTimeout(180_000);

let ps: PanelSite;

beforeAll(async () => {
  ps = await PanelSite.start();
});

afterAll(async () => {
  await ps?.host.waitForIdle();
  await ps?.close();
});

interface Panel {
  kind: string;
  issue: { key: string; statusName: string };
  progress?: { state: string | null };
  correctiveActions?: { key: string; assignee: string | null }[];
  effectiveness?: { reviewer: { accountId: string } | null };
  actions: {
    transitions: { transitionName: string; allowed: boolean }[];
    createCorrectiveAction: boolean;
    addFinding: boolean;
    people: { role: string; issueKey: string; current: { accountId: string } | null }[];
  };
}

const data = (outcome: PanelOutcome): Panel => {
  if (!outcome.ok)
    throw new Error(`panel refused: ${outcome.error} ${JSON.stringify(outcome.details)}`);
  return outcome.data as unknown as Panel;
};

let requests = 0;
const requestId = (): string => `test-request-${String((requests += 1)).padStart(4, '0')}`;

/** The keys of the issues linked to `key`, as the admin sees them. */
async function linkedKeys(key: string): Promise<string[]> {
  const issue = await ps.ok<{
    fields: { issuelinks: { inwardIssue?: { key: string }; outwardIssue?: { key: string } }[] };
  }>('admin', 'GET', `/rest/api/3/issue/${key}?fields=issuelinks`);
  return issue.fields.issuelinks.map((l) => l.inwardIssue?.key ?? l.outwardIssue?.key ?? '').sort();
}

async function statusName(key: string): Promise<string> {
  const issue = await ps.ok<{ fields: { status: { name: string } } }>(
    'admin',
    'GET',
    `/rest/api/3/issue/${key}?fields=status`,
  );
  return issue.fields.status.name;
}

describe('a 10.2 journey from the issue panel alone', () => {
  it('moves a nonconformity from React to effective closure with the panel’s actions only', async () => {
    const nc = await ps.create('Nonconformity', 'Scoring model retrained without validation');
    // a) The validator's refusal comes back as the panel's message, and the issue stays.
    let panel = data(await ps.panel('manager', nc));
    expect(panel.actions.transitions.map((t) => t.transitionName)).toEqual([
      'Start cause analysis',
    ]);
    expect(panel.actions.createCorrectiveAction).toBe(false);
    const refused = await ps.panel('manager', nc, 'runTransition', {
      transitionName: 'Start cause analysis',
    });
    expect(refused).toMatchObject({ ok: false, error: 'We couldn’t transition this issue' });
    expect(refused.details).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Record the correction or containment taken (10.2 a).'),
      ]),
    );
    expect(await statusName(nc)).toBe('React');

    data(
      await ps.panel('manager', nc, 'updateFields', {
        values: {
          correction: 'Model v3 withdrawn; validated v2 restored',
          consequences: 'Scores made by v3 recomputed',
        },
      }),
    );
    panel = data(
      await ps.panel('manager', nc, 'runTransition', { transitionName: 'Start cause analysis' }),
    );
    expect(panel.issue.statusName).toBe('Cause Analysis');
    expect(panel.actions.createCorrectiveAction).toBe(true);

    // b) Causes recorded, then the corrective action created from the panel, already linked and assigned.
    data(
      await ps.panel('manager', nc, 'updateFields', {
        values: {
          rootCause: 'The retraining job skips the validation step',
          similarCheck: 'Similar could occur',
          similarNotes: 'The other two retraining jobs share the step list',
          caDecision: 'Corrective action needed',
        },
      }),
    );
    panel = data(
      await ps.panel('manager', nc, 'createCorrectiveAction', {
        requestId: requestId(),
        summary: 'Make validation a required step of the retraining job',
        implementerAccountId: accountOf('member'),
      }),
    );
    expect(panel.correctiveActions).toEqual([expect.objectContaining({ assignee: 'Mel Member' })]);
    const ca = panel.correctiveActions?.[0]?.key ?? '';
    expect(await linkedKeys(nc)).toEqual([ca]);
    expect(panel.actions.people).toEqual([
      expect.objectContaining({ role: 'implementer', issueKey: ca }),
    ]);

    panel = data(
      await ps.panel('manager', nc, 'runTransition', {
        transitionName: 'Implement corrective actions',
      }),
    );
    expect(panel.issue.statusName).toBe('Implementing Actions');

    // c) The manager names the reviewer; the member implements the action from its panel.
    panel = data(
      await ps.panel('manager', nc, 'setPerson', {
        role: 'reviewer',
        issueKey: nc,
        accountId: accountOf('manager'),
      }),
    );
    expect(panel.effectiveness?.reviewer?.accountId).toBe(accountOf('manager'));
    data(
      await ps.panel('member', ca, 'updateFields', {
        values: {
          implementationNotes: 'Validation is a required job step',
          evidence: 'https://ci.example.com/run/7',
        },
      }),
    );
    const caPanel = data(await ps.panel('member', ca, 'runTransition', { transitionName: 'Done' }));
    expect(caPanel.issue.statusName).toBe('Done');

    // d) The app moved the nonconformity to its review; e) the reviewer closes it from the panel.
    await ps.host.waitForIdle();
    expect(await statusName(nc)).toBe('Effectiveness Review');
    data(
      await ps.panel('manager', nc, 'updateFields', {
        values: {
          verdict: 'Effective',
          effectivenessEvidence: 'Three retrainings ran the validation step',
          aimsChangeNeeded: 'No',
        },
      }),
    );
    panel = data(
      await ps.panel('manager', nc, 'runTransition', {
        transitionName: 'Verify effective and close',
      }),
    );
    expect(panel.issue.statusName).toBe('NC Closed');
    expect(panel.actions.transitions.map((t) => t.transitionName)).toEqual([
      'Reopen nonconformity',
    ]);
  });
});

describe('the panel’s writes, checked on the server', () => {
  it('refuses a member every manager action, and nothing is created or changed', async () => {
    const nc = await ps.create('Nonconformity', 'Member may not act for the manager');
    const ca = await ps.create('Corrective Action', 'Existing action', {}, { assignee: 'member' });
    await ps.link('AIMS Corrects', ca, nc);
    const create = await ps.panel('member', nc, 'createCorrectiveAction', {
      requestId: requestId(),
      summary: 'Sneaky action',
    });
    expect(create).toMatchObject({ ok: false, error: 'You cannot create a corrective action.' });
    expect(create.details?.[0]).toContain('Only members of');
    const person = await ps.panel('member', nc, 'setPerson', {
      role: 'implementer',
      issueKey: ca,
      accountId: accountOf('auditor'),
    });
    expect(person).toMatchObject({
      ok: false,
      error: 'You cannot choose the implementer or the effectiveness reviewer.',
    });
    const audit = await ps.create('AIMS Audit', 'Audit a member may not add to');
    const finding = await ps.panel('member', audit, 'addFinding', {
      requestId: requestId(),
      summary: 'Sneaky finding',
      grade: 'Observation',
    });
    expect(finding).toMatchObject({ ok: false, error: 'You cannot add a finding to an audit.' });
    expect(await linkedKeys(nc)).toEqual([ca]);
    expect(await linkedKeys(audit)).toEqual([]);
    const assignee = await ps.ok<{ fields: { assignee: { accountId: string } } }>(
      'admin',
      'GET',
      `/rest/api/3/issue/${ca}?fields=assignee`,
    );
    expect(assignee.fields.assignee.accountId).toBe(accountOf('member'));
  });

  it('answers bad input with a clear message and changes nothing', async () => {
    const nc = await ps.create('Nonconformity', 'Bad input to the panel');
    const empty = await ps.panel('manager', nc, 'createCorrectiveAction', {
      requestId: requestId(),
      summary: '   ',
    });
    expect(empty).toMatchObject({ ok: false, error: 'The request is not valid.' });
    expect(empty.details).toEqual([expect.stringContaining('Give the summary')]);
    const noGrade = await ps.panel('manager', nc, 'addFinding', {
      requestId: requestId(),
      summary: 'Not on an audit',
      grade: 'Catastrophic',
    });
    expect(noGrade.details).toEqual([expect.stringContaining('Choose the grade')]);
    const wrongType = await ps.panel('manager', nc, 'addFinding', {
      requestId: requestId(),
      summary: 'Not on an audit',
      grade: 'Observation',
    });
    expect(wrongType).toMatchObject({
      ok: false,
      error: 'Nothing was created: a finding is added from an Audit.',
    });
    const other = await ps.create('Corrective Action', 'Belongs to another nonconformity');
    const notLinked = await ps.panel('manager', nc, 'setPerson', {
      role: 'implementer',
      issueKey: other,
      accountId: accountOf('member'),
    });
    expect(notLinked).toMatchObject({ ok: false });
    expect(notLinked.details).toEqual([`${other} is not a corrective action linked to ${nc}.`]);
    const unknown = await ps.panel('manager', nc, 'runTransition', { transitionName: 'Teleport' });
    expect(unknown).toMatchObject({ ok: false, error: 'We couldn’t transition this issue' });
    expect(unknown.details?.[0]).toBe(
      '“Teleport” is not open to you from the issue’s current status.',
    );
    expect(await linkedKeys(nc)).toEqual([]);
    expect(await statusName(nc)).toBe('React');
  });

  it('creates one linked corrective action when the same request arrives twice, even at once', async () => {
    const nc = await ps.create('Nonconformity', 'Double submit of the panel');
    await ps.ok('admin', 'PUT', `/rest/api/3/issue/${nc}`, {
      fields: {
        [ps.field('Correction and containment')]: doc('Stopped'),
        [ps.field('Consequences dealt with')]: doc('None'),
      },
    });
    expect((await ps.transition('manager', nc, 'Start cause analysis')).status).toBe(204);
    const payload = { requestId: requestId(), summary: 'Add an alert on skipped validation' };
    const [first, second] = await Promise.all([
      ps.panel('manager', nc, 'createCorrectiveAction', payload),
      ps.panel('manager', nc, 'createCorrectiveAction', payload),
    ]);
    const third = data(await ps.panel('manager', nc, 'createCorrectiveAction', payload));
    expect([first, second].some((o) => o.ok)).toBe(true);
    for (const o of [first, second])
      if (!o.ok)
        expect(o.error).toBe(
          'This record is being created right now. Reload the panel in a moment.',
        );
    expect(third.correctiveActions).toHaveLength(1);
    expect(await linkedKeys(nc)).toHaveLength(1);
    // Another request with the same summary is refused: the action is already linked.
    const twin = await ps.panel('manager', nc, 'createCorrectiveAction', {
      ...payload,
      requestId: requestId(),
    });
    expect(twin.error).toContain('with this summary is already linked');
    expect(await linkedKeys(nc)).toHaveLength(1);
  });

  it('lets an auditor add a graded finding to an audit in fieldwork, found in it', async () => {
    const audit = await ps.create('AIMS Audit', 'Internal audit: data quality');
    let panel = data(await ps.panel('auditor', audit));
    expect(panel.kind).toBe('generic');
    expect(panel.actions.addFinding).toBe(false);
    expect(panel.actions.transitions.map((t) => t.transitionName)).toEqual(['Start fieldwork']);
    // The audit plan is missing: the validator's refusal, in the panel.
    const refused = await ps.panel('auditor', audit, 'runTransition', {
      transitionName: 'Start fieldwork',
    });
    expect(refused.details?.join(' ')).toContain('Record the audit objectives (9.2.2).');
    await ps.ok('admin', 'PUT', `/rest/api/3/issue/${audit}`, {
      fields: {
        [ps.field('Audit objectives')]: doc('Check data quality controls'),
        [ps.field('Audit scope and criteria')]: doc('Training data; criteria A.7'),
        [ps.field('Audit programme cycle')]: '2026',
        [ps.field('Requirements audited')]: doc('A.7.2, A.7.4'),
        [ps.field('Lead auditor')]: { accountId: accountOf('auditor') },
        [ps.field('Auditee')]: { accountId: accountOf('manager') },
      },
    });
    panel = data(
      await ps.panel('auditor', audit, 'runTransition', { transitionName: 'Start fieldwork' }),
    );
    expect(panel.issue.statusName).toBe('Fieldwork');
    expect(panel.actions.addFinding).toBe(true);
    panel = data(
      await ps.panel('auditor', audit, 'addFinding', {
        requestId: requestId(),
        summary: 'Data lineage not recorded for two sources',
        grade: 'Minor nonconformity',
      }),
    );
    const [finding] = await linkedKeys(audit);
    expect(finding).toBeDefined();
    expect(JSON.stringify(await ps.fieldValue(finding ?? '', 'Finding grade'))).toContain(
      'Minor nonconformity',
    );
    const reporter = await ps.ok<{ fields: { reporter: { accountId: string } } }>(
      'admin',
      'GET',
      `/rest/api/3/issue/${finding ?? ''}?fields=reporter`,
    );
    expect(reporter.fields.reporter.accountId).toBe(accountOf('auditor'));
  });
});

function doc(text: string) {
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  };
}
