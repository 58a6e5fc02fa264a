import type { Reason } from '../lifecycle/reason';
import type { NonconformityStepLetter } from './nonconformity-states';

/** A refused 10.2 requirement, tagged with the step (a–e) it belongs to. */
export interface NonconformityReason extends Reason {
  readonly step: NonconformityStepLetter;
}

export const ncReason = (
  step: NonconformityStepLetter,
  code: string,
  message: string,
): NonconformityReason => ({ step, code, message });
