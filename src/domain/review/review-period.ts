import { z } from 'zod';
import { formatValidationError } from '../records/format-validation-error';

/** A management review period: whole days, both ends included. */
export interface ReviewPeriod {
  /** `YYYY-MM-DD` */
  readonly start: string;
  /** `YYYY-MM-DD`, not before `start`. */
  readonly end: string;
}

export const reviewPeriodSchema = z
  .object(
    {
      start: z.iso.date({ error: 'The review period start must be a date like 2026-07-01' }),
      end: z.iso.date({ error: 'The review period end must be a date like 2026-09-30' }),
    },
    { error: 'The review period needs a start and an end date' },
  )
  .refine((p) => p.start <= p.end, {
    error: 'The review period cannot end before it starts',
    path: ['end'],
  });

export class InvalidReviewPeriodError extends Error {
  override readonly name = 'InvalidReviewPeriodError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
  }
}

/** Validates a period. @throws InvalidReviewPeriodError with plain-language problems. */
export function parseReviewPeriod(input: unknown): ReviewPeriod {
  const result = reviewPeriodSchema.safeParse(input);
  if (!result.success) throw new InvalidReviewPeriodError(formatValidationError(result.error));
  return result.data;
}

/** The months a period touches, `YYYY-MM`, in order. */
export function monthsOf(period: ReviewPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.start.slice(0, 7).split('-').map(Number) as [number, number];
  const last = period.end.slice(0, 7);
  for (;;) {
    const id = `${year}-${String(month).padStart(2, '0')}`;
    months.push(id);
    if (id >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** Last day of a `YYYY-MM` month, `YYYY-MM-DD`. */
export function lastDayOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
