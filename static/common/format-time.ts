/**
 * Dates and timestamps as the viewer reads them: in their locale and time zone, from the Forge
 * context (`locale`, `timezone`) that mountApp reads. The one implementation behind every date a
 * screen shows: `useI18n()`'s `date`, `day`, `dateTime` and `month` call these with the same
 * viewer format that mountApp sets here. A timestamp is the locale's medium date and short time
 * with the zone's name: "6 Dec 2026, 23:38 GMT" (en-GB, London), "07.12.2026, 00:38 MEZ" (de-DE,
 * Berlin); a date is the same medium date.
 */
export interface ViewerFormat {
  locale: string;
  timeZone: string;
}

const FALLBACK: ViewerFormat = { locale: 'en-GB', timeZone: 'UTC' };
let viewer: ViewerFormat = FALLBACK;

function usable(candidate: ViewerFormat): boolean {
  try {
    new Intl.DateTimeFormat(candidate.locale, { timeZone: candidate.timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The viewer's format from the Forge context's `locale` (`de-DE`, or `de_DE`) and `timezone`; a
 * locale or time zone `Intl` does not know falls back to en-GB, UTC.
 */
export function viewerFormatOf(context: { locale?: unknown; timezone?: unknown }): ViewerFormat {
  const locale = typeof context.locale === 'string' ? context.locale.replace('_', '-') : undefined;
  const timeZone = typeof context.timezone === 'string' ? context.timezone : 'UTC';
  const wanted = { locale: locale ?? FALLBACK.locale, timeZone };
  if (usable(wanted)) return wanted;
  const zoneOnly = { locale: FALLBACK.locale, timeZone };
  return usable(zoneOnly) ? zoneOnly : FALLBACK;
}

/** Sets the viewer's locale and time zone for the functions below (mountApp, from the context). */
export function setViewerFormat(context: { locale?: unknown; timezone?: unknown }): void {
  viewer = viewerFormatOf(context);
}

const valid = (date: Date): boolean => !Number.isNaN(date.getTime());

/** An ISO timestamp in the viewer's format; text that is no timestamp is shown as it is. */
export function formatTimestamp(iso: string, format: ViewerFormat = viewer): string {
  const date = new Date(iso);
  if (!valid(date)) return iso;
  const { locale, timeZone } = format;
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
  const zone = new Intl.DateTimeFormat(locale, { timeZoneName: 'short', timeZone })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zone ? `${when} ${zone}` : when;
}

/** The viewer's calendar day of an ISO timestamp ("6 Dec 2026"; in Tokyo already the 7th). */
export function formatDay(iso: string, format: ViewerFormat = viewer): string {
  const date = new Date(iso);
  if (!valid(date)) return iso;
  return new Intl.DateTimeFormat(format.locale, {
    dateStyle: 'medium',
    timeZone: format.timeZone,
  }).format(date);
}

/** A calendar date (`2026-03-31`, or the date part of a timestamp) with no time zone shift. */
export function formatDate(isoDate: string, format: ViewerFormat = viewer): string {
  const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (!valid(day)) return isoDate;
  return new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    day,
  );
}

/** A calendar month (`2026-08`) as the locale names it ("Aug 2026", "Aug. 2026"). */
export function formatMonth(isoMonth: string, format: ViewerFormat = viewer): string {
  const month = new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`);
  if (!/^\d{4}-\d{2}/.test(isoMonth) || !valid(month)) return isoMonth;
  return new Intl.DateTimeFormat(format.locale, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(month);
}
