import {
  claimDecision,
  policyReviewLabel as reviewLabel,
} from '../../../../src/automation/policy-review-actions';
import { policyReviewClaimKey as reviewClaimKey } from '../../../../src/storage/kvs-keys';
import { addMonths, daysBetween } from '../../../../src/domain/calendar';
import {
  isPolicyReviewDue as isReviewDue,
  policyReviewStateOn as reviewStateOn,
} from '../../../../src/domain/policy/policy-review-dates';

describe('review dates', () => {
  it('adds months, clamping to the end of shorter months and crossing years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 12)).toBe('2027-11-15');
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01');
  });

  it('refuses something that is not a date', () => {
    expect(() => addMonths('next year', 1)).toThrow('Not a date');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });

  it('a review is scheduled before its date, due on it, overdue after it', () => {
    expect(reviewStateOn(undefined, '2026-05-01')).toEqual({ state: 'none', daysOverdue: 0 });
    expect(reviewStateOn('2026-05-02', '2026-05-01').state).toBe('scheduled');
    expect(reviewStateOn('2026-05-01', '2026-05-01').state).toBe('due');
    expect(reviewStateOn('2026-04-28', '2026-05-01')).toEqual({ state: 'overdue', daysOverdue: 3 });
    expect(isReviewDue('2026-05-02', '2026-05-01')).toBe(false);
    expect(isReviewDue('2026-05-01', '2026-05-01')).toBe(true);
    expect(isReviewDue(undefined, '2026-05-01')).toBe(false);
  });
});

describe('review claims', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  const claim = { pageId: '42', dueDate: '2026-05-01', claimedAt: '2026-05-01T11:58:00Z' };

  it('claims an unclaimed review, leaves a recorded or fresh claim alone, and takes over a stale one', () => {
    expect(claimDecision(undefined, now)).toBe('claim');
    expect(claimDecision({ ...claim, issueKey: 'AIMS-9' }, now)).toBe('already-opened');
    expect(claimDecision(claim, now)).toBe('held-by-another-run');
    expect(claimDecision({ ...claim, claimedAt: '2026-05-01T11:40:00Z' }, now)).toBe('take-over');
  });

  it('one claim and one Jira label per page and due date', () => {
    expect(reviewClaimKey('42', '2026-05-01')).toBe('aims-policy-review:42:2026-05-01');
    expect(reviewLabel('42', '2026-05-01')).toBe('aims-policy-review-42-2026-05-01');
    expect(reviewLabel('42', '2027-05-01')).not.toBe(reviewLabel('42', '2026-05-01'));
  });
});
