/**
 * Days of Jira's date and date-time values: a date-time counts on the day it is written with, an
 * empty value is never before or within anything, and both ends of a range are included.
 */
import fc from 'fast-check';
import { addDays, dayOf, dayOfValue, isBefore, isWithin } from '../../../../src/domain/calendar';

describe('days of Jira values', () => {
  it('reads the day of a date or a date-time as written', () => {
    expect(dayOf('2026-07-03')).toBe('2026-07-03');
    expect(dayOf('2026-07-03T23:30:00.000+0200')).toBe('2026-07-03');
    expect(dayOfValue('2026-07-03T00:10:00.000-0700')).toBe('2026-07-03');
    expect(dayOfValue(null)).toBeNull();
    expect(dayOfValue('')).toBeNull();
    expect(dayOfValue(42)).toBeNull();
  });

  it('counts an empty value as neither before nor within', () => {
    expect(isBefore(null, '2026-07-03')).toBe(false);
    expect(isBefore(undefined, '2026-07-03')).toBe(false);
    expect(isWithin(null, '2000-01-01', '2999-12-31')).toBe(false);
  });

  it('includes both ends of a range and compares date-times by their day', () => {
    expect(isWithin('2026-07-01', '2026-07-01', '2026-07-31')).toBe(true);
    expect(isWithin('2026-07-31T23:59:59.000+0000', '2026-07-01', '2026-07-31')).toBe(true);
    expect(isWithin('2026-08-01T00:00:00.000+0000', '2026-07-01', '2026-07-31')).toBe(false);
    expect(isBefore('2026-07-02T23:59:59.000+0000', '2026-07-03')).toBe(true);
    expect(isBefore('2026-07-03T00:00:00.000+0000', '2026-07-03')).toBe(false);
  });

  it('agrees with day arithmetic for any day and offset', () => {
    const days = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(days, fc.integer({ min: -400, max: 400 }), (day, offset) => {
        const other = addDays(day, offset);
        expect(isBefore(`${other}T12:00:00.000+0000`, day)).toBe(offset < 0);
        expect(isWithin(other, day, addDays(day, 30))).toBe(offset >= 0 && offset <= 30);
      }),
    );
  });
});
