import { Refusal as FindingsInputError } from '../../../src/domain/refusal';
import { findingRowsFromCsv, findingRowsFromJson } from '../../../src/findings/finding-import-rows';
import { validateFindingRows } from '../../../src/findings/finding-row-validation';

const known = { audits: new Set(['AIMS-1']), aiSystems: new Set(['AIMS-2']) };

describe('finding rows from CSV', () => {
  it('maps header aliases and numbers rows as a spreadsheet does', () => {
    const rows = findingRowsFromCsv(
      'Summary,Finding grade,Clause,Audit,AI system,Due date\nA,Observation,9.2,AIMS-1,AIMS-2,2026-01-31\n',
    );
    expect(rows).toEqual([
      {
        label: 'Row 2',
        summary: 'A',
        grade: 'Observation',
        isoReference: '9.2',
        auditKey: 'AIMS-1',
        aiSystemKey: 'AIMS-2',
        dueDate: '2026-01-31',
      },
    ]);
  });

  it('refuses an unknown or incomplete header with every problem', () => {
    try {
      findingRowsFromCsv('summary,colour\nA,red');
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toBeInstanceOf(FindingsInputError);
      expect((err as FindingsInputError).details).toEqual([
        expect.stringContaining('Unknown columns "colour"'),
        'The header has no "grade" column.',
        'The header has no "ISO reference" column.',
      ]);
    }
  });
});

describe('validateFindingRows', () => {
  it('reports every problem of every row, in the user words', () => {
    const rows = findingRowsFromJson({
      findings: [
        { summary: 'Good', grade: 'major nonconformity', isoReference: ' A.6.2.4 ' },
        {
          summary: '',
          grade: 'Severe',
          isoReference: 'A.99',
          aiSystemKey: 'AIMS-9',
          dueDate: '2026-02-30',
        },
      ],
    });
    const { valid, errors } = validateFindingRows(rows, 'AIMS-1', known);
    expect(valid).toEqual([
      expect.objectContaining({
        summary: 'Good',
        gradeOption: 'Major nonconformity',
        grade: 'major-nc',
        isoReference: 'ISO42001:A.6.2.4',
        auditKey: 'AIMS-1',
      }),
    ]);
    expect(errors).toHaveLength(1);
    const message = errors[0] ?? '';
    expect(message).toMatch(
      /^Finding 2: the summary is empty; grade 'Severe' is not one of Major nonconformity, Minor nonconformity, Observation, Opportunity for improvement; /,
    );
    expect(message).toContain(
      "ISO reference 'A.99' is not an ISO/IEC 42001 clause or Annex A control",
    );
    expect(message).toContain("AI system 'AIMS-9' is not an AI System issue");
    expect(message).toContain("due date '2026-02-30' is not a date");
  });

  it('needs an audit that exists', () => {
    const rows = findingRowsFromJson({
      findings: [{ summary: 'X', grade: 'Observation', isoReference: '9.2' }],
    });
    expect(validateFindingRows(rows, undefined, known).errors[0]).toMatch(/no audit is given/);
    expect(validateFindingRows(rows, 'AIMS-7', known).errors[0]).toMatch(
      /audit 'AIMS-7' is not an Audit issue/,
    );
  });

  it('takes the source of a finding: internal when none is given, external audit by name, nothing else', () => {
    const rows = findingRowsFromCsv(
      [
        'summary,grade,ISO reference,source',
        'A,Observation,9.2,',
        'B,Minor nonconformity,7.2,External audit',
        'C,Observation,9.2,external',
        'D,Observation,9.2,Supplier',
      ].join('\n'),
    );
    const { valid, errors } = validateFindingRows(rows, 'AIMS-1', known);
    expect(valid.map((f) => [f.summary, f.source])).toEqual([
      ['A', 'Internal audit'],
      ['B', 'External audit'],
      ['C', 'External audit'],
    ]);
    expect(errors).toEqual([
      "Row 5: source 'Supplier' is not one of Internal audit, External audit.",
    ]);
  });
});
