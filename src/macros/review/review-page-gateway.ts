/**
 * The review page in Confluence (read as the viewer): the macro's record kept in the page's
 * content property (`/wiki/api/v2/pages/{id}/properties`), validated on read and write.
 */
import { pageRecordStore } from '../../confluence/page-record-store';
import type { StoredPageRecord } from '../../confluence/page-record-store';
import { REVIEW_PROPERTY_KEY, reviewPageRecordSchema } from './review-draft';
import type { ReviewPageRecord } from './review-draft';

export type StoredReviewRecord = StoredPageRecord<ReviewPageRecord>;

const reviewRecord = pageRecordStore({
  key: REVIEW_PROPERTY_KEY,
  schema: reviewPageRecordSchema,
  versionMessage: 'AIMS management review',
  invalidMessage: 'The management review record stored on this page is not valid.',
  conflictMessage:
    'Someone else changed this management review at the same time. Reload and try again.',
});

export const readReviewRecord = reviewRecord.read;

/** Creates or updates the record, naming the version it replaces (a concurrent change is refused). */
export const writeReviewRecord = reviewRecord.write;
