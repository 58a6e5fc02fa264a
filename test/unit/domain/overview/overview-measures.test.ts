import {
  EMPTY_REGISTER,
  addKpi,
  ageBandOf,
  ageBands,
  closureTime,
  heatMapCellId,
  lastQuarters,
  latestKpiResults,
  levelNumberOf,
  monitoringRegisterSchema,
  quarterOf,
  recordKpiResult,
  removeKpi,
  riskHeatMap,
  sharePercent,
  updateKpi,
} from '../../../../src/domain/overview';
import { DEFAULT_RISK_MATRIX } from '../../../../src/domain/risk';

describe('quarters', () => {
  it('finds the quarter of a date with its first day and the first day of the next', () => {
    expect(quarterOf('2026-12-06')).toEqual({
      label: '2026 Q4',
      start: '2026-10-01',
      before: '2027-01-01',
    });
    expect(quarterOf('2026-02-28')).toEqual({
      label: '2026 Q1',
      start: '2026-01-01',
      before: '2026-04-01',
    });
  });

  it('lists the last four quarters, oldest first, across a year boundary', () => {
    expect(lastQuarters('2026-02-10').map((q) => q.label)).toEqual([
      '2025 Q2',
      '2025 Q3',
      '2025 Q4',
      '2026 Q1',
    ]);
  });
});

describe('age bands', () => {
  const bands = ageBands('2026-12-06');

  it('splits creation dates into adjoining ranges, youngest first', () => {
    expect(bands).toEqual([
      { id: 'under30', label: 'Under 30 days', createdFrom: '2026-11-07' },
      {
        id: 'under90',
        label: '30–89 days',
        createdFrom: '2026-09-08',
        createdBefore: '2026-11-07',
      },
      {
        id: 'under180',
        label: '90–179 days',
        createdFrom: '2026-06-10',
        createdBefore: '2026-09-08',
      },
      { id: 'older', label: '180 days and more', createdBefore: '2026-06-10' },
    ]);
  });

  it('puts a record in exactly one band at the edges', () => {
    expect(ageBandOf(bands, '2026-12-06')).toBe('under30');
    expect(ageBandOf(bands, '2026-11-07')).toBe('under30'); // 29 days old
    expect(ageBandOf(bands, '2026-11-06')).toBe('under90'); // 30 days old
    expect(ageBandOf(bands, '2026-06-10')).toBe('under180');
    expect(ageBandOf(bands, '2026-06-09')).toBe('older');
  });
});

describe('closure time', () => {
  it('is the mean of the spans in days, with the longest', () => {
    expect(
      closureTime([
        { openedOn: '2026-01-01T09:00:00Z', closedOn: '2026-01-11T10:00:00Z' },
        { openedOn: '2026-02-01', closedOn: '2026-02-06' },
        { openedOn: '2026-03-01', closedOn: '2026-03-01' },
      ]),
    ).toEqual({ count: 3, meanDays: 5, longestDays: 10 });
  });

  it('has no mean when nothing was closed', () => {
    expect(closureTime([])).toEqual({ count: 0, meanDays: null, longestDays: null });
  });
});

describe('share', () => {
  it('rounds to whole percent and has none of an empty whole', () => {
    expect(sharePercent(2, 3)).toBe(67);
    expect(sharePercent(0, 0)).toBeNull();
    expect(sharePercent(5, 4)).toBe(100);
  });
});

describe('risk heat map', () => {
  it('places counts on the matrix, most likely row first, each cell with its band', () => {
    const map = riskHeatMap(
      DEFAULT_RISK_MATRIX,
      new Map([
        [heatMapCellId(4, 5), 2],
        [heatMapCellId(1, 1), 1],
      ]),
    );
    expect(map.rows).toHaveLength(5);
    expect(map.rows[0]?.map((c) => c.likelihood)).toEqual([5, 5, 5, 5, 5]);
    const likely = map.rows[1]?.[4];
    expect(likely).toEqual({
      likelihood: 4,
      consequence: 5,
      bandId: 'critical',
      bandLabel: 'Critical',
      count: 2,
    });
    expect(map.rows[4]?.[0]).toMatchObject({
      likelihood: 1,
      consequence: 1,
      bandId: 'low',
      count: 1,
    });
    expect(map.rows.flat().reduce((n, c) => n + c.count, 0)).toBe(3);
  });

  it('reads the level number of a scale option', () => {
    expect(levelNumberOf('4 - Likely')).toBe(4);
    expect(levelNumberOf('Likely')).toBeUndefined();
    expect(levelNumberOf(null)).toBeUndefined();
  });
});

describe('monitoring register', () => {
  const definition = {
    name: 'Open major nonconformities',
    method: 'Count of open Major findings',
    frequency: 'Monthly' as const,
    owner: 'AIMS manager',
    target: '0',
    jql: 'project = AIMS',
  };

  it('adds, changes, records results (one a day, in date order) and removes KPIs', () => {
    let register = addKpi(EMPTY_REGISTER, definition);
    register = addKpi(register, { ...definition, name: 'Training completion', jql: '' });
    expect(register.kpis.map((k) => k.id)).toEqual(['kpi-1', 'kpi-2']);
    register = recordKpiResult(register, 'kpi-1', { on: '2026-11-01', value: 3 });
    register = recordKpiResult(register, 'kpi-1', { on: '2026-10-01', value: 5 });
    register = recordKpiResult(register, 'kpi-1', { on: '2026-11-01', value: 2 });
    expect(register.kpis[0]?.results).toEqual([
      { on: '2026-10-01', value: 5 },
      { on: '2026-11-01', value: 2 },
    ]);
    register = updateKpi(register, 'kpi-1', { ...definition, target: '1' });
    expect(register.kpis[0]).toMatchObject({ target: '1', results: [{ value: 5 }, { value: 2 }] });
    expect(latestKpiResults(register)[0]).toMatchObject({
      latest: { on: '2026-11-01', value: 2 },
      previous: { on: '2026-10-01', value: 5 },
    });
    register = removeKpi(register, 'kpi-2');
    expect(register.kpis.map((k) => k.id)).toEqual(['kpi-1']);
    expect(addKpi(register, definition).kpis.at(-1)?.id).toBe('kpi-3');
  });

  it('refuses a KPI that is not there and a stored register that is not valid', () => {
    expect(() => recordKpiResult(EMPTY_REGISTER, 'kpi-9', { on: '2026-11-01', value: 1 })).toThrow(
      'There is no KPI kpi-9',
    );
    expect(monitoringRegisterSchema.safeParse({ kpis: [{ id: 'x' }] }).success).toBe(false);
  });
});
