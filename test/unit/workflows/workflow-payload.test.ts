import { AIMS_WORKFLOWS } from '../../../src/jira/aims-schema';
import { workflowCreatePayload } from '../../../src/workflows/provisioning/workflow-payload';
import { WORKFLOW_NAME_PREFIX } from '../../../src/workflows/provisioning/workflows-step';

type Transition = { name: string; transitionScreen?: { ruleKey: string; parameters: object } };

describe('workflowCreatePayload', () => {
  it("gives a workflow's guarded transitions its issue type's screen, and no other transition", () => {
    const payload = workflowCreatePayload(AIMS_WORKFLOWS, new Map(), {
      app: { appId: 'app', environmentId: 'env' },
      managerGroup: 'aims-managers',
      transitionScreens: { nonconformity: '10007' },
      personFieldIds: {
        effectivenessReviewer: 'customfield_10050',
        treatmentApprovedBy: 'customfield_10060',
        riskAcceptedBy: 'customfield_10061',
      },
    }) as { workflows: { name: string; transitions: Transition[] }[] };
    const nc = payload.workflows.find((w) => w.name.startsWith('AIMS Nonconformity'));
    const screened = nc?.transitions.filter((t) => t.transitionScreen).map((t) => t.name);
    expect(screened).toEqual([
      'Start cause analysis',
      'Implement corrective actions',
      'Close: no corrective action needed',
      'Review effectiveness',
      'Verify effective and close',
      'Ineffective: back to cause analysis',
      'Reopen nonconformity',
    ]);
    expect(nc?.transitions[1]?.transitionScreen).toEqual({
      ruleKey: 'system:transition-screen',
      parameters: { screenId: '10007' },
    });
    const others = payload.workflows.filter((w) => w !== nc).flatMap((w) => w.transitions);
    expect(others.filter((t) => t.transitionScreen)).toEqual([]);
  });

  it('makes closed records read-only and lets only the recorded reviewer verify and close', () => {
    const payload = workflowCreatePayload(AIMS_WORKFLOWS, new Map(), {
      app: { appId: 'app', environmentId: 'env' },
      managerGroup: 'aims-managers',
      personFieldIds: {
        effectivenessReviewer: 'customfield_10050',
        treatmentApprovedBy: 'customfield_10060',
        riskAcceptedBy: 'customfield_10061',
      },
    }) as {
      workflows: {
        name: string;
        statuses: { statusReference: string; properties: Record<string, string> }[];
        transitions: { name: string; validators: { parameters: { config: string } }[] }[];
      }[];
    };
    const readOnly = payload.workflows.map((w) => [
      w.name,
      w.statuses.filter((s) => s.properties['jira.issue.editable'] === 'false').length,
    ]);
    expect(readOnly).toEqual([
      ['AIMS Nonconformity (ISO 42001 10.2)', 1],
      ['AIMS Corrective Action', 1],
      ['AIMS AI Risk (ISO 42001 6.1)', 0],
      ['AIMS Audit Finding', 2],
      ['AIMS Internal Audit (ISO 42001 9.2)', 0],
      ['AIMS AI System (ISO 42001 A.6)', 0],
      ['AIMS AI System Impact Assessment (ISO 42001 6.1.4)', 0],
      ['AIMS AI Control (ISO 42001 6.1.3)', 0],
      ['AIMS AI Incident (ISO 42001 A.8.4)', 2],
      ['AIMS Simple', 0],
    ]);
    const close = payload.workflows[0]?.transitions.find(
      (t) => t.name === 'Verify effective and close',
    );
    expect(close?.validators).toHaveLength(2);
    expect(JSON.parse(close?.validators[1]?.parameters.config ?? '{}')).toEqual({
      expression: expect.stringMatching(
        /^issue\.customfield_10050\?\.accountId == user\.accountId \? true : "/,
      ),
    });
  });
});

describe('finding the AIMS workflows again', () => {
  it('every AIMS workflow name contains the prefix the one workflow search asks for', () => {
    for (const wf of AIMS_WORKFLOWS)
      expect(wf.name.toLowerCase()).toContain(WORKFLOW_NAME_PREFIX.toLowerCase());
  });
});
