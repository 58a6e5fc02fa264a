import { keyedReason } from '../lifecycle/reason';
import type { MessageParams, Reason } from '../lifecycle/reason';
import type { NonconformityStepLetter } from './nonconformity-states';

/** A refused 10.2 requirement, tagged with the step (a–e) it belongs to. */
export interface NonconformityReason extends Reason {
  readonly step: NonconformityStepLetter;
}

/** The 10.2 requirements a screen may show, each a message key `nonconformity.<code>`. */
export const NONCONFORMITY_REASON_CODES = [
  'correction-missing',
  'consequences-missing',
  'causes-missing',
  'similar-check-missing',
  'similar-check-notes-missing',
  'recurrence-not-recorded',
  'decision-missing',
  'corrective-action-missing',
  'decision-rationale-missing',
  'decision-not-needed',
  'corrective-action-open',
  'verdict-missing',
  'verdict-ineffective',
  'evidence-missing',
  'reviewer-missing',
  'implementer-missing',
  'reviewer-not-independent',
  'no-action-after-ineffective-review',
  'verdict-not-ineffective',
  'decision-needed',
  'corrective-actions-linked',
  'ineffective-not-resolved',
  'aims-change-answer-missing',
  'aims-change-link-missing',
] as const;
export type NonconformityReasonCode = (typeof NONCONFORMITY_REASON_CODES)[number];

export const ncReason = (
  step: NonconformityStepLetter,
  code: NonconformityReasonCode,
  message: string,
  params?: MessageParams,
): NonconformityReason => ({ step, ...keyedReason('nonconformity', code, message, params) });
