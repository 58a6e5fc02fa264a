import { ANNEX_A_CONTROLS } from '../../../../src/domain/catalog';
import { APP_RULE_NOTE } from '../../../../src/domain/lifecycle/app-rule';
import {
  UNREADY_ROWS_NAMED,
  buildStatementOfApplicability,
  controlDecisionRequirements,
  soaReadinessBlockers,
  unreadySoaRows,
} from '../../../../src/domain/soa';
import type { ControlDecisionFacts, SoaControlInput } from '../../../../src/domain/soa';

const decided = (ref: string, more: Partial<SoaControlInput> = {}): SoaControlInput => ({
  key: `AIMS-${ref}`,
  controlId: `ISO42001:${ref}`,
  applicability: 'included',
  justification: 'Needed',
  implementationStatus: 'in-progress',
  ...more,
});

const allDecided = (): SoaControlInput[] => ANNEX_A_CONTROLS.map((c) => decided(c.ref));

const soaOf = (controls: SoaControlInput[]) =>
  buildStatementOfApplicability({ controls, risks: [] });

describe('SoA readiness for approval', () => {
  it('is ready when every row is decided, justified, and every implemented one has evidence', () => {
    const controls = allDecided().map((c, i) =>
      i === 0
        ? { ...c, implementationStatus: 'implemented' as const, evidence: [{ url: 'https://x' }] }
        : i === 1
          ? { ...c, applicability: 'excluded' as const }
          : c,
    );
    expect(soaReadinessBlockers(soaOf(controls).rows)).toEqual([]);
  });

  it('names how many rows are not ready and which controls, with what each lacks', () => {
    const controls = allDecided()
      .filter((c) => c.controlId !== 'ISO42001:A.4.5')
      .map((c) =>
        c.controlId === 'ISO42001:A.10.4'
          ? { ...c, applicability: 'excluded' as const, justification: ' ' }
          : c.controlId === 'ISO42001:A.2.4'
            ? { ...c, implementationStatus: 'implemented' as const }
            : c,
      );
    const rows = soaOf(controls).rows;
    expect(unreadySoaRows(rows)).toEqual([
      { ref: 'A.2.4', gaps: ['evidence-missing'] },
      { ref: 'A.4.5', gaps: ['undecided'] },
      { ref: 'A.10.4', gaps: ['unjustified'] },
    ]);
    const [first, second] = soaReadinessBlockers(rows);
    expect(first).toBe(
      '3 rows are not ready: A.2.4 (implemented without evidence), A.4.5 (undecided), A.10.4 (no justification). Every control needs a decision, included or excluded, with its justification (6.1.3 d).',
    );
    expect(second).toContain(APP_RULE_NOTE);
  });

  it('names the first controls and counts the rest on an undecided SoA', () => {
    const [blocker] = soaReadinessBlockers(soaOf([]).rows);
    expect(blocker).toContain(`${ANNEX_A_CONTROLS.length} rows are not ready`);
    expect(blocker).toContain(`and ${ANNEX_A_CONTROLS.length - UNREADY_ROWS_NAMED} more`);
  });
});

describe('AI Control workflow requirements', () => {
  const facts = (more: Partial<ControlDecisionFacts> = {}): ControlDecisionFacts => ({
    applicability: 'included',
    justification: 'Needed',
    implementationStatus: 'implemented',
    hasEvidence: true,
    ...more,
  });
  const codes = (step: 'start' | 'complete', f: ControlDecisionFacts) =>
    controlDecisionRequirements(step, f).map((r) => r.code);

  it('lets a decided, justified control start, and be done once implemented with evidence', () => {
    expect(codes('start', facts({ implementationStatus: 'planned' }))).toEqual([]);
    expect(codes('complete', facts())).toEqual([]);
    expect(
      codes('complete', facts({ applicability: 'excluded', implementationStatus: null })),
    ).toEqual([]);
  });

  it('refuses each gap with its own reason', () => {
    expect(codes('complete', facts({ applicability: null, hasEvidence: false }))).toEqual([
      'applicability-undecided',
      'evidence-missing',
    ]);
    expect(codes('complete', facts({ applicability: 'excluded', justification: ' ' }))).toEqual([
      'exclusion-unjustified',
    ]);
    expect(codes('start', facts({ justification: null }))).toEqual(['inclusion-unjustified']);
    expect(codes('start', facts({ applicability: 'excluded' }))).toEqual([
      'excluded-not-implemented',
    ]);
    expect(codes('complete', facts({ implementationStatus: 'in-progress' }))).toEqual([
      'not-implemented',
    ]);
    expect(codes('start', facts({ hasEvidence: false }))).toEqual(['evidence-missing']);
  });
});
