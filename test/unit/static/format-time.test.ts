import {
  formatDate,
  formatDay,
  formatMonth,
  formatTimestamp,
  setViewerFormat,
} from '../../../static/common/format-time';
import { translatorOf } from '../../../static/common/i18n/translator';

const AT = '2026-12-06T23:38:00.000Z';
const keys = (key: string) => key;

describe('timestamps in the viewer’s format', () => {
  afterEach(() => setViewerFormat({}));

  it('writes the time in the viewer’s locale and time zone, with the zone’s name', () => {
    expect(formatTimestamp(AT, { locale: 'en-GB', timeZone: 'Europe/London' })).toBe(
      '6 Dec 2026, 23:38 GMT',
    );
    expect(formatTimestamp(AT, { locale: 'en-US', timeZone: 'America/New_York' })).toBe(
      'Dec 6, 2026, 6:38 PM EST',
    );
    expect(formatTimestamp(AT, { locale: 'de-DE', timeZone: 'Europe/Berlin' })).toBe(
      '07.12.2026, 00:38 MEZ',
    );
  });

  it('is the same formatter behind useI18n().dateTime and format-time (de-DE and en-US)', () => {
    const german = translatorOf(keys, 'de-DE', 'Europe/Berlin');
    const american = translatorOf(keys, 'en-US', 'America/New_York');
    expect(german.dateTime(AT)).toBe('07.12.2026, 00:38 MEZ');
    expect(american.dateTime(AT)).toBe('Dec 6, 2026, 6:38 PM EST');
    setViewerFormat({ locale: 'de-DE', timezone: 'Europe/Berlin' });
    expect(formatTimestamp(AT)).toBe(german.dateTime(AT));
    setViewerFormat({ locale: 'en-US', timezone: 'America/New_York' });
    expect(formatTimestamp(AT)).toBe(american.dateTime(AT));
  });

  it('gives the viewer’s calendar day, which may differ from UTC’s', () => {
    expect(formatDay(AT, { locale: 'en-GB', timeZone: 'UTC' })).toBe('6 Dec 2026');
    expect(formatDay(AT, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('7 Dec 2026');
    expect(translatorOf(keys, 'de-DE', 'Europe/Berlin').day(AT)).toBe('07.12.2026');
    expect(translatorOf(keys, 'en-US', 'America/New_York').day(AT)).toBe('Dec 6, 2026');
  });

  it('writes a calendar date and a month without shifting them into a time zone', () => {
    const german = translatorOf(keys, 'de-DE', 'America/Los_Angeles');
    expect(german.date('2026-12-31')).toBe('31.12.2026');
    expect(formatDate('2026-12-31', { locale: 'en-US', timeZone: 'Asia/Tokyo' })).toBe(
      'Dec 31, 2026',
    );
    expect(german.month('2026-08')).toBe('Aug. 2026');
    expect(formatMonth('2026-08', { locale: 'en-GB', timeZone: 'Pacific/Honolulu' })).toBe(
      'Aug 2026',
    );
  });

  it('follows the Forge context once it is set (locale with an underscore too)', () => {
    setViewerFormat({ locale: 'en_US', timezone: 'America/Los_Angeles' });
    expect(formatTimestamp(AT)).toBe('Dec 6, 2026, 3:38 PM PST');
  });

  it('falls back to en-GB in UTC for a locale or time zone it does not know', () => {
    setViewerFormat({ locale: 'not a locale!', timezone: 'Mars/Olympus' });
    expect(formatTimestamp(AT)).toBe('6 Dec 2026, 23:38 UTC');
    setViewerFormat({ locale: 42, timezone: null });
    expect(formatTimestamp(AT)).toBe('6 Dec 2026, 23:38 UTC');
  });

  it('shows text that is no date as it is', () => {
    expect(formatTimestamp('not recorded')).toBe('not recorded');
    expect(formatDay('')).toBe('');
    expect(formatDate('soon')).toBe('soon');
    expect(formatMonth('later')).toBe('later');
  });
});
