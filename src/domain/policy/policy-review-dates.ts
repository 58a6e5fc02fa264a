/**
 * When the AI policy is due for its next policy review (A.2.4, 7.5.2): the rule of every
 * controlled document (src/domain/document-control/document-review-dates.ts).
 */
export {
  documentReviewStateOn as policyReviewStateOn,
  isDocumentReviewDue as isPolicyReviewDue,
} from '../document-control/document-review-dates';
export type { DocumentReviewState as PolicyReviewState } from '../document-control/document-review-dates';
