/**
 * What the gap analysis macro keeps on its page, as Confluence content properties read and written
 * as the person looking or acting: the page record (`aims-gap-analysis`: the current assessment
 * and the list of completed ones) and each completed assessment, frozen, in a property of its own
 * (`aims-gap-analysis-<id>`), so the history is not bounded by one property's size.
 */
import { gapAssessmentSchema, gapPageRecordSchema } from '../../domain/gap-analysis';
import { pageRecordStore } from '../../confluence/page-record-store';

export const GAP_RECORD_PROPERTY_KEY = 'aims-gap-analysis';

export const gapPageStore = pageRecordStore(
  GAP_RECORD_PROPERTY_KEY,
  gapPageRecordSchema,
  'gap analysis',
);

/** The store of one completed assessment. */
export const completedGapStore = (assessmentId: string) =>
  pageRecordStore(
    `${GAP_RECORD_PROPERTY_KEY}-${assessmentId}`,
    gapAssessmentSchema,
    'completed gap analysis',
  );
