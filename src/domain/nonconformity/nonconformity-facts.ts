/**
 * The plain view of a Nonconformity and its linked Corrective Actions that the clause 10.2
 * guards read. Gateways build it from Jira fields; every field may be absent (not yet recorded).
 */
import type { EvidenceLink } from '../records/record-fields';
import type {
  CorrectiveActionDecision,
  EffectivenessVerdict,
  YesNo,
} from '../records/nonconformity';

export interface LinkedCorrectiveAction {
  /** Issue key, e.g. `AIMS-12`; named in reasons. */
  readonly key: string;
  /** True when the corrective action is in its done status. */
  readonly done: boolean;
  /** A cancelled action neither blocks the review nor counts as an action taken. */
  readonly cancelled?: boolean;
  /** Who implemented it (Atlassian accountIds); the effectiveness reviewer must not be one of them. */
  readonly implementerAccountIds: readonly string[];
  /** When it was last marked done (ISO 8601; Jira's resolution date), if it is done. */
  readonly completedAt?: string | null;
}

export interface SimilarNonconformityCheck {
  /** Whether the 10.2 b) 3) question "do similar nonconformities exist or could they occur?" was answered. */
  readonly answered: boolean;
  /** The answer: none exist or could occur, similar exist, similar could occur. */
  readonly answer?: 'none' | 'exists' | 'could-occur';
  /** What the check found (where else it was looked for, what was found). */
  readonly notes?: string | null;
}

export interface NonconformityFacts {
  /** 10.2 a) the correction / containment taken. */
  readonly correction?: string | null;
  /** 10.2 a) how the consequences were dealt with. */
  readonly consequences?: string | null;
  /** 10.2 b) 2) the causes found. */
  readonly causes?: string | null;
  /** 10.2 b) 3) the similar-nonconformities check. */
  readonly similarCheck?: SimilarNonconformityCheck | null;
  /** 10.2 b) the closed nonconformities this one is recorded as a recurrence of (keys). */
  readonly recurrenceOf?: readonly string[];
  /** 10.2 b) the decision on the need for corrective action. */
  readonly correctiveActionDecision?: CorrectiveActionDecision | null;
  /** Why no corrective action is needed (required when the decision is `not-needed`). */
  readonly decisionRationale?: string | null;
  /** 10.2 c) the linked Corrective Action issues. */
  readonly correctiveActions?: readonly LinkedCorrectiveAction[];
  /** 10.2 d) the verdict of the effectiveness review. */
  readonly verdict?: EffectivenessVerdict | null;
  /** 10.2 d) evidence of the effectiveness review: text, or the evidence links. */
  readonly evidence?: string | readonly EvidenceLink[] | null;
  /** 10.2 d) accountId of who reviewed effectiveness. */
  readonly reviewerAccountId?: string | null;
  /**
   * When the last effectiveness review found the corrective action ineffective (ISO 8601), if one
   * did: the verdict is cleared then, and closing needs a corrective action completed after it.
   */
  readonly lastIneffectiveReviewAt?: string | null;
  /** 10.2 e) is a change to the AIMS needed? */
  readonly aimsChangeNeeded?: YesNo | null;
  /** 10.2 e) link to the AIMS change (issue key or URL), required when the answer is `yes`. */
  readonly aimsChangeLink?: string | null;
}
