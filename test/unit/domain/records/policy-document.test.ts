import {
  POLICY_ELEMENTS,
  policyDocumentSchema,
  uncoveredPolicyElements,
} from '../../../../src/domain/records';
import { refusalMessages } from './refusal-messages';

const allCovered = POLICY_ELEMENTS.map((element, i) => ({
  element,
  covered: true,
  where: `Section ${i + 1}`,
}));

const approved = {
  documentId: '98304',
  title: 'AI Policy',
  ownerAccountId: '712020:aims-manager-0002',
  status: 'approved',
  approverAccountId: '712020:aims-admin-0001',
  approvedAt: '2025-02-01T10:00:00Z',
  approvedVersion: 4,
  reviewIntervalMonths: 12,
  nextReviewDate: '2026-02-01',
  elements: allCovered,
};

describe('policy document record', () => {
  it('accepts an approved policy covering all four elements', () => {
    expect(refusalMessages(policyDocumentSchema, approved)).toEqual([]);
  });

  it('accepts a draft with nothing approved or checked yet', () => {
    const draft = policyDocumentSchema.parse({
      documentId: '98305',
      title: 'AI Policy v2',
      ownerAccountId: 'abc',
      status: 'draft',
      reviewIntervalMonths: 12,
    });
    expect(draft.elements).toEqual([]);
    expect(uncoveredPolicyElements(draft.elements)).toEqual(POLICY_ELEMENTS);
  });

  it('needs approver, time, version and next review date when approved', () => {
    expect(
      refusalMessages(policyDocumentSchema, {
        ...approved,
        approverAccountId: undefined,
        approvedAt: undefined,
        approvedVersion: undefined,
        nextReviewDate: undefined,
      }),
    ).toEqual([
      'An approved document needs the approver, the approval time and the approved page version',
      'An approved document needs a next review date',
    ]);
  });

  it('refuses a partial approval in any status', () => {
    expect(
      refusalMessages(policyDocumentSchema, {
        ...approved,
        status: 'in-review',
        approvedVersion: undefined,
      }),
    ).toEqual(['An approval needs the approver, the time and the approved page version together']);
  });

  it('needs all four clause 5.2 elements covered before approval, naming the missing ones', () => {
    expect(
      refusalMessages(policyDocumentSchema, {
        ...approved,
        elements: [
          allCovered[0],
          { element: 'framework-for-objectives', covered: false },
          allCovered[2],
        ],
      }),
    ).toEqual([
      'An approved AI policy must cover every element of clause 5.2; not yet covered: it gives a framework for setting AI objectives; it commits to continual improvement of the AIMS',
    ]);
  });

  it('needs a pointer for a covered element, and no element twice', () => {
    expect(
      refusalMessages(policyDocumentSchema, {
        ...approved,
        elements: [...allCovered, { element: 'appropriate-to-purpose', covered: true, where: ' ' }],
      }),
    ).toEqual([
      'Say where the policy fits the purpose of the organization (item 5)',
      'The element "fits the purpose of the organization" is listed more than once',
    ]);
  });

  it('refuses a next review before the approval', () => {
    expect(
      refusalMessages(policyDocumentSchema, { ...approved, nextReviewDate: '2025-01-31' }),
    ).toEqual(['The next review date cannot be before the approval']);
    expect(
      refusalMessages(policyDocumentSchema, { ...approved, nextReviewDate: '2025-02-01' }),
    ).toEqual([]);
  });

  it('checks the page ID, version, interval and status values', () => {
    expect(
      refusalMessages(policyDocumentSchema, {
        ...approved,
        documentId: 'abc',
        approvedVersion: 0,
        reviewIntervalMonths: 61,
        status: 'final',
      }),
    ).toEqual([
      'Document ID must be a Confluence page ID (digits)',
      'Document status must be one of: draft, in-review, approved, superseded',
      `Approved version must be between 1 and ${Number.MAX_SAFE_INTEGER}`,
      'Review interval (months) must be between 1 and 60',
    ]);
    expect(
      refusalMessages(policyDocumentSchema, {
        ...approved,
        documentId: undefined,
        elements: [{ element: 'scope', covered: 'yes' }, null],
      }),
    ).toEqual([
      'Document ID is required',
      'Policy element must be one of: appropriate-to-purpose, framework-for-objectives, commitment-to-requirements, commitment-to-continual-improvement (item 1)',
      'Covered must be yes or no (item 1)',
      'Each policy element check needs an element and whether it is covered (item 2)',
    ]);
  });

  it('refuses a non-object', () => {
    expect(refusalMessages(policyDocumentSchema, 'policy')).toEqual([
      'A policy document record must be an object',
    ]);
  });
});
