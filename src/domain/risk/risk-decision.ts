/**
 * Who decides on an AI risk (6.1.3 e, f; 8.3): the treatment plan is approved and the residual
 * risk accepted by the risk owner or by AIMS management, each decision recorded with who took it
 * and when — inside the risk appetite as well as above it. Above the appetite only AIMS management
 * may accept. Which people count as AIMS management is the app's configuration (the AIMS manager
 * role), so that part is the app's own rule.
 */
import { z } from 'zod';
import { appRule } from '../lifecycle/app-rule';
import { ACCOUNT_ID_PATTERN } from '../records/record-fields';

/** A decision as recorded on the risk: who took it and when (ISO 8601 date-time). */
export interface RecordedDecision {
  readonly byAccountId?: string;
  readonly at?: string;
}

/** Who may decide: the risk's owner and, among the people recorded, those who are AIMS managers. */
export interface DecisionAuthority {
  readonly ownerAccountId?: string | null;
  readonly managerAccountIds: readonly string[];
}

export type RiskDecisionKind = 'treatment-approval' | 'acceptance';

const WHAT: Record<RiskDecisionKind, string> = {
  'treatment-approval': 'The treatment plan',
  acceptance: 'The risk',
};
const DONE: Record<RiskDecisionKind, string> = {
  'treatment-approval': 'approved',
  acceptance: 'accepted',
};

const isDateTime = (value: string): boolean =>
  z.iso.datetime({ offset: true }).safeParse(value).success;

/**
 * Every reason the recorded decision does not stand; empty when it does. `aboveAppetite` names
 * the level when the accepted risk is above the appetite (only AIMS management may accept it).
 */
export function riskDecisionRequirements(
  kind: RiskDecisionKind,
  decision: RecordedDecision | null | undefined,
  authority: DecisionAuthority,
  aboveAppetite?: string,
): string[] {
  const what = WHAT[kind];
  const done = DONE[kind];
  const by = decision?.byAccountId?.trim();
  const at = decision?.at?.trim();
  const reasons: string[] = [];
  if (!by) reasons.push(`${what} must be ${done} by someone: record who ${done} it (6.1.3)`);
  else if (!ACCOUNT_ID_PATTERN.test(by))
    reasons.push(`Who ${done} it must be an Atlassian account`);
  if (!at) reasons.push(`Record when ${what.toLowerCase()} was ${done} (6.1.3)`);
  else if (!isDateTime(at))
    reasons.push(`When it was ${done} must be a date and time like 2025-01-31T09:30:00Z`);
  if (!by || reasons.length > 0) return reasons;

  const isManager = authority.managerAccountIds.includes(by);
  if (aboveAppetite !== undefined) {
    if (!isManager)
      reasons.push(
        appRule(
          `${what} is ${aboveAppetite}, above the risk appetite: only AIMS management (the AIMS manager role) may accept it.`,
        ),
      );
    return reasons;
  }
  if (!isManager && by !== authority.ownerAccountId?.trim())
    reasons.push(
      appRule(
        `${what} may be ${done} only by the risk owner or AIMS management (the AIMS manager role).`,
      ),
    );
  return reasons;
}
