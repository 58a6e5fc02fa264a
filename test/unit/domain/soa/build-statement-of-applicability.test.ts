import fc from 'fast-check';
import { ANNEX_A_CONTROLS } from '../../../../src/domain/catalog';
import { CONTENT_HASH_PATTERN, canonicalJson, contentHash } from '../../../../src/domain/integrity';
import { DEFAULT_RISK_MATRIX } from '../../../../src/domain/risk';
import {
  SOA_RISKS_LISTED,
  buildStatementOfApplicability,
  canonicalRiskIdentity,
  diffSoa,
  riskCountOf,
  riskDigestOf,
} from '../../../../src/domain/soa';
import type { SoaBuildInput, SoaControlInput, SoaRiskInput } from '../../../../src/domain/soa';

const controls: SoaControlInput[] = [
  {
    key: 'AIMS-101',
    controlId: 'ISO42001:A.2.2',
    applicability: 'included',
    justification: 'Required by 5.2',
    implementationStatus: 'implemented',
    ownerAccountId: 'ciso-1',
    evidence: [{ url: 'https://wiki.example.com/ai-policy', label: 'AI policy' }],
    riskKeys: ['AIMS-7'],
  },
  {
    key: 'AIMS-102',
    controlId: 'ISO42001:A.6.2.8',
    applicability: 'included',
    justification: 'Event logs needed for incident analysis',
    implementationStatus: 'in-progress',
    ownerAccountId: 'eng-1',
  },
  {
    key: 'AIMS-103',
    controlId: 'ISO42001:A.10.4',
    applicability: 'excluded',
    justification: '  ',
    implementationStatus: 'not-started',
  },
  { key: 'AIMS-104', controlId: 'ISO42001:A.4.3', applicability: null },
  {
    key: 'AIMS-110',
    controlId: 'ORG:model-card-review',
    title: 'Model card peer review',
    applicability: 'included',
    justification: 'Our transparency commitment',
    implementationStatus: 'implemented',
  },
  {
    key: 'AIMS-111',
    controlId: 'ORG:access-review',
    applicability: 'included',
    justification: 'Access to training data',
    implementationStatus: 'planned',
  },
];

const risks: SoaRiskInput[] = [
  {
    key: 'AIMS-7',
    title: 'Policy not followed by data scientists',
    inherentLevel: 'high',
    residual: { level: 'medium' },
  },
  {
    key: 'AIMS-21',
    title: 'Unexplained credit refusals',
    inherentLevel: 'critical',
    linkedControls: ['ISO42001:A.6.2.8', 'ISO42001:A.2.2'],
  },
  {
    key: 'AIMS-9',
    title: 'Unknown band',
    inherentLevel: 'severe',
    linkedControls: ['ISO42001:A.6.2.8'],
  },
  { title: 'Draft risk without key or level', linkedControls: ['ORG:access-review'] },
  {
    title: 'Another draft risk',
    inherentLevel: 'high',
    residual: { level: 'tolerable' },
    linkedControls: ['ORG:access-review'],
  },
];

const input: SoaBuildInput = { controls, risks, riskBands: DEFAULT_RISK_MATRIX.bands };

describe('buildStatementOfApplicability', () => {
  const soa = buildStatementOfApplicability(input);
  const row = (id: string) => soa.rows.find((r) => r.controlId === id);

  it('always has the 38 Annex A rows in catalog order, grouped A.2–A.10, then organization controls', () => {
    const annex = soa.rows.filter((r) => r.source === 'annex-a');
    expect(annex.map((r) => r.controlId)).toEqual(ANNEX_A_CONTROLS.map((c) => c.id));
    expect(soa.groups.map((g) => g.ref)).toEqual([
      'A.2',
      'A.3',
      'A.4',
      'A.5',
      'A.6',
      'A.7',
      'A.8',
      'A.9',
      'A.10',
      'ORG',
    ]);
    expect(soa.groups.find((g) => g.ref === 'A.6')?.rows).toHaveLength(9);
    expect(soa.groups.reduce((n, g) => n + g.rows.length, 0)).toBe(40);
    expect(soa.rows.slice(38).map((r) => [r.controlId, r.ref, r.title])).toEqual([
      ['ORG:access-review', 'access-review', 'access-review'],
      ['ORG:model-card-review', 'model-card-review', 'Model card peer review'],
    ]);
  });

  it('fills a row from its AI Control record, with the risks that justify it (in issue-key order)', () => {
    expect(row('ISO42001:A.2.2')).toEqual({
      controlId: 'ISO42001:A.2.2',
      ref: 'A.2.2',
      title: 'AI policy',
      source: 'annex-a',
      objectiveId: 'ISO42001:A.2',
      recordKey: 'AIMS-101',
      applicability: 'included',
      justification: 'Required by 5.2',
      implementationStatus: 'implemented',
      ownerAccountId: 'ciso-1',
      risks: [
        {
          key: 'AIMS-7',
          title: 'Policy not followed by data scientists',
          level: 'high',
          levelLabel: 'High',
          residualLevel: 'medium',
          residualLevelLabel: 'Medium',
        },
        {
          key: 'AIMS-21',
          title: 'Unexplained credit refusals',
          level: 'critical',
          levelLabel: 'Critical',
          residualLevel: null,
          residualLevelLabel: null,
        },
      ],
      riskCount: 2,
      riskDigest: expect.stringMatching(CONTENT_HASH_PATTERN) as string,
      evidence: [{ url: 'https://wiki.example.com/ai-policy', label: 'AI policy' }],
      flags: [],
      duplicateKeys: [],
    });
    expect(row('ISO42001:A.6.2.8')?.risks.map((r) => [r.key, r.levelLabel])).toEqual([
      ['AIMS-9', 'severe'],
      ['AIMS-21', 'Critical'],
    ]);
    expect(row('ORG:access-review')?.risks).toEqual([
      {
        key: null,
        title: 'Another draft risk',
        level: 'high',
        levelLabel: 'High',
        residualLevel: 'tolerable',
        residualLevelLabel: 'tolerable',
      },
      {
        key: null,
        title: 'Draft risk without key or level',
        level: null,
        levelLabel: null,
        residualLevel: null,
        residualLevelLabel: null,
      },
    ]);
  });

  it('shows controls without a decision as undecided and flags missing justifications', () => {
    expect(row('ISO42001:A.3.2')).toMatchObject({
      recordKey: null,
      applicability: 'undecided',
      justification: null,
      implementationStatus: null,
      ownerAccountId: null,
      risks: [],
      evidence: [],
      flags: ['undecided'],
    });
    expect(row('ISO42001:A.4.3')).toMatchObject({ recordKey: 'AIMS-104', flags: ['undecided'] });
    expect(row('ISO42001:A.10.4')).toMatchObject({
      applicability: 'excluded',
      justification: null,
      flags: ['justification-missing'],
    });
  });

  it('counts applicable, implemented (% of applicable), excluded, undecided and missing justifications', () => {
    expect(soa.totals).toEqual({
      rows: 40,
      applicable: 4,
      implemented: 2,
      implementedPercent: 50,
      excluded: 1,
      undecided: 35,
      justificationMissing: 1,
    });
    expect(soa.groups.find((g) => g.ref === 'A.10')?.totals).toEqual({
      rows: 3,
      applicable: 0,
      implemented: 0,
      implementedPercent: null,
      excluded: 1,
      undecided: 2,
      justificationMissing: 1,
    });
    const third = buildStatementOfApplicability({
      controls: controls
        .slice(0, 3)
        .concat({ ...controls[1]!, controlId: 'ISO42001:A.7.2', key: 'AIMS-120' }),
      risks: [],
    });
    expect(third.totals.implementedPercent).toBe(33.3);
  });

  it('reports how many items were hidden from the viewer', () => {
    expect(soa.hidden).toEqual({ controls: 0, risks: 0, total: 0 });
    expect(
      buildStatementOfApplicability({ ...input, hiddenControlCount: 2, hiddenRiskCount: 1 }).hidden,
    ).toEqual({ controls: 2, risks: 1, total: 3 });
    expect(
      buildStatementOfApplicability({ ...input, hiddenControlCount: -1, hiddenRiskCount: 1.5 })
        .hidden,
    ).toEqual({ controls: 0, risks: 0, total: 0 });
  });

  it('flags a control claimed by two records and lists records it cannot place', () => {
    const result = buildStatementOfApplicability({
      controls: [
        ...controls,
        {
          key: 'AIMS-130',
          controlId: 'ISO42001:A.2.2',
          applicability: 'excluded',
          justification: 'x',
        },
        { controlId: 'ISO42001:A.2.2', applicability: 'excluded', justification: 'y' },
        { key: 'AIMS-140', controlId: 'A.6.2.4' },
        { controlId: 'ISO27001:A.5.1' },
      ],
      risks: [],
    });
    expect(result.rows.find((r) => r.controlId === 'ISO42001:A.2.2')).toMatchObject({
      recordKey: 'AIMS-101',
      applicability: 'included',
      flags: ['duplicate-record'],
      duplicateKeys: ['AIMS-130'],
    });
    expect(result.unplaced).toEqual([
      { key: 'AIMS-140', controlId: 'A.6.2.4' },
      { key: null, controlId: 'ISO27001:A.5.1' },
    ]);
    expect(result.rows).toHaveLength(40);
  });

  it('has no organization group when there are no organization controls', () => {
    const empty = buildStatementOfApplicability({ controls: [], risks: [] });
    expect(empty.groups).toHaveLength(9);
    expect(empty.totals).toMatchObject({ rows: 38, undecided: 38, implementedPercent: null });
  });

  it('lists the first risks of a row in key order and counts and digests all of them', () => {
    const many: SoaRiskInput[] = Array.from({ length: SOA_RISKS_LISTED + 7 }, (_, i) => ({
      key: `AIMS-${1000 - i}`,
      title: `Risk ${i}`,
      inherentLevel: 'low',
      linkedControls: ['ISO42001:A.5.2'],
    }));
    const soa = buildStatementOfApplicability({ controls: [], risks: many });
    const a52 = soa.rows.find((r) => r.ref === 'A.5.2');
    expect(a52?.risks.map((r) => r.key)).toEqual(
      Array.from({ length: SOA_RISKS_LISTED }, (_, i) => `AIMS-${984 + i}`),
    );
    expect(a52?.riskCount).toBe(SOA_RISKS_LISTED + 7);
    // The digest is the content hash of the key and title of every risk, in order.
    const all = buildStatementOfApplicability({ controls: [], risks: many.slice(0, 5) });
    const five = all.rows.find((r) => r.ref === 'A.5.2');
    expect(five?.riskDigest).toBe(
      contentHash(five?.risks.map((r) => ({ key: r.key, title: r.title }))),
    );

    // A risk renamed or unlinked beyond the listed ones still changes the row.
    const renamed = many.map((r) => (r.key === 'AIMS-1000' ? { ...r, title: 'Renamed' } : r));
    const unlinked = many.filter((r) => r.key !== 'AIMS-1000');
    for (const risks of [renamed, unlinked]) {
      const after = buildStatementOfApplicability({ controls: [], risks });
      expect(after.rows.find((r) => r.ref === 'A.5.2')?.risks).toEqual(a52?.risks);
      expect(diffSoa(soa.rows, after.rows).changed).toEqual([
        expect.objectContaining({ controlId: 'ISO42001:A.5.2', fields: ['risks'] }),
      ]);
    }
    // So does a new level of a listed risk.
    const rated = many.map((r) => (r.key === 'AIMS-984' ? { ...r, inherentLevel: 'high' } : r));
    const after = buildStatementOfApplicability({ controls: [], risks: rated });
    expect(diffSoa(soa.rows, after.rows).changed.map((c) => c.fields)).toEqual([['risks']]);
  });

  it('reads a row approved before rows were bounded as listing all of its risks', () => {
    const current = buildStatementOfApplicability(input).rows;
    const old = current.map(({ riskCount: _count, riskDigest: _digest, ...row }) => row);
    expect(old.map(riskCountOf)).toEqual(current.map((r) => r.risks.length));
    expect(old.map(riskDigestOf)).toEqual(current.map(riskDigestOf));
    expect(diffSoa(old, current).identical).toBe(true);
  });

  it('does work linear in the number of controls and risks (reads of the inputs counted, n vs 4n)', () => {
    const reads = (n: number): number => {
      let count = 0;
      const counted = <T extends object>(value: T): T =>
        new Proxy(value, {
          get(target, property, receiver) {
            count += 1;
            return Reflect.get(target, property, receiver) as unknown;
          },
        });
      const orgControls = Array.from({ length: n }, (_, i) =>
        counted<SoaControlInput>({
          key: `AIMS-${i + 1}`,
          controlId: `ORG:c-${i}`,
          title: `Control ${i}`,
          applicability: 'included',
          justification: 'Needed',
          riskKeys: [`AIMS-${100_000 + i}`],
        }),
      );
      const manyRisks = Array.from({ length: n }, (_, i) =>
        counted<SoaRiskInput>({
          key: `AIMS-${100_000 + i}`,
          title: `Risk ${i}`,
          inherentLevel: 'medium',
          linkedControls: [`ORG:c-${(i * 7) % n}`, 'ISO42001:A.5.2'],
        }),
      );
      buildStatementOfApplicability({ controls: orgControls, risks: manyRisks });
      return count;
    };
    // Quadratic work (every risk looked at for every row) would read 16 times as much.
    expect(reads(2000) / reads(500)).toBeLessThan(5);
  });
});

describe('canonicalRiskIdentity', () => {
  it('writes exactly the canonical JSON of any risk key and title', () => {
    fc.assert(
      fc.property(
        fc.record({ key: fc.option(fc.string(), { nil: null }), title: fc.string() }),
        (ref) => canonicalRiskIdentity(ref) === canonicalJson(ref),
      ),
    );
  });
});
