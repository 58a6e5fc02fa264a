import {
  InvalidReviewPeriodError,
  lastDayOfMonth,
  monthsOf,
  parseReviewPeriod,
} from '../../../../src/domain/review';

describe('review period', () => {
  it('accepts a period whose start is not after its end', () => {
    expect(parseReviewPeriod({ start: '2026-07-01', end: '2026-09-30' })).toEqual({
      start: '2026-07-01',
      end: '2026-09-30',
    });
    expect(parseReviewPeriod({ start: '2026-07-01', end: '2026-07-01' }).end).toBe('2026-07-01');
  });

  it('refuses a period that ends before it starts, or bad dates, with plain messages', () => {
    expect(() => parseReviewPeriod({ start: '2026-09-30', end: '2026-07-01' })).toThrow(
      'The review period cannot end before it starts',
    );
    try {
      parseReviewPeriod({ start: '2026-13-01', end: 'soon' });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidReviewPeriodError);
      expect((error as InvalidReviewPeriodError).problems).toEqual([
        'The review period start must be a date like 2026-07-01',
        'The review period end must be a date like 2026-09-30',
      ]);
    }
    expect(() => parseReviewPeriod(null)).toThrow(
      'The review period needs a start and an end date',
    );
  });

  it('lists the months a period touches, across a year end', () => {
    expect(monthsOf({ start: '2026-11-15', end: '2027-02-01' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(monthsOf({ start: '2026-07-01', end: '2026-07-31' })).toEqual(['2026-07']);
  });

  it('knows the last day of each month, leap years included', () => {
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
  });
});
