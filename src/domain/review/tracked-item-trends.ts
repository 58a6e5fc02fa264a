import { dayOf, isWithin } from '../calendar';
import { lastDayOfMonth, monthsOf } from './review-period';
import type { ReviewPeriod } from './review-period';
import type { ReviewTrackedItem } from './review-input-source';
import { REVIEW_ITEMS_LISTED } from './review-items-listed';

export interface TrendCounts {
  readonly opened: number;
  readonly closed: number;
  /** Open and past due at the end of the month / period (or at the compilation date if earlier). */
  readonly overdue: number;
}

export interface MonthTrend extends TrendCounts {
  /** `YYYY-MM` */
  readonly month: string;
}

export interface SourceTrend extends TrendCounts {
  readonly source: string;
}

export interface OverdueItem {
  readonly key: string;
  readonly summary: string | null;
  readonly dueDate: string;
}

export interface TrackedItemTrends extends TrendCounts {
  /** Still open at the end of the period (or at the compilation date if earlier). */
  readonly openAtEnd: number;
  readonly byMonth: readonly MonthTrend[];
  readonly bySource: readonly SourceTrend[];
  /** The first REVIEW_ITEMS_LISTED overdue items, earliest due first (`overdue` counts all). */
  readonly overdueItems: readonly OverdueItem[];
}

const openOn = (item: ReviewTrackedItem, day: string): boolean =>
  dayOf(item.createdOn) <= day && (!item.closedOn || dayOf(item.closedOn) > day);

const overdueOn = (item: ReviewTrackedItem, day: string): boolean =>
  openOn(item, day) && !!item.dueDate && dayOf(item.dueDate) < day;

function countsOver(
  items: readonly ReviewTrackedItem[],
  from: string,
  to: string,
  overdueDay: string,
): TrendCounts {
  return {
    opened: items.filter((i) => isWithin(i.createdOn, from, to)).length,
    closed: items.filter((i) => isWithin(i.closedOn, from, to)).length,
    overdue: items.filter((i) => overdueOn(i, overdueDay)).length,
  };
}

export const UNSPECIFIED_SOURCE = 'unspecified';

/**
 * Opened / closed / overdue over the period, by month and by source (9.3.2 d: trends in
 * nonconformities and corrective actions). Overdue is judged at `cutoff` = the earlier of the
 * period end and the compilation date, and for each month at the earlier of its end and `cutoff`.
 */
export function trackedItemTrends(
  items: readonly ReviewTrackedItem[],
  period: ReviewPeriod,
  asOf: string,
): TrackedItemTrends {
  const cutoff = dayOf(asOf) < period.end ? dayOf(asOf) : period.end;
  const byMonth = monthsOf(period).map((month): MonthTrend => {
    const first = `${month}-01` < period.start ? period.start : `${month}-01`;
    const last = lastDayOfMonth(month) > period.end ? period.end : lastDayOfMonth(month);
    return { month, ...countsOver(items, first, last, last < cutoff ? last : cutoff) };
  });
  const sources = [...new Set(items.map((i) => i.source?.trim() || UNSPECIFIED_SOURCE))].sort();
  const bySource = sources.map((source): SourceTrend => ({
    source,
    ...countsOver(
      items.filter((i) => (i.source?.trim() || UNSPECIFIED_SOURCE) === source),
      period.start,
      period.end,
      cutoff,
    ),
  }));
  const overdue = items.filter((i) => overdueOn(i, cutoff));
  const overdueItems = overdue
    .map((i) => ({ key: i.key, summary: i.summary ?? null, dueDate: dayOf(i.dueDate as string) }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.key.localeCompare(b.key))
    .slice(0, REVIEW_ITEMS_LISTED);
  return {
    ...countsOver(items, period.start, period.end, cutoff),
    openAtEnd: items.filter((i) => openOn(i, cutoff)).length,
    byMonth,
    bySource,
    overdueItems,
  };
}
