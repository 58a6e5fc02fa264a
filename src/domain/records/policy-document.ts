/**
 * Document-control metadata of a policy page in Confluence (clauses 5.2 and 7.5).
 * Approval is bound to a page version (`approvedVersion`), since Confluence Cloud has no
 * native approvals. `elements` is the checklist of the four things clause 5.2 asks the AI
 * policy to do, each with a pointer to where the page covers it.
 */
import { z } from 'zod';
import {
  DOCUMENT_STATUSES,
  checkControlledDocument,
  controlledDocumentFields,
} from '../document-control/controlled-document';
import type { DocumentStatus } from '../document-control/controlled-document';
import { choice, listOf, optionalText } from './record-fields';

export const POLICY_STATUSES = DOCUMENT_STATUSES;
export type PolicyStatus = DocumentStatus;

/** Clause 5.2 a)–d), in our own words. */
export const POLICY_ELEMENTS = [
  'appropriate-to-purpose',
  'framework-for-objectives',
  'commitment-to-requirements',
  'commitment-to-continual-improvement',
] as const;
export type PolicyElement = (typeof POLICY_ELEMENTS)[number];

/** Plain names of the four elements, for messages and UIs. */
export const POLICY_ELEMENT_NAMES: Record<PolicyElement, string> = {
  'appropriate-to-purpose': 'fits the purpose of the organization',
  'framework-for-objectives': 'gives a framework for setting AI objectives',
  'commitment-to-requirements': 'commits to meeting applicable requirements',
  'commitment-to-continual-improvement': 'commits to continual improvement of the AIMS',
};

export const policyElementCheckSchema = z
  .object(
    {
      element: choice('Policy element', POLICY_ELEMENTS),
      covered: z.boolean({ error: 'Covered must be yes or no' }),
      /** Where the page covers it, e.g. a heading or section name. */
      where: optionalText('Where covered', 500),
    },
    { error: 'Each policy element check needs an element and whether it is covered' },
  )
  .superRefine((check, ctx) => {
    if (check.covered && check.where === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['where'],
        message: `Say where the policy ${POLICY_ELEMENT_NAMES[check.element]}`,
      });
    }
  });
export type PolicyElementCheck = z.infer<typeof policyElementCheckSchema>;

export const policyDocumentSchema = z
  .object(
    {
      ...controlledDocumentFields,
      elements: listOf('Policy elements', policyElementCheckSchema),
    },
    { error: 'A policy document record must be an object' },
  )
  .superRefine((doc, ctx) => {
    checkControlledDocument(doc, ctx);
    const seen = new Set<PolicyElement>();
    for (const check of doc.elements) {
      if (seen.has(check.element)) {
        ctx.addIssue({
          code: 'custom',
          path: ['elements'],
          message: `The element "${POLICY_ELEMENT_NAMES[check.element]}" is listed more than once`,
        });
      }
      seen.add(check.element);
    }
    const uncovered = uncoveredPolicyElements(doc.elements);
    if (doc.status === 'approved' && uncovered.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['elements'],
        message: `An approved AI policy must cover every element of clause 5.2; not yet covered: it ${uncovered
          .map((e) => POLICY_ELEMENT_NAMES[e])
          .join('; it ')}`,
      });
    }
  });

/** The clause 5.2 elements the checklist does not mark as covered, in clause order. */
export function uncoveredPolicyElements(
  checks: readonly Pick<PolicyElementCheck, 'element' | 'covered'>[],
): PolicyElement[] {
  return POLICY_ELEMENTS.filter((e) => !checks.some((c) => c.element === e && c.covered));
}

export type PolicyDocumentRecord = z.infer<typeof policyDocumentSchema>;
