/**
 * What a "Gap analysis" page keeps: the current assessment (in progress, or the last completed)
 * and the list of completed ones (each kept frozen in a record of its own), newest last.
 */
import { z } from 'zod';
import { isoDateTime, requiredText } from '../records/record-fields';
import { Refusal } from '../refusal';
import { gapAssessmentSchema } from './gap-assessment';

export const completedGapRefSchema = z.object({
  id: z.string(),
  title: requiredText('Title', 200),
  completedAt: isoDateTime('Completed at'),
});
export type CompletedGapRef = z.infer<typeof completedGapRefSchema>;

export const gapPageRecordSchema = z.object({
  format: z.literal(1),
  current: gapAssessmentSchema.nullable(),
  completed: z.array(completedGapRefSchema).max(200),
});
export type GapPageRecord = z.infer<typeof gapPageRecordSchema>;

export const EMPTY_GAP_PAGE_RECORD: GapPageRecord = { format: 1, current: null, completed: [] };

/** What one Confluence content property holds, with room for its envelope. */
export const MAX_GAP_RECORD_BYTES = 30_000;

/** Refuses a record too large to be kept in one content property, saying by how much. */
export function refuseIfTooLarge(value: unknown, what: string): void {
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
  if (bytes > MAX_GAP_RECORD_BYTES) {
    throw new Refusal(
      `The ${what} would take ${bytes} bytes, more than the ${MAX_GAP_RECORD_BYTES} a page can keep; shorten the gaps, justifications or evidence labels.`,
    );
  }
}
