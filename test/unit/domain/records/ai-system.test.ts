import { aiSystemSchema } from '../../../../src/domain/records';
import { refusalMessages } from './refusal-messages';

const valid = {
  key: 'AIMS-1',
  name: 'Loan scoring model',
  intendedUse: 'Rank loan applications for manual review',
  organizationRoles: ['provider', 'customer'],
  lifecycleStage: 'operation-and-monitoring',
  ownerAccountId: '712020:aims-manager-0002',
};

describe('AI system record', () => {
  it('accepts a complete record and trims text', () => {
    const parsed = aiSystemSchema.parse({
      ...valid,
      name: '  Loan scoring model ',
      description: ' ',
    });
    expect(parsed.name).toBe('Loan scoring model');
    expect(parsed.description).toBeUndefined();
  });

  it('needs at least one organization role', () => {
    expect(refusalMessages(aiSystemSchema, { ...valid, organizationRoles: [] })).toEqual([
      "Choose at least one of the organization's roles for this AI system",
    ]);
    expect(refusalMessages(aiSystemSchema, { ...valid, organizationRoles: undefined })).toEqual([
      "Choose at least one of the organization's roles for this AI system",
    ]);
  });

  it('refuses unknown roles and stages, listing the choices', () => {
    expect(refusalMessages(aiSystemSchema, { ...valid, organizationRoles: ['vendor'] })).toEqual([
      'Organization role must be one of: provider, producer, customer, partner, subject, relevant-authority (item 1)',
    ]);
    expect(refusalMessages(aiSystemSchema, { ...valid, lifecycleStage: 'live' })[0]).toMatch(
      /^Life cycle stage must be one of: inception, /,
    );
  });

  it('names every missing required field', () => {
    expect(refusalMessages(aiSystemSchema, {})).toEqual([
      'Name is required',
      'Intended use is required',
      "Choose at least one of the organization's roles for this AI system",
      'Life cycle stage is required',
      'Owner is required',
    ]);
  });

  it('refuses a non-object and a bad owner or key', () => {
    expect(refusalMessages(aiSystemSchema, 'x')).toEqual(['An AI system record must be an object']);
    expect(
      refusalMessages(aiSystemSchema, { ...valid, ownerAccountId: 'Jane Doe', key: 'aims-1' }),
    ).toEqual([
      'Issue key must be a Jira issue key like AIMS-12',
      'Owner must be an Atlassian account ID',
    ]);
  });
});
