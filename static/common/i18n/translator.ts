/** Values put into a translation's `{name}` placeholders. */
export type TranslationValues = Readonly<Record<string, string | number>>;

/**
 * What a screen needs to speak the viewer's language: `t` for a key of the app's translations
 * (its bundled src/locales/, then locales/ named by manifest.yml `translations`), `tn` for a count (`key.one` /
 * `key.other`, chosen by the locale's plural rules), and dates and numbers in the viewer's locale.
 */
export interface Translator {
  /** The viewer's locale as Forge gives it (`de-DE`). */
  locale: string;
  t: (key: string, values?: TranslationValues) => string;
  tn: (key: string, count: number, values?: TranslationValues) => string;
  /** A calendar date (`2026-03-31`) as the locale writes it, with no time zone shift. */
  date: (isoDate: string) => string;
  /** An instant (`2026-03-31T09:00:00Z`) as the locale writes it, in the viewer's time zone. */
  dateTime: (isoInstant: string) => string;
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

/** Date and time in the viewer's time zone; the browser's when the context names none it knows. */
function instantFormat(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const style = { dateStyle: 'medium', timeStyle: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(locale, { ...style, timeZone });
  } catch {
    return new Intl.DateTimeFormat(locale, style);
  }
}

/** A translator over a key lookup; exported for the one place that has no bridge (the default). */
export function translatorOf(lookup: Lookup, locale: string, timeZone?: string): Translator {
  const plurals = new Intl.PluralRules(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const instants = instantFormat(locale, timeZone);
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
    date: (isoDate) => {
      const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(day.getTime()) ? isoDate : dates.format(day);
    },
    dateTime: (isoInstant) => {
      const at = new Date(isoInstant);
      return Number.isNaN(at.getTime()) ? isoInstant : instants.format(at);
    },
    number: (value) => numbers.format(value),
    percent: (value) => percents.format(value / 100),
  };
}
