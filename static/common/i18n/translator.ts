import {
  formatDate,
  formatDay,
  formatMonth,
  formatTimestamp,
  viewerFormatOf,
} from '../format-time';

/** Values put into a translation's `{name}` placeholders. */
export type TranslationValues = Readonly<Record<string, string | number>>;

/**
 * What a screen needs to speak the viewer's language: `t` for a key of the app's translations
 * (its bundled src/locales/, then locales/ named by manifest.yml `translations`), `tn` for a
 * count (`key.one` / `key.other`, chosen by the locale's plural rules), and dates and numbers in
 * the viewer's locale.
 */
export interface Translator {
  /** The viewer's locale as Forge gives it (`de-DE`). */
  locale: string;
  t: (key: string, values?: TranslationValues) => string;
  tn: (key: string, count: number, values?: TranslationValues) => string;
  /** A calendar date (`2026-03-31`) as the locale writes it, with no time zone shift. */
  date: (isoDate: string) => string;
  /** The viewer's calendar day of an instant (`2026-03-31T23:00:00Z`), in their time zone. */
  day: (isoInstant: string) => string;
  /** An instant (`2026-03-31T09:00:00Z`) as the locale writes it, in the viewer's time zone. */
  dateTime: (isoInstant: string) => string;
  /** A calendar month (`2026-08`) as the locale names it. */
  month: (isoMonth: string) => string;
  number: (value: number) => string;
  /** A share given in percent (`42` → "42%", "42 %"). */
  percent: (value: number) => string;
}

type Lookup = (key: string) => string;

/** `{name}` placeholders replaced by their values (numbers written in the locale). */
function interpolate(text: string, values: TranslationValues | undefined, locale: string): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/** A translator over a key lookup; exported for the one place that has no bridge (the default). */
export function translatorOf(lookup: Lookup, locale: string, timeZone?: string): Translator {
  const plurals = new Intl.PluralRules(locale);
  // Dates through the one formatter every screen uses (format-time), in the same format.
  const format = viewerFormatOf({ locale, timezone: timeZone });
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const t = (key: string, values?: TranslationValues): string =>
    interpolate(lookup(key), values, locale);
  return {
    locale,
    t,
    tn: (key, count, values) => {
      const exact = `${key}.${plurals.select(count)}`;
      const text = lookup(exact);
      return interpolate(
        text === exact ? lookup(`${key}.other`) : text,
        { count, ...values },
        locale,
      );
    },
    date: (isoDate) => formatDate(isoDate, format),
    day: (isoInstant) => formatDay(isoInstant, format),
    dateTime: (isoInstant) => formatTimestamp(isoInstant, format),
    month: (isoMonth) => formatMonth(isoMonth, format),
    number: (value) => numbers.format(value),
    percent: (value) => percents.format(value / 100),
  };
}
