import { managementReviewSchema } from '../../../../src/domain/records';
import { refusalMessages } from './refusal-messages';

const inputs = ['a', 'b', 'c', 'd', 'e'].map((item) => ({ item, summary: `Summary of ${item}` }));

const held = {
  title: 'Management review H1 2025',
  projectKey: 'AIMS',
  periodStart: '2025-01-01',
  periodEnd: '2025-06-30',
  state: 'held',
  heldAt: '2025-07-10T09:00:00Z',
  attendeeAccountIds: ['712020:aims-admin-0001', '712020:aims-manager-0002'],
  inputs,
  decisions: [
    {
      kind: 'aims-change',
      description: 'Add validation to the release checklist',
      actionKey: 'AIMS-80',
      ownerAccountId: '712020:aims-manager-0002',
      dueDate: '2025-09-30',
    },
  ],
};

describe('management review record', () => {
  it('accepts a held review and a planned one with defaults', () => {
    expect(refusalMessages(managementReviewSchema, held)).toEqual([]);
    const planned = managementReviewSchema.parse({
      title: 'H2 review',
      projectKey: 'AIMS',
      periodStart: '2025-07-01',
      periodEnd: '2025-12-31',
    });
    expect(planned.state).toBe('planned');
    expect(planned.inputs).toEqual([]);
  });

  it('needs time, attendees and all five inputs once held', () => {
    expect(
      refusalMessages(managementReviewSchema, {
        ...held,
        heldAt: undefined,
        attendeeAccountIds: [],
        inputs: inputs.filter((i) => i.item !== 'b' && i.item !== 'e'),
      }),
    ).toEqual([
      'A held review needs the time it was held',
      'A held review needs at least one attendee',
      'A held review must cover every input of clause 9.3.2; missing: b), e)',
    ]);
  });

  it('refuses an input given twice and unknown input letters', () => {
    expect(
      refusalMessages(managementReviewSchema, {
        ...held,
        inputs: [...inputs, { item: 'a', summary: 'again' }],
      }),
    ).toEqual(['Review input a) appears more than once']);
    expect(
      refusalMessages(managementReviewSchema, {
        ...held,
        inputs: [{ item: 'f', summary: 'x' }, 'text'],
      }),
    ).toEqual([
      'Review input must be one of: a, b, c, d, e (item 1)',
      'Each review input needs an item letter (a–e) and a summary (item 2)',
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(refusalMessages(managementReviewSchema, { ...held, periodEnd: '2024-12-31' })).toEqual([
      'The review period cannot end before it starts',
    ]);
  });

  it('checks the project key and decisions', () => {
    expect(
      refusalMessages(managementReviewSchema, {
        ...held,
        projectKey: 'aims',
        decisions: [{ kind: 'vote', description: '' }, 5],
      }),
    ).toEqual([
      'Project must be a Jira project key like AIMS',
      'Decision kind must be one of: continual-improvement, aims-change, other (item 1)',
      'Decision must not be empty (item 1)',
      'Each decision needs a kind and a description (item 2)',
    ]);
    expect(refusalMessages(managementReviewSchema, { ...held, projectKey: undefined })).toEqual([
      'Project is required',
    ]);
  });

  it('refuses a non-object', () => {
    expect(refusalMessages(managementReviewSchema, 'review')).toEqual([
      'A management review record must be an object',
    ]);
  });
});
