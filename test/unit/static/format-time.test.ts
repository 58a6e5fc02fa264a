import { formatDay, formatTimestamp, setViewerFormat } from '../../../static/common/format-time';

const AT = '2026-12-06T23:38:00.000Z';

describe('timestamps in the viewer’s format', () => {
  afterEach(() => setViewerFormat({}));

  it('writes the time in the viewer’s locale and time zone', () => {
    expect(formatTimestamp(AT, { locale: 'en-GB', timeZone: 'Europe/London' })).toBe(
      '6 Dec 2026, 23:38 GMT',
    );
    expect(formatTimestamp(AT, { locale: 'en-US', timeZone: 'America/New_York' })).toBe(
      'Dec 6, 2026, 06:38 PM EST',
    );
    expect(formatTimestamp(AT, { locale: 'de-DE', timeZone: 'Europe/Berlin' })).toBe(
      '7. Dez. 2026, 00:38 MEZ',
    );
  });

  it('gives the viewer’s calendar day, which may differ from UTC’s', () => {
    expect(formatDay(AT, { locale: 'en-GB', timeZone: 'UTC' })).toBe('6 Dec 2026');
    expect(formatDay(AT, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('7 Dec 2026');
  });

  it('follows the Forge context once it is set (locale with an underscore too)', () => {
    setViewerFormat({ locale: 'en_US', timezone: 'America/Los_Angeles' });
    expect(formatTimestamp(AT)).toBe('Dec 6, 2026, 03:38 PM PST');
  });

  it('falls back to en-GB in UTC for a locale or time zone it does not know', () => {
    setViewerFormat({ locale: 'not a locale!', timezone: 'Mars/Olympus' });
    expect(formatTimestamp(AT)).toBe('6 Dec 2026, 23:38 UTC');
    setViewerFormat({ locale: 42, timezone: null });
    expect(formatTimestamp(AT)).toBe('6 Dec 2026, 23:38 UTC');
  });

  it('shows text that is no timestamp as it is', () => {
    expect(formatTimestamp('not recorded')).toBe('not recorded');
    expect(formatDay('')).toBe('');
  });
});
