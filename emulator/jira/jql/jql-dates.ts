/**
 * Date values in JQL: absolute dates ('2024-05-01', '2024/05/01 13:45'), relative periods
 * ('-7d', '2w', '-4w 2d', '1h', '30m') and the start/end-of functions with an optional period
 * ('startOfDay()', 'endOfMonth("-1M")'). Times are interpreted in the searching user's time zone,
 * given as an offset in minutes east of UTC.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([-+])?\s*((?:\d+\s*[yMwdhm]\s*)+)$/;
const PERIOD_PART = /(\d+)\s*([yMwdhm])/g;

/** A calendar shift: whole months (y and M) and a fixed number of milliseconds (w, d, h, m). */
interface Period {
  months: number;
  ms: number;
}

const UNIT_MS: Record<string, number> = { w: 7 * DAY, d: DAY, h: 60 * MINUTE, m: MINUTE };

export function parsePeriod(text: string): Period | undefined {
  const match = PERIOD.exec(text.trim());
  if (!match) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  let months = 0;
  let ms = 0;
  for (const part of (match[2] ?? '').matchAll(PERIOD_PART)) {
    const n = Number(part[1]);
    const unit = part[2] ?? '';
    if (unit === 'y') months += 12 * n;
    else if (unit === 'M') months += n;
    else ms += n * (UNIT_MS[unit] ?? 0);
  }
  return { months: sign * months, ms: sign * ms };
}

/** Local wall-clock view: the instant shifted by the zone offset, read with UTC getters. */
const toLocal = (ms: number, tz: number): Date => new Date(ms + tz * MINUTE);
const fromLocal = (local: Date, tz: number): number => local.getTime() - tz * MINUTE;

function addPeriod(ms: number, period: Period, tz: number): number {
  if (period.months === 0) return ms + period.ms;
  const local = toLocal(ms, tz);
  local.setUTCMonth(local.getUTCMonth() + period.months);
  return fromLocal(local, tz) + period.ms;
}

/** Absolute date/date-time or relative period → instant (ms), or undefined if neither. */
export function parseDateValue(text: string, now: Date, tz: number): number | undefined {
  const abs = ABSOLUTE.exec(text.trim());
  if (abs) {
    const [year, month, day, hour, minute] = abs
      .slice(1)
      .map((p) => (p === undefined ? 0 : Number(p)));
    const local = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0));
    const valid =
      local.getUTCMonth() === (month ?? 0) - 1 &&
      local.getUTCDate() === day &&
      (hour ?? 0) < 24 &&
      (minute ?? 0) < 60;
    return valid ? fromLocal(local, tz) : undefined;
  }
  const period = parsePeriod(text);
  return period ? addPeriod(now.getTime(), period, tz) : undefined;
}

/** Start of the local day containing `ms`. */
export function startOfLocalDay(ms: number, tz: number): number {
  const local = toLocal(ms, tz);
  local.setUTCHours(0, 0, 0, 0);
  return fromLocal(local, tz);
}

type Unit = 'day' | 'week' | 'month' | 'year';

const DATE_FUNCTIONS: Record<string, { unit: Unit; end: boolean } | 'now'> = {
  now: 'now',
  startofday: { unit: 'day', end: false },
  endofday: { unit: 'day', end: true },
  startofweek: { unit: 'week', end: false },
  endofweek: { unit: 'week', end: true },
  startofmonth: { unit: 'month', end: false },
  endofmonth: { unit: 'month', end: true },
  startofyear: { unit: 'year', end: false },
  endofyear: { unit: 'year', end: true },
};

export const isDateFunction = (name: string): boolean => name.toLowerCase() in DATE_FUNCTIONS;

/** Start (inclusive) of the local unit containing `ms`; weeks start on Sunday as in Jira's en-US locale. */
function startOfUnit(ms: number, unit: Unit, tz: number): Date {
  const local = toLocal(startOfLocalDay(ms, tz), tz);
  if (unit === 'week') local.setUTCDate(local.getUTCDate() - local.getUTCDay());
  if (unit === 'month' || unit === 'year') local.setUTCDate(1);
  if (unit === 'year') local.setUTCMonth(0);
  return local;
}

function nextUnit(local: Date, unit: Unit): Date {
  const next = new Date(local.getTime());
  if (unit === 'day') next.setUTCDate(next.getUTCDate() + 1);
  if (unit === 'week') next.setUTCDate(next.getUTCDate() + 7);
  if (unit === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  if (unit === 'year') next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

const UNIT_LETTER: Record<Unit, string> = { day: 'd', week: 'w', month: 'M', year: 'y' };

/**
 * Evaluates now()/startOfDay()/endOfWeek(...) etc. `arg` is the optional increment (e.g. "-1d",
 * "+2w", or a bare "-1" meaning one of the function's own unit); as in Jira it is added to the
 * start/end of the current unit (`startOfWeek("+1d")` is Monday), and to the current time for
 * now(). End-of functions give the last millisecond of the unit. Undefined for a bad increment.
 */
export function evaluateDateFunction(
  name: string,
  arg: string | undefined,
  now: Date,
  tz: number,
): number | undefined {
  const fn = DATE_FUNCTIONS[name.toLowerCase()];
  if (fn === undefined) return undefined;
  const bare = arg !== undefined && /^[-+]?\d+$/.test(arg.trim());
  const text = bare && fn !== 'now' ? `${arg.trim()}${UNIT_LETTER[fn.unit]}` : arg;
  const period =
    text === undefined || text.trim() === '' ? { months: 0, ms: 0 } : parsePeriod(text);
  if (!period) return undefined;
  if (fn === 'now') return addPeriod(now.getTime(), period, tz);
  const start = startOfUnit(now.getTime(), fn.unit, tz);
  const base = fn.end ? fromLocal(nextUnit(start, fn.unit), tz) - 1 : fromLocal(start, tz);
  return addPeriod(base, period, tz);
}

/** A field value (Date, ISO date-time or 'YYYY-MM-DD') → instant; date-only strings are local midnight. */
export function instantOf(value: unknown, tz: number): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value !== 'string' || value === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return parseDateValue(value, new Date(0), tz);
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
