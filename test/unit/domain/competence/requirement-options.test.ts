import fc from 'fast-check';
import type { CompetenceRequirement } from '../../../../src/domain/competence';
import {
  MAX_OPTION_VALUE_LENGTH,
  competenceRequirementLabel,
  labelMigrationEdits,
  requirementIdOfOption,
  requirementOptionChanges,
  requirementOptionValue,
} from '../../../../src/domain/competence';

const req = (id: string, title: string, role: CompetenceRequirement['role'] = 'manager') => ({
  id,
  role,
  title,
});
const opt = (id: string, value: string, disabled = false) => ({ id, value, disabled });

describe('the options of "Competence requirements met" follow the requirements list', () => {
  it('names a requirement by its title, with its id read back from the brackets', () => {
    const value = requirementOptionValue('ai-risk-basics', ['AI risk basics']);
    expect(value).toBe('AI risk basics [ai-risk-basics]');
    expect(requirementIdOfOption(value)).toBe('ai-risk-basics');
    expect(requirementIdOfOption('Some option someone added')).toBeNull();
  });

  it('keeps a long title inside Jira’s 255 characters and still reads the id back', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        (a, b) => {
          const value = requirementOptionValue('iso-42001-auditing', [a, b]);
          expect(value.length).toBeLessThanOrEqual(MAX_OPTION_VALUE_LENGTH);
          expect(requirementIdOfOption(value)).toBe('iso-42001-auditing');
        },
      ),
    );
  });

  it('adds missing requirements, renames a changed title in place and disables removed ones', () => {
    const changes = requirementOptionChanges(
      [opt('10', 'Risk basics [ai-risk-basics]'), opt('11', 'Auditing [auditing]')],
      [req('ai-risk-basics', 'AI risk basics'), req('impact', 'Impact assessment', 'member')],
    );
    expect(changes).toEqual({
      create: ['Impact assessment [impact]'],
      update: [
        { id: '10', value: 'AI risk basics [ai-risk-basics]', disabled: false },
        { id: '11', disabled: true },
      ],
    });
  });

  it('enables a re-added requirement’s option and changes nothing on a second run', () => {
    const list = [req('auditing', 'Auditing', 'auditor')];
    expect(requirementOptionChanges([opt('11', 'Auditing [auditing]', true)], list)).toEqual({
      create: [],
      update: [{ id: '11', value: 'Auditing [auditing]', disabled: false }],
    });
    expect(requirementOptionChanges([opt('11', 'Auditing [auditing]')], list)).toEqual({
      create: [],
      update: [],
    });
  });

  it('gives an id needed by two roles one option naming both titles', () => {
    const changes = requirementOptionChanges(
      [],
      [req('ethics', 'AI ethics'), req('ethics', 'AI ethics for auditors', 'auditor')],
    );
    expect(changes.create).toEqual(['AI ethics; AI ethics for auditors [ethics]']);
  });
});

describe('records marked with a requirement label move onto the field', () => {
  const options = new Map([
    ['ai-risk-basics', '10'],
    ['auditing', '11'],
  ]);
  const labelled = (issueId: string, ids: string[], optionIds: string[] = []) => ({
    issueId,
    labels: ['other', ...ids.map(competenceRequirementLabel)],
    optionIds,
  });

  it('adds the options their labels name to the ones they have, grouped for one edit each', () => {
    const edits = labelMigrationEdits(
      [
        labelled('1', ['ai-risk-basics']),
        labelled('2', ['ai-risk-basics']),
        labelled('3', ['auditing'], ['10']),
        labelled('4', ['auditing'], ['11']),
        labelled('5', ['gone']),
      ],
      options,
      1000,
    );
    expect(edits).toEqual([
      { optionIds: ['10'], issueIds: ['1', '2'] },
      { optionIds: ['10', '11'], issueIds: ['3'] },
    ]);
  });

  it('plans nothing once every record has its options (a second run)', () => {
    expect(labelMigrationEdits([labelled('1', ['auditing'], ['11'])], options, 1000)).toEqual([]);
  });

  it('splits a group larger than one bulk edit takes', () => {
    const records = ['1', '2', '3'].map((id) => labelled(id, ['auditing']));
    expect(labelMigrationEdits(records, options, 2).map((e) => e.issueIds)).toEqual([
      ['1', '2'],
      ['3'],
    ]);
  });
});
