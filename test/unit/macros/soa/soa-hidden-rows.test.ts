import { buildStatementOfApplicability } from '../../../../src/domain/soa';
import { hiddenAnnexControls } from '../../../../src/macros/soa/soa-hidden-count';
import {
  snapshotIssueKeys,
  visibleSnapshotRows,
  withoutHiddenAnnexRows,
} from '../../../../src/macros/soa/soa-visibility';

describe('hiddenAnnexControls', () => {
  const provisioned = {
    'ISO42001:A.2.2': 'AIMS-1',
    'ISO42001:A.6.2.4': 'AIMS-19',
    'ISO42001:A.6.2.8': 'AIMS-23',
  };

  it('counts the provisioned Annex A control issues the viewer’s search did not return', () => {
    expect(hiddenAnnexControls(provisioned, new Set(['AIMS-1', 'AIMS-19', 'AIMS-23']))).toBe(0);
    expect(hiddenAnnexControls(provisioned, new Set(['AIMS-1', 'AIMS-19']))).toBe(1);
    expect(hiddenAnnexControls(provisioned, new Set())).toBe(3);
  });

  it('ignores issues the viewer sees that provisioning did not create (organization controls)', () => {
    expect(
      hiddenAnnexControls(provisioned, new Set(['AIMS-1', 'AIMS-19', 'AIMS-23', 'AIMS-99'])),
    ).toBe(0);
  });
});

describe('rows hidden from the viewer', () => {
  const provisioned = { 'ISO42001:A.2.2': 'AIMS-1', 'ISO42001:A.6.2.4': 'AIMS-19' };
  const visibleControl = {
    key: 'AIMS-1',
    controlId: 'ISO42001:A.2.2',
    applicability: 'included' as const,
    justification: 'Policy',
    implementationStatus: 'implemented' as const,
  };

  it('leaves out an Annex A row whose control issue the viewer cannot see instead of showing it as undecided', () => {
    const soa = buildStatementOfApplicability({
      controls: [visibleControl],
      risks: [],
      hiddenControlCount: 1,
    });
    const shown = withoutHiddenAnnexRows(soa, provisioned, new Set(['AIMS-1']));
    expect(shown.rows.map((r) => r.ref)).not.toContain('A.6.2.4');
    expect(shown.rows).toHaveLength(37);
    expect(shown.totals.undecided).toBe(36);
    expect(shown.hidden).toEqual({ controls: 1, risks: 0, total: 1 });
    expect(shown.groups.find((g) => g.ref === 'A.6')?.rows).toHaveLength(8);
  });

  it('keeps every row for a viewer with nothing hidden (a deleted issue shows as undecided)', () => {
    const soa = buildStatementOfApplicability({ controls: [visibleControl], risks: [] });
    expect(withoutHiddenAnnexRows(soa, provisioned, new Set(['AIMS-1'])).rows).toHaveLength(38);
  });

  it('removes hidden rows and risks from an approved snapshot and counts them', () => {
    const soa = buildStatementOfApplicability({
      controls: [
        { ...visibleControl, riskKeys: ['AIMS-50', 'AIMS-51'] },
        {
          key: 'AIMS-19',
          controlId: 'ISO42001:A.6.2.4',
          applicability: 'included',
          justification: 'x',
        },
      ],
      risks: [
        { key: 'AIMS-50', title: 'Open risk' },
        { key: 'AIMS-51', title: 'Confidential risk' },
      ],
    });
    expect(snapshotIssueKeys(soa.rows)).toEqual(['AIMS-1', 'AIMS-50', 'AIMS-51', 'AIMS-19']);
    const visible = visibleSnapshotRows(soa.rows, new Set(['AIMS-1', 'AIMS-50']));
    expect(visible.hiddenRows).toBe(1);
    expect(visible.hiddenRisks).toBe(1);
    expect(JSON.stringify(visible.rows)).not.toContain('Confidential risk');
    expect(JSON.stringify(visible.rows)).not.toContain('AIMS-19');
    const everything = visibleSnapshotRows(
      soa.rows,
      new Set(['AIMS-1', 'AIMS-19', 'AIMS-50', 'AIMS-51']),
    );
    expect(everything).toMatchObject({ hiddenRows: 0, hiddenRisks: 0 });
    expect(everything.rows).toHaveLength(38);
    // A viewer who sees every control but not one risk (no hidden row): the risk is still left out.
    const oneRisk = visibleSnapshotRows(soa.rows, new Set(['AIMS-1', 'AIMS-19', 'AIMS-50']));
    expect(oneRisk).toMatchObject({ hiddenRows: 0, hiddenRisks: 1 });
    expect(JSON.stringify(oneRisk.rows)).not.toContain('Confidential risk');
  });
});
