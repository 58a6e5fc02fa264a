import { AIMS_WORKFLOWS } from '../../../src/jira/aims-schema';
import { workflowCreatePayload } from '../../../src/workflows/provisioning/workflow-payload';

type Transition = { name: string; transitionScreen?: { ruleKey: string; parameters: object } };

describe('workflowCreatePayload', () => {
  it("gives a workflow's guarded transitions its issue type's screen, and no other transition", () => {
    const payload = workflowCreatePayload(AIMS_WORKFLOWS, new Map(), {
      app: { appId: 'app', environmentId: 'env' },
      managerGroup: 'aims-managers',
      transitionScreens: { nonconformity: '10007' },
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
    ]);
    expect(nc?.transitions[1]?.transitionScreen).toEqual({
      ruleKey: 'system:transition-screen',
      parameters: { screenId: '10007' },
    });
    const others = payload.workflows.filter((w) => w !== nc).flatMap((w) => w.transitions);
    expect(others.filter((t) => t.transitionScreen)).toEqual([]);
  });
});
