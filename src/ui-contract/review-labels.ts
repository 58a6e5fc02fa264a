/**
 * Words the management review's export (a page written by the app, in English) shows for the
 * domain's codes; the macro says them in the viewer's language (static/review-macro).
 */
import { AIMS_ROLE_DEFINITIONS, AIMS_ROLES } from '../domain/authorization';
import { daysBetween } from '../domain/calendar';
import type { FindingGrade } from '../domain/records/audit-finding';
import type { ReviewDecisionKind } from '../domain/records/management-review';

export const GRADE_LABELS: Record<FindingGrade, string> = {
  'major-nc': 'Major nonconformity',
  'minor-nc': 'Minor nonconformity',
  observation: 'Observation',
  'opportunity-for-improvement': 'Opportunity for improvement',
};

export const DECISION_KIND_LABELS: Record<ReviewDecisionKind, string> = {
  'continual-improvement': 'Continual improvement',
  'aims-change': 'Change to the AIMS',
  other: 'Other',
};

/** What the counts of risk levels and audit results are (Jira's search index, not a snapshot). */
export const COUNTED_BY_JIRA =
  'Counted by Jira’s search, as you may see the issues; a change made in the last moments may not be counted yet.';

/**
 * What the held record's counts (trends, list totals, risk levels, audit results, incidents, competence, controls) are
 * for this viewer: as recorded, and how many counted issues they cannot see (null: not known).
 */
export function heldCountsSentence(
  heldBy: string,
  heldAt: string,
  countedUnseen: number | null,
): string {
  const recorded = `The counts are as recorded by ${heldBy || 'the person who held the review'} on ${heldAt.slice(0, 10)}`;
  if (countedUnseen === null)
    return `${recorded}; recorded counts may include issues you cannot see.`;
  if (countedUnseen === 0) return `${recorded}.`;
  return `${recorded}; they include ${countedUnseen} ${countedUnseen === 1 ? 'issue' : 'issues'} you cannot see.`;
}

/**
 * The same in an export, which has no reader: it lists none of the record's issues (the page
 * shows each reader those they may browse).
 */
export function exportLeavesOutSentence(listed: number): string {
  if (listed === 0) return '';
  return `The ${listed} ${listed === 1 ? 'issue' : 'issues'} this record lists ${listed === 1 ? 'is' : 'are'} left out of the export: the page shows each reader those they may browse in Jira.`;
}

/** The AI incidents of a review period in one sentence (A.8.4, 10.2), in the macro and its export. */
export function incidentFiguresText(
  incidents: { reported: number; breached: number; open: number } | null | undefined,
): string {
  if (!incidents) return 'AI incidents were not counted for this review.';
  return `${incidents.reported} AI incident(s) reported in the period, ${incidents.breached} of them breached a requirement (each raises a Nonconformity); ${incidents.open} open now.`;
}

/** Competence Records expired and expiring (7.2, A.4.6), in one sentence, in the macro and its export. */
export function competenceFiguresText(
  competence:
    | {
        expired: number;
        expiring: number;
        expiredFrom: string;
        reviewDate: string;
        expiringUntil: string;
      }
    | null
    | undefined,
): string {
  if (!competence) return 'Competence Records were not counted for this review.';
  return `${competence.expired} Competence Record(s) expired from ${competence.expiredFrom} to the review date ${competence.reviewDate}; ${competence.expiring} expire by ${competence.expiringUntil} (within ${daysBetween(competence.reviewDate, competence.expiringUntil)} days of the review date).`;
}

interface PolicyAwarenessFigures {
  memberGroup: string;
  groupSize: number | null;
  policies: readonly {
    page: { title: string } | null;
    version: number | null;
    acknowledged: number;
    percent: number | null;
  }[];
  unreadablePages: number;
}

/**
 * The competence requirements of the AIMS roles and how many people of each role's group lack a
 * current Competence Record meeting them (7.2 a, A.4.6), one line each; counts only, no names.
 */
export function competenceGapLines(
  gaps:
    | readonly { role: string; requirement: string; missing: number | null; of: number | null }[]
    | undefined,
): string[] {
  if (gaps === undefined) return [];
  if (gaps.length === 0)
    return ['No competence requirements are set for the AIMS roles (an AIMS manager sets them).'];
  return gaps.map(({ role, requirement, missing, of }) => {
    const known = (AIMS_ROLES as readonly string[]).includes(role);
    const who = known ? AIMS_ROLE_DEFINITIONS[role as (typeof AIMS_ROLES)[number]].name : role;
    if (missing === null || of === null)
      return `${requirement} (${who}): the role's group members are not shown to you in Jira, so the gap is not counted.`;
    if (missing === 0) return `${requirement} (${who}): met by all ${of} people of the role.`;
    return `${requirement} (${who}): ${missing} of ${of} people of the role have no current Competence Record for it.`;
  });
}

/**
 * Awareness of the AI policy (7.3), one sentence per registered policy page, in the export:
 * counts only, no page named (an export has no reader). When the review finds no policy page it
 * says so instead of guessing.
 */
export function policyAwarenessLines(
  awareness: PolicyAwarenessFigures | null | undefined,
): string[] {
  if (!awareness) return ['Acknowledgements of the AI policy were not counted for this review.'];
  const { memberGroup, groupSize, policies, unreadablePages } = awareness;
  const hidden =
    unreadablePages > 0
      ? [
          `${unreadablePages} registered AI policy page(s) cannot be read by the person who compiled these inputs, so their acknowledgements are not counted here.`,
        ]
      : [];
  if (policies.length === 0 && unreadablePages === 0) {
    return [
      'The review found no AI policy page: none is registered with the app yet (an AIMS manager registers one by setting its owner or approving it in the AI Policy macro), so it cannot say who acknowledged the policy.',
    ];
  }
  return [
    ...policies.map((p) => {
      // An export has no reader: it names no page (the macro names each to those who may read it).
      const page = p.page ? `AI policy page “${p.page.title}”` : 'A registered AI policy page';
      if (p.version === null)
        return `${page} has no approved version in force (never approved, or superseded): there is nothing to acknowledge.`;
      const of =
        groupSize === null
          ? `${p.acknowledged} member(s) of ${memberGroup} acknowledged it (the group's size was not shown, so no share)`
          : `${p.acknowledged} of ${groupSize} member(s) of ${memberGroup} acknowledged it (${p.percent ?? 0}%)`;
      return `${page}, approved version ${p.version} in force: ${of}.`;
    }),
    ...hidden,
  ];
}
