import { buildStatementOfApplicability, diffSoa, soaContentHash } from '../../../../src/domain/soa';
import type { SoaControlInput, SoaRow } from '../../../../src/domain/soa';

const base: SoaControlInput[] = [
  {
    key: 'AIMS-101',
    controlId: 'ISO42001:A.2.2',
    applicability: 'included',
    justification: 'Required by 5.2',
    implementationStatus: 'in-progress',
    ownerAccountId: 'ciso-1',
  },
  {
    key: 'AIMS-110',
    controlId: 'ORG:red-team',
    title: 'Red teaming',
    applicability: 'included',
    justification: 'High-impact systems',
    implementationStatus: 'planned',
  },
];
const rowsOf = (controls: SoaControlInput[]): readonly SoaRow[] =>
  buildStatementOfApplicability({ controls, risks: [] }).rows;

describe('soaContentHash', () => {
  it('is stable for the same content and changes with any row change', () => {
    const approved = rowsOf(base);
    expect(soaContentHash(approved)).toBe(soaContentHash(JSON.parse(JSON.stringify(approved))));
    expect(soaContentHash(approved)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const edited = rowsOf([{ ...base[0]!, justification: 'Required by 5.2 and A.2.2' }, base[1]!]);
    expect(soaContentHash(edited)).not.toBe(soaContentHash(approved));
  });
});

describe('diffSoa', () => {
  it('reports nothing for identical SoAs', () => {
    const rows = rowsOf(base);
    expect(diffSoa(rows, rows)).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchangedCount: 39,
      identical: true,
    });
  });

  it('lists added, removed and changed rows with the fields that changed', () => {
    const approved = rowsOf(base);
    const current = rowsOf([
      {
        ...base[0]!,
        implementationStatus: 'implemented',
        evidence: [{ url: 'https://e.example/1' }],
      },
      {
        key: 'AIMS-112',
        controlId: 'ORG:bias-audit',
        title: 'Bias audit',
        applicability: 'included',
        justification: 'Fairness objective',
      },
    ]);
    const diff = diffSoa(approved, current);
    expect(diff.identical).toBe(false);
    expect(diff.added.map((r) => r.controlId)).toEqual(['ORG:bias-audit']);
    expect(diff.removed.map((r) => r.controlId)).toEqual(['ORG:red-team']);
    expect(diff.changed.map((c) => [c.controlId, c.fields])).toEqual([
      ['ISO42001:A.2.2', ['implementationStatus', 'evidence']],
    ]);
    expect(diff.changed[0]?.before.implementationStatus).toBe('in-progress');
    expect(diff.changed[0]?.after.implementationStatus).toBe('implemented');
    expect(diff.unchangedCount).toBe(37);
  });

  it('notices a decision taken on a control that was undecided at approval', () => {
    const diff = diffSoa(
      rowsOf(base),
      rowsOf([
        ...base,
        {
          key: 'AIMS-150',
          controlId: 'ISO42001:A.10.3',
          applicability: 'excluded',
          justification: 'No suppliers',
        },
      ]),
    );
    expect(diff.changed.map((c) => [c.controlId, c.fields])).toEqual([
      ['ISO42001:A.10.3', ['applicability', 'justification', 'recordKey']],
    ]);
  });
});
