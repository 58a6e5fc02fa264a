/**
 * What every controlled document of the AIMS carries (7.5.2, 7.5.3): identification, owner,
 * status, the approval bound to a Confluence page version, and the periodic review. The AI
 * policy (src/domain/policy) and the scope and context (src/domain/scope) add their own parts.
 */
import { z } from 'zod';
import { CONTENT_HASH_PATTERN } from '../integrity/content-hash-pattern';
import {
  accountId,
  choice,
  isoDate,
  isoDateTime,
  requiredText,
  wholeNumber,
} from '../records/record-fields';

const hash = (label: string) =>
  z
    .string({ error: `${label} must be a content hash` })
    .regex(CONTENT_HASH_PATTERN, { error: `${label} must be a content hash` });

export const DOCUMENT_STATUSES = ['draft', 'in-review', 'approved', 'superseded'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** The status as the macros and their exports name it. */
export const DOCUMENT_STATUS_NAMES: Record<DocumentStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  superseded: 'Superseded',
};

/** The fields every controlled document has, for `z.object({...controlledDocumentFields, …})`. */
export const controlledDocumentFields = {
  documentId: z.string({ error: 'Document ID is required' }).regex(/^[1-9][0-9]{0,19}$/, {
    error: 'Document ID must be a Confluence page ID (digits)',
  }),
  title: requiredText('Title', 255),
  ownerAccountId: accountId('Document owner'),
  status: choice('Document status', DOCUMENT_STATUSES),
  approverAccountId: accountId('Approver').optional(),
  approvedAt: isoDateTime('Approval time').optional(),
  approvedVersion: wholeNumber('Approved version', 1, Number.MAX_SAFE_INTEGER).optional(),
  reviewIntervalMonths: wholeNumber('Review interval (months)', 1, 60),
  nextReviewDate: isoDate('Next review date').optional(),
  /**
   * A document whose content the macro keeps beside the page (the scope and context) binds its
   * approval to that content too: the hash of the content now, and of the content approved.
   */
  contentHash: hash('Content hash').optional(),
  approvedContentHash: hash('Approved content hash').optional(),
};

export type ControlledDocument = z.infer<z.ZodObject<typeof controlledDocumentFields>>;

/**
 * The rules every controlled document keeps: an approval names its approver, time and page
 * version together; an approved document has them and a next review date, never before the
 * approval. For a `superRefine` of the document's schema.
 */
export function checkControlledDocument(doc: ControlledDocument, ctx: z.RefinementCtx): void {
  const approvalParts = [doc.approverAccountId, doc.approvedAt, doc.approvedVersion];
  const given = approvalParts.filter((part) => part !== undefined).length;
  if (given > 0 && given < approvalParts.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['approverAccountId'],
      message: 'An approval needs the approver, the time and the approved page version together',
    });
  }
  if (doc.approvedContentHash !== undefined && doc.approvedVersion === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['approvedContentHash'],
      message: 'An approved content hash belongs to an approval',
    });
  }
  if (doc.status === 'approved') {
    if (given === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['approverAccountId'],
        message:
          'An approved document needs the approver, the approval time and the approved page version',
      });
    }
    if (doc.nextReviewDate === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReviewDate'],
        message: 'An approved document needs a next review date',
      });
    }
  }
  if (
    doc.approvedAt !== undefined &&
    doc.nextReviewDate !== undefined &&
    doc.nextReviewDate < doc.approvedAt.slice(0, 10)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDate'],
      message: 'The next review date cannot be before the approval',
    });
  }
}
