import { controlSchema, soaEntrySchema } from '../../../../src/domain/records';
import type { ControlRecord } from '../../../../src/domain/records';
import { refusalMessages } from './refusal-messages';

const included = {
  key: 'AIMS-40',
  controlId: 'ISO42001:A.6.2.4',
  applicability: 'included',
  justification: 'Needed to treat AIMS-12 (biased ranking)',
  implementationStatus: 'in-progress',
  ownerAccountId: '712020:aims-manager-0002',
  evidence: [{ url: 'https://wiki.example.com/vv-plan' }],
  riskKeys: ['AIMS-12'],
};

describe('control (SoA entry) record', () => {
  it('accepts an included Annex A control', () => {
    const row: ControlRecord = controlSchema.parse(included);
    expect(row.justification).toBe('Needed to treat AIMS-12 (biased ranking)');
    expect(soaEntrySchema).toBe(controlSchema);
  });

  it('accepts an excluded control with a justification, and an organization control', () => {
    expect(
      refusalMessages(controlSchema, {
        controlId: 'ISO42001:A.10.4',
        applicability: 'excluded',
        justification: 'We have no customers for AI systems',
        implementationStatus: 'not-started',
      }),
    ).toEqual([]);
    expect(
      refusalMessages(controlSchema, {
        controlId: 'ORG:model-cards',
        title: 'Model cards for every release',
        applicability: 'included',
        justification: 'Customer requirement',
        implementationStatus: 'implemented',
      }),
    ).toEqual([]);
  });

  it('requires a justification for an excluded control', () => {
    for (const justification of [undefined, '', '   ']) {
      expect(
        refusalMessages(controlSchema, {
          ...included,
          applicability: 'excluded',
          justification,
        }),
      ).toEqual(['A justification is required for an excluded control']);
    }
  });

  it('requires a justification for an included control too', () => {
    expect(refusalMessages(controlSchema, { ...included, justification: '  ' })).toEqual([
      'A justification is required for an included control',
    ]);
    expect(refusalMessages(controlSchema, { ...included, justification: 7 })).toEqual([
      'Justification must be text',
    ]);
  });

  it('needs a title for an organization control', () => {
    expect(refusalMessages(controlSchema, { ...included, controlId: 'ORG:model-cards' })).toEqual([
      'An organization control needs a title',
    ]);
  });

  it('refuses control IDs that are not Annex A controls or ORG controls', () => {
    for (const controlId of ['A.6.2.4', 'ISO42001:A.6', 'ISO42001:10.2', 'ORG:', 'ORG:has space']) {
      expect(refusalMessages(controlSchema, { ...included, controlId })).toEqual([
        `Control ID "${controlId}" is neither an Annex A control (like ISO42001:A.6.2.4) nor an organization control (like ORG:access-review)`,
      ]);
    }
    expect(refusalMessages(controlSchema, { ...included, controlId: undefined })).toEqual([
      'Control ID is required',
    ]);
  });

  it('refuses unknown applicability and implementation status', () => {
    expect(
      refusalMessages(controlSchema, {
        ...included,
        applicability: 'maybe',
        implementationStatus: 'done',
      }),
    ).toEqual([
      'Applicability must be one of: included, excluded',
      'Implementation status must be one of: not-started, planned, in-progress, implemented',
    ]);
  });

  it('refuses bad linked risks and owners', () => {
    expect(
      refusalMessages(controlSchema, { ...included, riskKeys: ['AIMS-0'], ownerAccountId: '' }),
    ).toEqual([
      'Control owner must be an Atlassian account ID',
      'Linked risk must be a Jira issue key like AIMS-12 (item 1)',
    ]);
  });

  it('refuses a non-object', () => {
    expect(refusalMessages(controlSchema, 3)).toEqual(['A control record must be an object']);
  });
});
