import { correctiveActionSchema } from '../../../../src/domain/records';
import { refusalMessages } from './refusal-messages';

const valid = {
  nonconformityKey: 'AIMS-60',
  summary: 'Add a validation step to the release checklist',
  assigneeAccountId: '712020:aims-manager-0002',
  dueDate: '2025-07-01',
  status: 'in-progress',
};

describe('corrective action record', () => {
  it('accepts an open action and a completed one', () => {
    expect(refusalMessages(correctiveActionSchema, valid)).toEqual([]);
    expect(
      refusalMessages(correctiveActionSchema, {
        ...valid,
        status: 'done',
        completedOn: '2025-06-20',
      }),
    ).toEqual([]);
  });

  it('needs the completion date of a done action', () => {
    expect(refusalMessages(correctiveActionSchema, { ...valid, status: 'done' })).toEqual([
      'A done corrective action needs the date it was completed',
    ]);
  });

  it('needs its nonconformity, assignee and due date', () => {
    expect(
      refusalMessages(correctiveActionSchema, {
        ...valid,
        nonconformityKey: undefined,
        assigneeAccountId: undefined,
        dueDate: 'next week',
      }),
    ).toEqual([
      'Nonconformity is required',
      'Assignee is required',
      'Due date must be a date like 2025-01-31',
    ]);
  });

  it('refuses an unknown status and a non-object', () => {
    expect(refusalMessages(correctiveActionSchema, { ...valid, status: 'closed' })).toEqual([
      'Status must be one of: to-do, in-progress, done, cancelled',
    ]);
    expect(refusalMessages(correctiveActionSchema, [])).toEqual([
      'A corrective action record must be an object',
    ]);
  });
});
