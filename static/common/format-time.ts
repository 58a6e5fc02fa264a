/**
 * Timestamps as the viewer reads them: in their locale and time zone, from the Forge context
 * (`locale`, `timezone`) that mountApp reads; "6 Dec 2026, 14:05 GMT" for en-GB in London.
 * One formatter for every screen and export the app renders in a browser.
 */
export interface ViewerFormat {
  locale: string;
  timeZone: string;
}

const FALLBACK: ViewerFormat = { locale: 'en-GB', timeZone: 'UTC' };
let viewer: ViewerFormat = FALLBACK;

function supported(format: Partial<ViewerFormat>): ViewerFormat {
  const locale = format.locale?.replace('_', '-');
  const pick = (candidate: ViewerFormat): boolean => {
    try {
      new Intl.DateTimeFormat(candidate.locale, { timeZone: candidate.timeZone });
      return true;
    } catch {
      return false;
    }
  };
  const wanted = { locale: locale ?? FALLBACK.locale, timeZone: format.timeZone ?? 'UTC' };
  if (pick(wanted)) return wanted;
  const zoneOnly = { locale: FALLBACK.locale, timeZone: wanted.timeZone };
  return pick(zoneOnly) ? zoneOnly : FALLBACK;
}

/** Sets the viewer's locale and time zone (an unknown one falls back to en-GB, UTC). */
export function setViewerFormat(format: { locale?: unknown; timezone?: unknown }): void {
  viewer = supported({
    locale: typeof format.locale === 'string' ? format.locale : undefined,
    timeZone: typeof format.timezone === 'string' ? format.timezone : undefined,
  });
}

/** An ISO timestamp in the viewer's format; text that is no timestamp is shown as it is. */
export function formatTimestamp(iso: string, format: ViewerFormat = viewer): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(format.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: format.timeZone,
    timeZoneName: 'short',
  }).format(date);
}

/** The viewer's calendar day of an ISO timestamp ("6 Dec 2026"). */
export function formatDay(iso: string, format: ViewerFormat = viewer): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(format.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: format.timeZone,
  }).format(date);
}
