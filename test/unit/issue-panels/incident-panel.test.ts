import { buildIncidentPanel } from '../../../src/issue-panels/incident-panel';
import { aimsIssue, inputs, linkTo } from './panel-fixtures';

const system = aimsIssue({ key: 'AIMS-90', type: 'aiSystem', status: 'systemInOperation' });
const nc = aimsIssue({ key: 'AIMS-92', type: 'nonconformity', status: 'ncReact' });

const REPORT = {
  incidentSeverity: 'High',
  detectedHow: 'Monitoring',
  incidentReportedBy: { accountId: 'acc-7', displayName: 'Rita Reporter' },
};
const BREACH = {
  ...REPORT,
  individualsAffected: 'Twelve applicants',
  externalReporting: 'No',
  requirementBreached: 'Yes',
  breachedRequirement: 'A.6.2.6',
};

describe('AI Incident panel', () => {
  it('a new report: its facts, and what starting the investigation still needs', () => {
    const incident = aimsIssue({
      key: 'AIMS-91',
      type: 'aiIncident',
      status: 'incidentReported',
      values: { incidentSeverity: 'Low' },
    });
    const panel = buildIncidentPanel(inputs(incident));
    expect(panel.facts.slice(0, 3)).toEqual([
      { label: 'Incident severity', value: 'Low' },
      { label: 'Detected how', value: null },
      { label: 'Incident reported by', value: null },
    ]);
    expect(panel.next).toEqual([
      {
        transitionName: 'Start investigation',
        toStatusName: 'Investigating',
        allowed: false,
        missing: [
          'Link the AI system the incident affects ("affects").',
          'Say how the incident was detected.',
          'Name who reported the incident or concern (A.3.3).',
        ],
        missingMessages: [
          { key: 'incident.ai-system-missing', params: {} },
          { key: 'incident.detection-missing', params: {} },
          { key: 'incident.reporter-missing', params: {} },
        ],
      },
    ]);
    expect(panel.breachNotice).toBeNull();
  });

  it('a concluded breach: says its Nonconformity is being raised until it is linked, then lists it', () => {
    const concluded = aimsIssue({
      key: 'AIMS-91',
      type: 'aiIncident',
      status: 'incidentConcluded',
      values: BREACH,
      links: [linkTo(system, 'affects', 'outward')],
    });
    const raising = buildIncidentPanel(inputs(concluded));
    expect(raising.breachNotice).toMatch(/raising its Nonconformity/);
    expect(raising.aiSystems.map((s) => s.key)).toEqual(['AIMS-90']);
    expect(raising.next.find((s) => s.transitionName === 'Close incident')?.allowed).toBe(false);

    const raised = buildIncidentPanel(
      inputs({ ...concluded, links: [...concluded.links, linkTo(nc, 'raises', 'outward')] }),
    );
    expect(raised.breachNotice).toBeNull();
    expect(raised.nonconformities.map((n) => n.key)).toEqual(['AIMS-92']);
    expect(raised.next).toEqual([
      expect.objectContaining({ transitionName: 'Investigate again', allowed: true }),
      expect.objectContaining({ transitionName: 'Close incident', allowed: true, missing: [] }),
    ]);
  });
});
