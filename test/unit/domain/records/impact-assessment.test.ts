import { impactAssessmentSchema } from '../../../../src/domain/records';
import { refusalMessages } from './refusal-messages';

const valid = {
  aiSystemKey: 'AIMS-1',
  assessorAccountId: '712020:aims-auditor-0003',
  assessedOn: '2025-04-01',
  consequencesForIndividuals: 'Applicants may be refused credit unfairly',
  consequencesForGroups: 'Groups under-represented in the data are ranked lower',
  consequencesForSocieties: 'Reduced access to credit in some regions',
  foreseeableMisuse: 'Using the score as the sole decision',
  nextReviewDate: '2026-04-01',
  evidence: [
    { url: 'https://wiki.example.com/ia-1', label: 'IA workshop notes', date: '2025-04-01' },
  ],
};

describe('impact assessment record', () => {
  it('accepts a complete assessment', () => {
    expect(impactAssessmentSchema.parse(valid).evidence).toHaveLength(1);
  });

  it('needs consequences for individuals, groups and societies, and foreseeable misuse', () => {
    expect(
      refusalMessages(impactAssessmentSchema, {
        ...valid,
        consequencesForIndividuals: ' ',
        consequencesForGroups: undefined,
        consequencesForSocieties: '',
        foreseeableMisuse: undefined,
      }),
    ).toEqual([
      'Consequences for individuals must not be empty',
      'Consequences for groups of individuals is required',
      'Consequences for societies must not be empty',
      'Foreseeable misuse is required',
    ]);
  });

  it('needs the AI system, assessor and a real date', () => {
    expect(
      refusalMessages(impactAssessmentSchema, {
        ...valid,
        aiSystemKey: 'loan model',
        assessorAccountId: undefined,
        assessedOn: '2025-02-30',
      }),
    ).toEqual([
      'AI system must be a Jira issue key like AIMS-12',
      'Assessor is required',
      'Assessment date must be a date like 2025-01-31',
    ]);
  });

  it('refuses a next review before the assessment', () => {
    expect(
      refusalMessages(impactAssessmentSchema, { ...valid, nextReviewDate: '2025-03-31' }),
    ).toEqual(['The next review date cannot be before the assessment date']);
  });

  it('refuses bad evidence items, saying which one', () => {
    expect(
      refusalMessages(impactAssessmentSchema, {
        ...valid,
        evidence: [{ url: 'https://ok.example.com' }, { url: 'file:///etc/passwd' }, 'x'],
      }),
    ).toEqual([
      'Evidence link must be a web address starting with http:// or https:// (item 2)',
      'Each evidence item must have a web address (item 3)',
    ]);
    expect(refusalMessages(impactAssessmentSchema, { ...valid, evidence: 'x' })).toEqual([
      'Evidence must be a list',
    ]);
  });

  it('refuses a non-object', () => {
    expect(refusalMessages(impactAssessmentSchema, [])).toEqual([
      'An impact assessment record must be an object',
    ]);
  });
});
