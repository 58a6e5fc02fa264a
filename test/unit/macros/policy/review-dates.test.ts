import {
  addMonths,
  daysBetween,
  isReviewDue,
  reviewStateOn,
} from '../../../../src/macros/policy/review-dates';

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
