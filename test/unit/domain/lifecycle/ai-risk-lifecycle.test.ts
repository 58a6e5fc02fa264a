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

const planned: AiRiskLifecycleFacts = {
  matrix,
  likelihood: 4,
  consequence: 4,
  treatment: 'modify',
  linkedControls: ['ISO42001:A.6.2.6'],
};
const approval = { approverAccountId: 'ciso-1', approvedAt: '2026-10-01T10:00:00Z' };

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
      expect(messages('identified', 'assessed', { matrix })).toEqual([
        'Rate the likelihood of the risk (6.1.2).',
        'Rate the consequence of the risk (6.1.2).',
      ]);
      expect(messages('identified', 'assessed', { matrix, likelihood: 2 })).toEqual([
        'Rate the consequence of the risk (6.1.2).',
      ]);
      expect(evaluateAiRiskTransition('identified', 'assessed', planned).allowed).toBe(true);
    });

    it('refuses levels that are not on the configured scale', () => {
      expect(
        messages('identified', 'assessed', { matrix, likelihood: 6, consequence: null }),
      ).toEqual(['Rate the consequence of the risk (6.1.2).']);
      expect(messages('identified', 'assessed', { matrix, likelihood: 6, consequence: 2 })).toEqual(
        ['Likelihood 6 is not on the likelihood scale: choose a whole number from 1 to 5 (6.1.2).'],
      );
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
          matrix,
          likelihood: 1,
          consequence: 1,
          treatment: 'avoid',
        }),
      ).toHaveLength(1);
      expect(evaluateAiRiskTransition('assessed', 'treatment-planned', planned).allowed).toBe(true);
    });

    it('retaining a risk above appetite needs an approver (the risk module’s rule)', () => {
      const retained = { ...planned, treatment: 'retain' as const, linkedControls: [] };
      expect(messages('assessed', 'treatment-planned', retained)).toEqual([
        'The residual risk is High (score 16), above the risk appetite (Medium): accepting it needs an approver, recorded with the time of acceptance (6.1.3).',
      ]);
      expect(
        evaluateAiRiskTransition('assessed', 'treatment-planned', {
          ...retained,
          acceptance: approval,
        }).allowed,
      ).toBe(true);
      expect(
        evaluateAiRiskTransition('assessed', 'treatment-planned', {
          ...retained,
          likelihood: 2,
          consequence: 2,
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

    it('accepts a residual risk within appetite without approver', () => {
      expect(
        evaluateAiRiskTransition('treatment-planned', 'treated', {
          ...planned,
          residual: { likelihood: 2, consequence: 3 },
        }),
      ).toEqual({ allowed: true, reasons: [] });
    });

    it('needs an approver for a residual risk above appetite', () => {
      const above = { ...planned, residual: { likelihood: 3, consequence: 4, level: 'high' } };
      expect(messages('treatment-planned', 'treated', above)).toEqual([
        'The residual risk is High (score 12), above the risk appetite (Medium): accepting it needs an approver, recorded with the time of acceptance (6.1.3).',
      ]);
      expect(
        messages('treatment-planned', 'treated', {
          ...above,
          acceptance: { approverAccountId: 'ciso-1' },
        }),
      ).toEqual([
        'The residual risk is High (score 12), above the risk appetite (Medium): record when it was accepted (6.1.3).',
      ]);
      expect(
        evaluateAiRiskTransition('treatment-planned', 'treated', { ...above, acceptance: approval })
          .allowed,
      ).toBe(true);
    });

    it('a retained risk needs no separate residual rating', () => {
      expect(
        evaluateAiRiskTransition('treatment-planned', 'treated', {
          matrix,
          likelihood: 1,
          consequence: 3,
          treatment: 'retain',
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
      expect(messages('treated', 'closed', planned)).toEqual([
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
