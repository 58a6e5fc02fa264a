import {
  evaluateAiSystemTransition,
  evaluateImpactAssessmentTransition,
  impactReviewActionLabel,
  isImpactReviewDue,
  significantChangeReason,
} from '../../../../src/domain/ai-system';
import type { ImpactAssessmentFacts } from '../../../../src/domain/ai-system';

const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('AI system life cycle', () => {
  it('goes into operation only with a completed impact assessment and an assessed risk', () => {
    expect(
      codes(
        evaluateAiSystemTransition('in-development', 'in-operation', {
          impactAssessments: [],
          risks: [],
        }),
      ),
    ).toEqual([
      'impact-assessment-missing',
      'risk-assessment-missing',
      'adverse-impact-reporting-missing',
    ]);
    const notDone = evaluateAiSystemTransition('proposed', 'in-operation', {
      impactAssessments: [{ key: 'AIMS-2', done: false }],
      risks: [{ key: 'AIMS-3', done: false }],
      adverseImpactReporting: 'Report form on the decline letter',
    });
    expect(notDone.reasons.map((r) => r.message)).toEqual([
      'Complete an impact assessment of this AI system first (6.1.4): AIMS-2 is not completed yet.',
      'Assess a linked AI risk of this AI system first (6.1.2): AIMS-3 is only identified.',
    ]);
    expect(
      evaluateAiSystemTransition('in-development', 'in-operation', {
        impactAssessments: [
          { key: 'AIMS-2', done: false },
          { key: 'AIMS-4', done: true },
        ],
        risks: [{ key: 'AIMS-3', done: true }],
        adverseImpactReporting: 'Report form on the decline letter',
      }).allowed,
    ).toBe(true);
  });

  it('goes into operation only once interested parties can report its adverse impacts (A.8.3)', () => {
    const ready = {
      impactAssessments: [{ key: 'AIMS-4', done: true }],
      risks: [{ key: 'AIMS-3', done: true }],
    };
    for (const adverseImpactReporting of [undefined, null, '   '])
      expect(
        evaluateAiSystemTransition('in-development', 'in-operation', {
          ...ready,
          adverseImpactReporting,
        }).reasons.map((r) => r.message),
      ).toEqual([
        'Say in "Adverse impact reporting" how interested parties report adverse impacts of this AI system (A.8.3).',
      ]);
  });

  it('other steps are free, and a retired system does not come back', () => {
    const none = { impactAssessments: [], risks: [] };
    expect(evaluateAiSystemTransition('proposed', 'in-development', none).allowed).toBe(true);
    expect(evaluateAiSystemTransition('in-operation', 'retired', none).allowed).toBe(true);
    expect(codes(evaluateAiSystemTransition('retired', 'in-operation', none))).toEqual([
      'not-an-ai-system-step',
    ]);
  });
});

describe('impact assessment life cycle', () => {
  const complete: ImpactAssessmentFacts = {
    consequencesForIndividuals: 'x',
    consequencesForGroups: 'x',
    consequencesForSocieties: 'x',
    foreseeableMisuse: 'x',
    contextAndJurisdiction: 'EU',
    assessorAccountId: 'acc-1',
    assessedOn: '2026-01-10',
    nextReviewDate: '2027-01-10',
    aiSystems: ['AIMS-1'],
    risks: ['AIMS-5'],
  };

  it('completes only with everything 6.1.4 asks', () => {
    expect(evaluateImpactAssessmentTransition('in-assessment', 'completed', complete).allowed).toBe(
      true,
    );
    expect(
      codes(
        evaluateImpactAssessmentTransition('in-assessment', 'completed', {
          aiSystems: [],
          risks: [],
          consequencesForGroups: '   ',
        }),
      ),
    ).toEqual([
      'individuals-missing',
      'groups-missing',
      'societies-missing',
      'misuse-missing',
      'context-missing',
      'assessor-missing',
      'date-missing',
      'next-review-missing',
      'ai-system-missing',
      'risks-missing',
    ]);
    expect(
      codes(
        evaluateImpactAssessmentTransition('in-assessment', 'completed', {
          ...complete,
          nextReviewDate: '2026-01-10',
        }),
      ),
    ).toEqual(['next-review-too-early']);
  });

  it('reopens freely but cannot skip the assessment', () => {
    expect(evaluateImpactAssessmentTransition('completed', 'in-assessment', complete).allowed).toBe(
      true,
    );
    expect(codes(evaluateImpactAssessmentTransition('draft', 'completed', complete))).toEqual([
      'not-an-impact-assessment-step',
    ]);
  });

  it('is due for review on its next review date, once completed', () => {
    expect(isImpactReviewDue('2026-12-06', true, '2026-12-06')).toBe(true);
    expect(isImpactReviewDue('2026-12-07', true, '2026-12-06')).toBe(false);
    expect(isImpactReviewDue('2026-12-01', false, '2026-12-06')).toBe(false);
    expect(isImpactReviewDue(null, true, '2026-12-06')).toBe(false);
    expect(impactReviewActionLabel('AIMS-12', '2026-12-06')).toBe(
      'aims-impact-review-aims-12-2026-12-06',
    );
  });
});

describe('significant change of an AI system (8.4)', () => {
  it('names what changed, or nothing when it is not significant', () => {
    expect(
      significantChangeReason('AIMS-1', {
        changedFields: ['intendedUse', 'supplier'],
        addedVersions: [],
      }),
    ).toBe(
      'Reopened for review (8.4): AI system AIMS-1 changed significantly: its intended use changed.',
    );
    expect(
      significantChangeReason('AIMS-1', {
        changedFields: ['lifecycleStage'],
        addedVersions: ['2.0'],
      }),
    ).toBe(
      'Reopened for review (8.4): AI system AIMS-1 changed significantly: its life-cycle stage changed; release 2.0 was recorded.',
    );
    expect(
      significantChangeReason('AIMS-1', {
        changedFields: ['dataSources'],
        addedVersions: [],
      }),
    ).toBeNull();
  });
});
