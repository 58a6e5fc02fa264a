/**
 * "I have read and understood this version" (7.3 awareness): people acknowledge the approved
 * version of the AI policy in force. A newly approved version starts again from nobody; a
 * superseded policy, or one never approved, has nothing to acknowledge. The share is counted
 * against the AIMS members group (the relevant group of 7.3), by the acknowledgements of people
 * who were in that group when they acknowledged.
 */
import type { DocumentStatus } from '../document-control/controlled-document';

/** The document control at the page's current version, as far as acknowledging goes. */
export interface PolicyInForce {
  status: DocumentStatus;
  /** The last approved page version (undefined: never approved). */
  approvedVersion: number | undefined;
}

/** The approved version people acknowledge now; undefined when there is none in force. */
export function acknowledgeableVersion(inForce: PolicyInForce): number | undefined {
  return inForce.status === 'superseded' ? undefined : inForce.approvedVersion;
}

/** Why `version` cannot be acknowledged now (empty: it can). */
export function acknowledgementBlockers(inForce: PolicyInForce, version: number): string[] {
  const current = acknowledgeableVersion(inForce);
  if (current === undefined) {
    return [
      inForce.status === 'superseded'
        ? 'This AI policy is superseded: there is no version in force to acknowledge.'
        : 'This AI policy has no approved version yet: there is nothing to acknowledge until an AIMS manager approves it.',
    ];
  }
  if (version !== current) {
    return [
      `Page version ${version} is not the approved version in force; the approved version is ${current}. Read version ${current} and acknowledge it.`,
    ];
  }
  return [];
}

export interface AcknowledgementShare {
  /** Members of the group who acknowledged the version. */
  acknowledged: number;
  /** Members of the group (null: the viewer cannot see the group's size in Jira). */
  groupSize: number | null;
  /** Whole percent of the group, at most 100 (null without the group's size). */
  percent: number | null;
}

/**
 * The share of the group that acknowledged. People who acknowledged and left the group since are
 * still counted, so the count is capped at the group's size.
 */
export function acknowledgementShare(
  acknowledged: number,
  groupSize: number | null,
): AcknowledgementShare {
  if (groupSize === null) return { acknowledged, groupSize, percent: null };
  const counted = Math.min(acknowledged, groupSize);
  return {
    acknowledged: counted,
    groupSize,
    percent: groupSize === 0 ? null : Math.floor((counted / groupSize) * 100),
  };
}
