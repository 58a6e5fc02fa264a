import {
  AI_RISK_STATE_IDS,
  AI_RISK_STATE_LABELS,
  aiRiskMachine,
  evaluateAiRiskTransition,
  treatmentNeedsControls,
} from '../../../../src/domain/lifecycle';
import type { AiRiskLifecycleFacts } from '../../../../src/domain/lifecycle';
import { DEFAULT_RISK_MATRIX } from '../../../../src/domain/risk';

const matrix = DEFAULT_RISK_MATRIX; // 5×5, appetite "medium" (scores up to 9)
const messages = (from: string, to: string, facts: AiRiskLifecycleFacts): string[] =>
  evaluateAiRiskTransition(from, to, facts).reasons.map((r) => r.message);

const OWNER = 'owner-1';
const MANAGER = 'ciso-1';
const assessed: AiRiskLifecycleFacts = {
  matrix,
  likelihood: 4,
  consequence: 4,
  consequences: {
    organization: 'Fines and lost customers',
    individuals: 'Applicants refused credit unfairly',
    societies: 'Unequal access to credit',
  },
  ownerAccountId: OWNER,
  reassessmentDate: '2027-03-01',
};
const planned: AiRiskLifecycleFacts = {
  ...assessed,
  treatment: 'modify',
  linkedControls: ['ISO42001:A.6.2.6'],
  treatmentApproval: { byAccountId: OWNER, at: '2026-10-01T10:00:00Z' },
  managerAccountIds: [MANAGER],
};
const byManager = { byAccountId: MANAGER, at: '2026-10-02T10:00:00Z' };
const byOwner = { byAccountId: OWNER, at: '2026-10-02T10:00:00Z' };
const APP_RULE = "This is the AIMS app's own rule, not a requirement of ISO/IEC 42001.";

describe('AI risk lifecycle', () => {
  it('has the five states and their transitions', () => {
    expect(AI_RISK_STATE_IDS).toEqual([
      'identified',
      'assessed',
      'treatment-planned',
      'treated',
      'closed',
    ]);
    expect(AI_RISK_STATE_LABELS.treated).toBe('Treated / monitoring');
    expect(aiRiskMachine.allowedTransitions('treated').map((t) => t.to)).toEqual([
      'assessed',
      'closed',
    ]);
    expect(aiRiskMachine.isState('treated')).toBe(true);
    expect(aiRiskMachine.isState('monitoring')).toBe(false);
  });

  describe('identified → assessed', () => {
    it('needs likelihood and consequence', () => {
      expect(
        messages('identified', 'assessed', { ...assessed, likelihood: null, consequence: null }),
      ).toEqual([
        'Rate the likelihood of the risk (6.1.2).',
        'Rate the consequence of the risk (6.1.2).',
      ]);
      expect(messages('identified', 'assessed', { ...assessed, consequence: null })).toEqual([
        'Rate the consequence of the risk (6.1.2).',
      ]);
      expect(evaluateAiRiskTransition('identified', 'assessed', planned).allowed).toBe(true);
    });

    it('needs the consequences for the organization, individuals and societies, an owner and a reassessment date', () => {
      expect(messages('identified', 'assessed', { matrix, likelihood: 2, consequence: 2 })).toEqual(
        [
          'Assess the consequences for the organization (6.1.2 d); write "none foreseen" and why if there are none.',
          'Assess the consequences for individuals (6.1.2 d); write "none foreseen" and why if there are none.',
          'Assess the consequences for societies (6.1.2 d); write "none foreseen" and why if there are none.',
          'Name the risk owner (6.1.2 d).',
          'Set the date the risk is assessed again (8.2).',
        ],
      );
      expect(
        messages('identified', 'assessed', {
          ...assessed,
          consequences: { ...assessed.consequences, societies: '   ' },
        }),
      ).toEqual([
        'Assess the consequences for societies (6.1.2 d); write "none foreseen" and why if there are none.',
      ]);
      expect(evaluateAiRiskTransition('identified', 'assessed', assessed).allowed).toBe(true);
    });

    it('refuses levels that are not on the configured scale', () => {
      expect(
        messages('identified', 'assessed', { ...assessed, likelihood: 6, consequence: null }),
      ).toEqual(['Rate the consequence of the risk (6.1.2).']);
      expect(
        messages('identified', 'assessed', { ...assessed, likelihood: 6, consequence: 2 }),
      ).toEqual([
        'Likelihood 6 is not on the likelihood scale: choose a whole number from 1 to 5 (6.1.2).',
      ]);
    });
  });

  describe('assessed → treatment planned', () => {
    it('needs a treatment option', () => {
      expect(messages('assessed', 'treatment-planned', { ...planned, treatment: null })).toEqual([
        'Choose a treatment option: modify, avoid, share or retain (6.1.3).',
      ]);
    });

    it('needs a linked control unless the risk is retained', () => {
      expect(treatmentNeedsControls('modify')).toBe(true);
      expect(treatmentNeedsControls('retain')).toBe(false);
      for (const treatment of ['modify', 'avoid', 'share'] as const) {
        expect(
          messages('assessed', 'treatment-planned', { ...planned, treatment, linkedControls: [] }),
        ).toEqual([
          'Link at least one control that carries out the treatment (6.1.3); only a retained risk needs none.',
        ]);
      }
      expect(
        messages('assessed', 'treatment-planned', {
          ...planned,
          likelihood: 1,
          consequence: 1,
          treatment: 'avoid',
          linkedControls: [],
        }),
      ).toHaveLength(1);
      expect(evaluateAiRiskTransition('assessed', 'treatment-planned', planned).allowed).toBe(true);
    });

    it('needs the plan approved, with who and when, by the risk owner or an AIMS manager', () => {
      expect(
        messages('assessed', 'treatment-planned', { ...planned, treatmentApproval: null }),
      ).toEqual([
        'The treatment plan must be approved by someone: record who approved it (6.1.3).',
        'Record when the treatment plan was approved (6.1.3).',
      ]);
      expect(
        messages('assessed', 'treatment-planned', {
          ...planned,
          treatmentApproval: { byAccountId: 'someone-else', at: 'yesterday' },
        }),
      ).toEqual(['When it was approved must be a date and time like 2025-01-31T09:30:00Z.']);
      expect(
        messages('assessed', 'treatment-planned', {
          ...planned,
          treatmentApproval: { byAccountId: 'someone-else', at: '2026-10-01T10:00:00Z' },
        }),
      ).toEqual([
        `The treatment plan may be approved only by the risk owner or AIMS management (the AIMS manager role). ${APP_RULE}`,
      ]);
      for (const treatmentApproval of [byOwner, byManager])
        expect(
          evaluateAiRiskTransition('assessed', 'treatment-planned', {
            ...planned,
            treatmentApproval,
          }).allowed,
        ).toBe(true);
    });

    it('a retained risk is accepted when treated, not when planned', () => {
      const retained = { ...planned, treatment: 'retain' as const, linkedControls: [] };
      expect(evaluateAiRiskTransition('assessed', 'treatment-planned', retained).allowed).toBe(
        true,
      );
      expect(messages('treatment-planned', 'treated', retained)).toEqual([
        'The risk must be accepted by someone: record who accepted it (6.1.3).',
        'Record when the risk was accepted (6.1.3).',
      ]);
      expect(
        messages('treatment-planned', 'treated', { ...retained, acceptance: byOwner }),
      ).toEqual([
        `The risk is High (score 16), above the risk appetite: only AIMS management (the AIMS manager role) may accept it. ${APP_RULE}`,
      ]);
      expect(
        evaluateAiRiskTransition('treatment-planned', 'treated', {
          ...retained,
          acceptance: byManager,
        }).allowed,
      ).toBe(true);
    });

    it('re-checks the assessment', () => {
      expect(messages('assessed', 'treatment-planned', { ...planned, likelihood: null })).toEqual([
        'Rate the likelihood of the risk (6.1.2).',
      ]);
    });
  });

  describe('treatment planned → treated', () => {
    it('needs the residual risk for a treated risk', () => {
      expect(messages('treatment-planned', 'treated', planned)).toEqual([
        'Rate the residual risk (likelihood and consequence after treatment) (6.1.3).',
      ]);
    });

    it('a residual risk within appetite is accepted by the risk owner or an AIMS manager, recorded', () => {
      const within = { ...planned, residual: { likelihood: 2, consequence: 3 } };
      expect(messages('treatment-planned', 'treated', within)).toEqual([
        'The risk must be accepted by someone: record who accepted it (6.1.3).',
        'Record when the risk was accepted (6.1.3).',
      ]);
      expect(
        messages('treatment-planned', 'treated', {
          ...within,
          acceptance: { byAccountId: 'someone-else', at: '2026-10-02T10:00:00Z' },
        }),
      ).toEqual([
        `The risk may be accepted only by the risk owner or AIMS management (the AIMS manager role). ${APP_RULE}`,
      ]);
      for (const acceptance of [byOwner, byManager])
        expect(
          evaluateAiRiskTransition('treatment-planned', 'treated', { ...within, acceptance }),
        ).toEqual({ allowed: true, reasons: [] });
    });

    it('only an AIMS manager accepts a residual risk above appetite', () => {
      const above = { ...planned, residual: { likelihood: 3, consequence: 4, level: 'high' } };
      expect(
        messages('treatment-planned', 'treated', {
          ...above,
          acceptance: { byAccountId: MANAGER },
        }),
      ).toEqual(['Record when the risk was accepted (6.1.3).']);
      expect(messages('treatment-planned', 'treated', { ...above, acceptance: byOwner })).toEqual([
        `The risk is High (score 12), above the risk appetite: only AIMS management (the AIMS manager role) may accept it. ${APP_RULE}`,
      ]);
      expect(
        evaluateAiRiskTransition('treatment-planned', 'treated', {
          ...above,
          acceptance: byManager,
        }).allowed,
      ).toBe(true);
    });

    it('does not repeat requirements already unmet', () => {
      expect(
        messages('treatment-planned', 'treated', {
          ...planned,
          linkedControls: [],
          residual: { likelihood: 5, consequence: 5 },
        }),
      ).toEqual([
        'Link at least one control that carries out the treatment (6.1.3); only a retained risk needs none.',
      ]);
    });
  });

  describe('closing, re-assessing, reopening', () => {
    it('closes only with a reason', () => {
      expect(messages('treated', 'closed', { ...planned, acceptance: byManager })).toEqual([
        'Say why the risk no longer needs monitoring.',
      ]);
      expect(
        evaluateAiRiskTransition('treated', 'closed', {
          ...planned,
          closureReason: 'System retired',
        }).allowed,
      ).toBe(true);
    });

    it('re-assesses and reopens freely', () => {
      expect(evaluateAiRiskTransition('treated', 'assessed', { matrix }).allowed).toBe(true);
      expect(evaluateAiRiskTransition('treatment-planned', 'assessed', { matrix }).allowed).toBe(
        true,
      );
      expect(evaluateAiRiskTransition('closed', 'identified', { matrix }).allowed).toBe(true);
    });

    it('lets a broken matrix fail loudly rather than pass a risk', () => {
      const broken = { ...matrix, bands: matrix.bands.slice(0, 1) } as typeof matrix;
      expect(() =>
        evaluateAiRiskTransition('identified', 'assessed', {
          matrix: broken,
          likelihood: 5,
          consequence: 5,
        }),
      ).toThrow('Score 25 is outside the risk matrix');
    });

    it('refuses skipping steps', () => {
      expect(messages('identified', 'treated', planned)).toEqual([
        'An AI risk cannot move from "identified" to "treated" (its steps are identified → assessed → treatment-planned → treated → closed).',
      ]);
    });
  });
});
