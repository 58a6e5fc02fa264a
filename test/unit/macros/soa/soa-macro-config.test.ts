import { checkSoaMacroConfig } from '../../../../src/macros/soa/soa-macro-config';
import { filterRows } from '../../../../src/macros/soa/soa-filter';
import { buildStatementOfApplicability } from '../../../../src/domain/soa';

describe('checkSoaMacroConfig', () => {
  it('accepts a project key and defaults to including organization controls', () => {
    expect(checkSoaMacroConfig({ projectKey: 'AIMS' })).toEqual({
      ok: true,
      config: { projectKey: 'AIMS', includeOrganizationControls: true },
    });
    expect(
      checkSoaMacroConfig({ projectKey: 'AIMS', includeOrganizationControls: 'false' }),
    ).toEqual({
      ok: true,
      config: { projectKey: 'AIMS', includeOrganizationControls: false },
    });
  });

  it('refuses a missing or bad configuration with reasons', () => {
    expect(checkSoaMacroConfig(undefined)).toEqual({
      ok: false,
      problems: [expect.stringContaining('no settings are saved yet')],
    });
    expect(
      checkSoaMacroConfig({ projectKey: 'aims', includeOrganizationControls: 'maybe' }),
    ).toEqual({
      ok: false,
      problems: [
        'Jira project must be a project key like AIMS',
        'Include organization controls must be yes or no',
      ],
    });
  });
});

describe('filterRows', () => {
  const rows = buildStatementOfApplicability({
    controls: [
      {
        key: 'AIMS-1',
        controlId: 'ISO42001:A.2.2',
        applicability: 'included',
        justification: 'x',
        implementationStatus: 'implemented',
      },
      { key: 'AIMS-2', controlId: 'ISO42001:A.6.2.4', applicability: 'excluded' },
      {
        key: 'AIMS-3',
        controlId: 'ORG:red-team',
        title: 'Red team',
        applicability: 'included',
        justification: 'y',
      },
    ],
    risks: [],
  }).rows;

  it('filters by objective group and by status', () => {
    expect(filterRows(rows, { objective: 'ISO42001:A.2' }).map((r) => r.ref)).toEqual([
      'A.2.2',
      'A.2.3',
      'A.2.4',
    ]);
    expect(filterRows(rows, { objective: 'ORG' }).map((r) => r.ref)).toEqual(['red-team']);
    expect(filterRows(rows, { status: 'implemented' }).map((r) => r.ref)).toEqual(['A.2.2']);
    expect(filterRows(rows, { status: 'justification-missing' }).map((r) => r.ref)).toEqual([
      'A.6.2.4',
    ]);
    expect(
      filterRows(rows, { objective: 'ISO42001:A.6', status: 'excluded' }).map((r) => r.ref),
    ).toEqual(['A.6.2.4']);
    expect(filterRows(rows, {})).toHaveLength(39);
  });
});
