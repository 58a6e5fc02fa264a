/**
 * The document-control rules of the AI policy (5.2, 7.5.2, 7.5.3): the rules of every controlled
 * document (src/domain/document-control/control-rules.ts), with the clause 5.2 checklist as the
 * policy's content — only the owner ticks it, and approval waits until all four elements are
 * covered. Changing the checklist of an approved policy reopens it (status draft).
 */
import {
  POLICY_ELEMENTS,
  POLICY_ELEMENT_NAMES,
  policyDocumentSchema,
  policyElementCheckSchema,
  uncoveredPolicyElements,
} from '../records';
import type { PolicyDocumentRecord, PolicyElementCheck } from '../records';
import { Refusal } from '../refusal';
import { documentControlRules } from '../document-control/control-rules';
import type {
  ControlActor,
  ControlledPageFacts,
  DocumentChange,
  DocumentControlSettings,
  DocumentKind,
} from '../document-control/control-rules';
import type { PolicyControlEvent, PolicyControlRecord } from './policy-control-record';
import { policyControlRecords } from './policy-control-record';

/** The AI Policy macro's settings the rules read (its configuration carries these). */
export type PolicyControlSettings = DocumentControlSettings;
export type PolicyPageFacts = ControlledPageFacts;
export type PolicyActor = ControlActor;
export type PolicyChange = DocumentChange<PolicyDocumentRecord, PolicyControlEvent>;

export const POLICY_DOCUMENT: DocumentKind<PolicyDocumentRecord, PolicyControlEvent> = {
  name: 'the AI policy',
  shortName: 'policy',
  documentSchema: policyDocumentSchema,
  records: policyControlRecords,
  initialParts: () => ({ elements: [] }),
  contentGaps(document) {
    const uncovered = uncoveredPolicyElements(document.elements);
    if (uncovered.length === 0) return undefined;
    return {
      summary: 'the policy must cover every element of clause 5.2 first.',
      details: uncovered.map((e) => `Not yet covered: it ${POLICY_ELEMENT_NAMES[e]}`),
      blockers: uncovered.map(
        (e) => `The owner has not yet marked where the policy ${POLICY_ELEMENT_NAMES[e]}.`,
      ),
    };
  },
};

const rules = documentControlRules(POLICY_DOCUMENT, {
  configured: 'configured',
  reviewRequested: 'review-requested',
  approved: 'approved',
  superseded: 'superseded',
});

export const { syncWithConfig, requestApproval, approvalBlockers, supersede } = rules;

/**
 * Approves the page version the approver reviewed. `reviewedVersion` is the version shown to
 * them; `change.page.version` is read from Confluence now. They must match.
 */
export function approve(change: PolicyChange, reviewedVersion: number): PolicyControlRecord {
  return rules.approve(change, { pageVersion: reviewedVersion });
}

/** The owner ticks the clause 5.2 checklist, saying where the page covers each element. */
export function setChecklist(
  change: PolicyChange,
  checks: readonly PolicyElementCheck[],
): PolicyControlRecord {
  if (change.actor.accountId !== change.config.ownerAccountId) {
    throw new Refusal('Only the document owner can tick the clause 5.2 checklist.');
  }
  const parsed = checks.map((c) => policyElementCheckSchema.safeParse(c));
  const problems = parsed.flatMap((p) => (p.success ? [] : p.error.issues.map((i) => i.message)));
  if (problems.length > 0) throw new Refusal('The checklist is not complete.', problems);
  const elements = POLICY_ELEMENTS.map(
    (element) => checks.find((c) => c.element === element) ?? { element, covered: false },
  );
  const document = rules.baseDocument(change);
  if (document.status === 'superseded') {
    throw new Refusal('This policy is superseded; its checklist can no longer change.');
  }
  const changed = JSON.stringify(document.elements) !== JSON.stringify(elements);
  document.elements = elements;
  if (changed && document.status !== 'draft') document.status = 'draft';
  return rules.record(change, 'checklist', document);
}
