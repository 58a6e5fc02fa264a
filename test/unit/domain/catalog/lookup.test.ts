import {
  ANNEX_A_CONTROLS,
  ANNEX_A_OBJECTIVES,
  ANNEX_C_OBJECTIVES,
  ANNEX_C_RISK_SOURCES,
  CLAUSES,
  UnknownCatalogIdError,
  controlsOfObjective,
  findCatalogEntry,
  getAnnexCItem,
  getClause,
  getControl,
  getObjective,
  isCatalogId,
  normalizeIso42001Id,
  parseIso42001Id,
} from '../../../../src/domain/catalog';

const catchError = (fn: () => unknown): UnknownCatalogIdError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof UnknownCatalogIdError) return error;
    throw error;
  }
  throw new Error('expected an UnknownCatalogIdError');
};

describe('ISO/IEC 42001 catalog contents', () => {
  it('holds exactly 38 Annex A controls and 9 objectives, A.2 to A.10', () => {
    expect(ANNEX_A_CONTROLS).toHaveLength(38);
    expect(ANNEX_A_OBJECTIVES.map((o) => o.ref)).toEqual([
      'A.2',
      'A.3',
      'A.4',
      'A.5',
      'A.6',
      'A.7',
      'A.8',
      'A.9',
      'A.10',
    ]);
  });

  it('has unique IDs across the whole catalog, all namespaced', () => {
    const ids = [
      ...CLAUSES,
      ...ANNEX_A_OBJECTIVES,
      ...ANNEX_A_CONTROLS,
      ...ANNEX_C_OBJECTIVES,
      ...ANNEX_C_RISK_SOURCES,
    ].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^ISO42001:/);
  });

  it('gives every control an objective that exists and a matching ref', () => {
    for (const control of ANNEX_A_CONTROLS) {
      expect(getObjective(control.objectiveId).id).toBe(control.objectiveId);
      expect(control.id).toBe(`ISO42001:${control.ref}`);
      expect(control.ref.startsWith(`${getObjective(control.objectiveId).ref}.`)).toBe(true);
    }
  });

  it('has the number of controls per objective the standard has', () => {
    const counts = ANNEX_A_OBJECTIVES.map((o) => controlsOfObjective(o.id).length);
    expect(counts).toEqual([3, 2, 5, 4, 9, 5, 4, 3, 3]);
  });

  it.each([
    ['ISO42001:A.2.2', 'AI policy'],
    ['ISO42001:A.3.3', 'Reporting of concerns'],
    ['ISO42001:A.5.4', 'Assessing AI system impact on individuals or groups of individuals'],
    ['ISO42001:A.6.1.2', 'Objectives for responsible development of AI system'],
    ['ISO42001:A.6.2.4', 'AI system verification and validation'],
    ['ISO42001:A.6.2.8', 'AI system recording of event logs'],
    ['ISO42001:A.7.5', 'Data provenance'],
    ['ISO42001:A.8.4', 'Communication of incidents'],
    ['ISO42001:A.9.4', 'Intended use of the AI system'],
    ['ISO42001:A.10.4', 'Customers'],
  ])('has %s titled "%s"', (id, title) => {
    expect(getControl(id).title).toBe(title);
  });

  it('holds 11 Annex C objectives and 7 risk sources', () => {
    expect(ANNEX_C_OBJECTIVES).toHaveLength(11);
    expect(ANNEX_C_RISK_SOURCES).toHaveLength(7);
  });

  it('has the clauses 4 to 10 with their titles', () => {
    expect(getClause('ISO42001:10.2').title).toBe('Nonconformity and corrective action');
    expect(getClause('ISO42001:9.3.2').title).toBe('Management review inputs');
    expect(getClause('ISO42001:6.1.3').title).toBe('AI risk treatment');
    const tops = CLAUSES.filter((c) => !c.ref.includes('.')).map((c) => c.ref);
    expect(tops).toEqual(['4', '5', '6', '7', '8', '9', '10']);
  });
});

describe('catalog lookups', () => {
  it('returns the entry without its kind tag', () => {
    expect(getControl('ISO42001:A.10.4')).toEqual({
      id: 'ISO42001:A.10.4',
      ref: 'A.10.4',
      title: 'Customers',
      objectiveId: 'ISO42001:A.10',
    });
    expect(getObjective('ISO42001:A.6')).toEqual({
      id: 'ISO42001:A.6',
      ref: 'A.6',
      title: 'AI system life cycle',
    });
  });

  it('rejects an unknown control, naming it', () => {
    const error = catchError(() => getControl('ISO42001:A.6.2.9'));
    expect(error.message).toBe('"ISO42001:A.6.2.9" is not an ISO/IEC 42001 Annex A control.');
    expect(error.id).toBe('ISO42001:A.6.2.9');
    expect(error.expected).toBe('annex-a-control');
    expect(error.name).toBe('UnknownCatalogIdError');
    expect(error).toBeInstanceOf(Error);
  });

  it('rejects an ID of the wrong kind', () => {
    expect(() => getControl('ISO42001:A.6')).toThrow(
      '"ISO42001:A.6" is not an ISO/IEC 42001 Annex A control.',
    );
    expect(() => getObjective('ISO42001:A.6.2.4')).toThrow(
      '"ISO42001:A.6.2.4" is not an ISO/IEC 42001 Annex A control objective.',
    );
    expect(() => getClause('ISO42001:A.6.2.4')).toThrow(
      '"ISO42001:A.6.2.4" is not an ISO/IEC 42001 clause.',
    );
  });

  it('rejects a bare ID with a hint to namespace it', () => {
    expect(() => getControl('A.6.2.4')).toThrow(
      '"A.6.2.4" is not an ISO/IEC 42001 Annex A control. Use the namespaced form "ISO42001:A.6.2.4".',
    );
    expect(() => parseIso42001Id('10.2')).toThrow(
      '"10.2" is not an ISO/IEC 42001 ID. Use the namespaced form "ISO42001:10.2".',
    );
  });

  it('rejects an ISO 27001 ID without a hint', () => {
    expect(() => parseIso42001Id('ISO27001:A.5.1')).toThrow(
      /^"ISO27001:A\.5\.1" is not an ISO\/IEC 42001 ID\.$/,
    );
    expect(() => parseIso42001Id('A.5.1')).toThrow(/^"A\.5\.1" is not an ISO\/IEC 42001 ID\.$/);
  });

  it('finds Annex C objectives and risk sources', () => {
    expect(getAnnexCItem('ISO42001:C.objective.fairness')).toMatchObject({
      kind: 'annex-c-objective',
      title: 'Fairness',
    });
    expect(getAnnexCItem('ISO42001:C.risk-source.level-of-automation')).toMatchObject({
      kind: 'annex-c-risk-source',
      title: 'Level of automation',
    });
    expect(() => getAnnexCItem('ISO42001:C.objective.speed')).toThrow(
      '"ISO42001:C.objective.speed" is not an ISO/IEC 42001 ID. Expected an Annex C objective or risk source.',
    );
    expect(() => getAnnexCItem('ISO42001:A.2.2')).toThrow(UnknownCatalogIdError);
  });

  it('lists the controls of an objective in order, and refuses unknown objectives', () => {
    expect(controlsOfObjective('ISO42001:A.10').map((c) => c.ref)).toEqual([
      'A.10.2',
      'A.10.3',
      'A.10.4',
    ]);
    expect(() => controlsOfObjective('ISO42001:A.11')).toThrow(
      '"ISO42001:A.11" is not an ISO/IEC 42001 Annex A control objective.',
    );
    expect(() => controlsOfObjective('ISO42001:A.1')).toThrow(UnknownCatalogIdError);
  });

  it('parses every catalog ID to its kind', () => {
    expect(parseIso42001Id('ISO42001:4.1').kind).toBe('clause');
    expect(parseIso42001Id('ISO42001:A.7').kind).toBe('annex-a-objective');
    expect(parseIso42001Id('ISO42001:A.7.4')).toMatchObject({
      kind: 'annex-a-control',
      title: 'Quality of data for AI systems',
    });
    expect(parseIso42001Id('ISO42001:C.objective.privacy').kind).toBe('annex-c-objective');
    expect(parseIso42001Id('ISO42001:C.risk-source.hardware-issues').kind).toBe(
      'annex-c-risk-source',
    );
  });

  it('answers membership questions without throwing', () => {
    expect(isCatalogId('ISO42001:A.6.2.4')).toBe(true);
    expect(isCatalogId('ISO42001:A.6.2.4', 'annex-a-control')).toBe(true);
    expect(isCatalogId('ISO42001:A.6.2.4', 'clause')).toBe(false);
    expect(isCatalogId('A.6.2.4')).toBe(false);
    expect(findCatalogEntry('ISO42001:9.2')?.title).toBe('Internal audit');
    expect(findCatalogEntry('nope')).toBeUndefined();
  });
});

describe('normalizeIso42001Id (typed input)', () => {
  it.each([
    ['ISO42001:A.6.2.4', 'ISO42001:A.6.2.4'],
    ['  A.6.2.4 ', 'ISO42001:A.6.2.4'],
    ['iso42001: A.10.4', 'ISO42001:A.10.4'],
    ['10.2', 'ISO42001:10.2'],
    ['C.objective.fairness', 'ISO42001:C.objective.fairness'],
  ])('turns %p into %p', (input, id) => {
    expect(normalizeIso42001Id(input)).toBe(id);
  });

  it('refuses other namespaces and unknown numbers, naming the text', () => {
    expect(() => normalizeIso42001Id('ISO27001:A.8.15')).toThrow(
      '"ISO27001:A.8.15" is not an ISO/IEC 42001 ID. Only ISO42001 IDs are known to this app.',
    );
    expect(() => normalizeIso42001Id('A.6.2.9')).toThrow(
      /^"A\.6\.2\.9" is not an ISO\/IEC 42001 ID\.$/,
    );
    expect(() => normalizeIso42001Id('')).toThrow(UnknownCatalogIdError);
  });
});
