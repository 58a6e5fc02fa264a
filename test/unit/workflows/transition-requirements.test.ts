import { DEFAULT_RISK_MATRIX } from '../../../src/domain/risk';
import { aiRiskFacts, isoDateTime } from '../../../src/jira/facts/ai-risk-facts-reader';
import { refusalMessage } from '../../../src/workflows/refusal-message';
import { resolveRuleConfig } from '../../../src/workflows/rule-configuration';
import type { ResolvedRule } from '../../../src/workflows/rule-configuration';
import { transitionCommentText } from '../../../src/workflows/transition-comment';
import { transitionRequirements } from '../../../src/workflows/transition-requirements';
import { adfDoc } from '../../../src/jira/aims-issue';
import { aimsIssue, config, field } from './aims-issue-fixture';

const rule = (workflow: string, transition: string): ResolvedRule => {
  const r = resolveRuleConfig({ workflow, transition });
  if ('error' in r) throw new Error(r.error);
  return r;
};

describe('rule configuration', () => {
  it('accepts the JSON object Forge passes, a JSON string, or {value: string}', () => {
    const json = JSON.stringify({ workflow: 'nonconformity', transition: 'closeEffective' });
    for (const raw of [JSON.parse(json) as unknown, json, { value: json }]) {
      const r = resolveRuleConfig(raw);
      expect('error' in r ? r.error : r.transition.name).toBe('Verify effective and close');
    }
  });
  it('refuses a missing or unknown configuration with a message for the admin', () => {
    expect(resolveRuleConfig(undefined)).toEqual({
      error: expect.stringContaining('run the AIMS provisioning again'),
    });
    expect(resolveRuleConfig({ workflow: 'nonconformity', transition: 'teleport' })).toEqual({
      error: expect.stringContaining('nonconformity/teleport'),
    });
  });
});

describe('transition requirements', () => {
  const base = {
    config,
    matrix: DEFAULT_RISK_MATRIX,
    correctiveActions: [],
    transitionComment: null,
  };

  it('Corrective Action "Done" from To Do asks what "Done" from In Progress asks', () => {
    const ca = aimsIssue({ type: '2' });
    const fromToDo = transitionRequirements({
      ...base,
      rule: rule('correctiveAction', 'complete'),
      fromStatusKey: 'toDo',
      issue: ca,
    }).map((r) => r.code);
    expect(fromToDo).toEqual([
      'implementation-notes-missing',
      'implementation-evidence-missing',
      'implementer-missing',
    ]);
    const ready = aimsIssue({
      type: '2',
      assignee: 'a-1',
      fields: {
        [field('implementationNotes')]: adfDoc('done'),
        [field('evidence')]: adfDoc('link'),
      },
    });
    expect(
      transitionRequirements({
        ...base,
        rule: rule('correctiveAction', 'complete'),
        fromStatusKey: 'inProgress',
        issue: ready,
      }),
    ).toEqual([]);
  });

  it('an audit finding closes only with its nonconformity closed', () => {
    const finding = (category: string) =>
      aimsIssue({
        fields: { [field('findingGrade')]: { value: 'Minor nonconformity' } },
        links: [
          { type: 'raises', key: 'AIMS-5', typeName: 'Nonconformity', statusCategory: category },
        ],
      });
    const check = (category: string) =>
      transitionRequirements({
        ...base,
        rule: rule('auditFinding', 'close'),
        fromStatusKey: 'findingNcRaised',
        issue: finding(category),
      }).map((r) => r.message);
    expect(check('indeterminate')).toEqual([
      expect.stringContaining('Close the Nonconformity AIMS-5 first'),
    ]);
    expect(check('done')).toEqual([]);
    const observation = aimsIssue({
      fields: { [field('findingGrade')]: { value: 'Observation' } },
    });
    expect(
      transitionRequirements({
        ...base,
        rule: rule('auditFinding', 'close'),
        fromStatusKey: 'findingOpen',
        issue: observation,
      }),
    ).toEqual([]);
  });

  it('risk: residual above appetite needs who and when, by an AIMS manager; Jira date-times are read', () => {
    expect(isoDateTime('2026-11-20T10:00:00.000+0000')).toBe('2026-11-20T10:00:00.000Z');
    const risk = (extra: Record<string, unknown>) =>
      aimsIssue({
        type: '3',
        fields: {
          [field('likelihood')]: { value: '4 - Likely' },
          [field('consequence')]: { value: '5 - Severe' },
          [field('treatmentOption')]: { value: 'Modify (reduce)' },
          [field('residualLikelihood')]: { value: '3 - Possible' },
          [field('residualConsequence')]: { value: '4 - Major' },
          [field('riskConsequenceOrganization')]: 'Regulator fines',
          [field('riskConsequenceIndividuals')]: 'Unfair refusals',
          [field('riskConsequenceSocieties')]: 'Unequal access to credit',
          [field('riskOwner')]: { accountId: 'owner-1' },
          [field('riskReassessmentDate')]: '2027-03-01',
          [field('treatmentApprovedBy')]: { accountId: 'owner-1' },
          [field('treatmentApprovedAt')]: '2026-11-10T10:00:00.000+0000',
          ...extra,
        },
        links: [{ type: 'mitigates', key: 'AIMS-30', typeName: 'AI Control', side: 'inward' }],
      });
    const check = (extra: Record<string, unknown>, managerAccountIds: string[] = []) =>
      transitionRequirements({
        ...base,
        rule: rule('aiRisk', 'treated'),
        fromStatusKey: 'riskTreatmentPlanned',
        issue: risk(extra),
        managerAccountIds,
      }).map((r) => r.message);
    expect(check({})).toEqual([
      'The risk must be accepted by someone: record who accepted it (6.1.3).',
      'Record when the risk was accepted (6.1.3).',
    ]);
    const accepted = {
      [field('riskAcceptedBy')]: { accountId: 'boss-1' },
      [field('riskAcceptedAt')]: '2026-11-20T10:00:00.000+0000',
    };
    expect(check(accepted)).toEqual([expect.stringMatching(/only AIMS management .* may accept/)]);
    expect(check(accepted, ['boss-1'])).toEqual([]);
    expect(aiRiskFacts(risk({}), DEFAULT_RISK_MATRIX, config).linkedControls).toEqual(['AIMS-30']);
  });
});

describe('refusal message and transition comment', () => {
  it('lists every reason, numbered, once', () => {
    const r = (message: string) => ({ code: message, message });
    expect(refusalMessage('Close', [r('A.'), r('B.'), r('A.')])).toBe(
      '"Close" needs: (1) A. (2) B.',
    );
    expect(refusalMessage('Close', [r('A.')])).toBe('"Close" needs: A.');
  });
  it('reads the comment written on a transition in its different shapes', () => {
    expect(
      transitionCommentText({ comment: { comments: [{ body: adfDoc('Risk retired') }] } }),
    ).toBe('Risk retired');
    expect(transitionCommentText({ comment: [{ add: { body: 'plain' } }] })).toBe('plain');
    expect(transitionCommentText({})).toBeNull();
  });
});
