import type { AimsIssue } from '../../../../src/jira/aims-issue';
import {
  bandIdOf,
  controlIdOf,
  controlInputOf,
  riskInputOf,
} from '../../../../src/macros/soa/soa-record-mapping';
import { evidenceFromText } from '../../../../src/macros/soa/soa-evidence';

function issue(partial: Partial<AimsIssue>): AimsIssue {
  return {
    id: '1',
    key: 'AIMS-7',
    summary: 'A.6.2.4 AI system verification and validation',
    typeKey: 'aiControl',
    typeName: 'AI Control',
    statusKey: undefined,
    statusId: '1',
    statusName: 'To Do',
    statusCategory: 'new',
    assignee: null,
    reporter: null,
    duedate: null,
    created: null,
    updated: null,
    resolutiondate: null,
    labels: [],
    securityLevel: null,
    securityLevelId: null,
    values: {},
    links: [],
    ...partial,
  };
}

const link = (
  key: string,
  linkTypeKey: 'mitigates' | 'evidences',
  direction: 'outward' | 'inward',
  summary = 'x',
) => ({
  id: `l-${key}`,
  linkTypeKey,
  linkTypeName: linkTypeKey,
  direction,
  issue: {
    id: key,
    key,
    summary,
    statusName: 'Done',
    statusCategory: 'done',
    typeName: 'AI Risk',
    typeId: '10005',
  },
});

describe('controlInputOf', () => {
  it('maps the Jira options, the owner, mitigated risks and evidence of an AI Control issue', () => {
    const input = controlInputOf(
      issue({
        assignee: { accountId: 'u-9', displayName: 'Mia Manager' },
        values: {
          isoReference: 'ISO42001:A.6.2.4',
          applicability: 'Included',
          justification: '  Needed for the credit model  ',
          implementationStatus: 'In progress',
          evidence:
            '2026-04-02 Validation report https://docs.example/vr.pdf\nReviewed in the model board',
        },
        links: [
          link('AIMS-40', 'mitigates', 'outward'),
          link('AIMS-41', 'mitigates', 'inward'),
          link('AIMS-60', 'evidences', 'inward', 'Bias test'),
        ],
      }),
      'https://site.example',
    );
    expect(input).toEqual({
      key: 'AIMS-7',
      controlId: 'ISO42001:A.6.2.4',
      title: 'A.6.2.4 AI system verification and validation',
      applicability: 'included',
      justification: 'Needed for the credit model',
      implementationStatus: 'in-progress',
      ownerAccountId: 'u-9',
      evidence: [
        { url: 'https://docs.example/vr.pdf', label: 'Validation report', date: '2026-04-02' },
        { url: 'https://site.example/browse/AIMS-7', label: 'Reviewed in the model board' },
        { url: 'https://site.example/browse/AIMS-60', label: 'AIMS-60 Bias test (Done)' },
      ],
      riskKeys: ['AIMS-40'],
    });
  });

  it('treats an AI Control without a reference as an organization control named after its issue', () => {
    expect(controlIdOf(issue({ values: {} }))).toBe('ORG:AIMS-7');
    expect(controlIdOf(issue({ values: { isoReference: 'ORG:red-team' } }))).toBe('ORG:red-team');
    const blank = controlInputOf(issue({ values: { applicability: 'Maybe' } }), '');
    expect(blank.applicability).toBeNull();
    expect(blank.implementationStatus).toBeNull();
  });
});

describe('risks', () => {
  it('maps risk level options to the matrix band IDs', () => {
    expect(bandIdOf('High')).toBe('high');
    expect(bandIdOf('Critical')).toBe('critical');
    expect(bandIdOf(null)).toBeNull();
    expect(
      riskInputOf(
        issue({
          key: 'AIMS-40',
          summary: 'Leak',
          values: { inherentLevel: 'High', residualLevel: 'Low' },
        }),
      ),
    ).toEqual({
      key: 'AIMS-40',
      title: 'Leak',
      inherentLevel: 'high',
      residual: { level: 'low' },
    });
  });
});

describe('evidenceFromText', () => {
  it('ignores blank lines and list bullets', () => {
    expect(evidenceFromText('\n- https://a.example/x\n\n', { siteUrl: '', key: 'AIMS-1' })).toEqual(
      [{ url: 'https://a.example/x' }],
    );
  });
});
