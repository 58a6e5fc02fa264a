/**
 * What may be done to a gap analysis: assess a requirement, complete (freeze) it, record the
 * issue raised for a gap, start the next one from it. Each refuses in plain words and changes
 * nothing on bad input.
 */
import { AIMS_REQUIREMENTS } from '../catalog/requirements';
import { contentHash } from '../integrity/canonical-hash';
import { Refusal, zodIssueLines } from '../refusal';
import { type GapAssessment, type GapItem, gapItemSchema } from './gap-assessment';

const REQUIREMENT = new Map(AIMS_REQUIREMENTS.map((r) => [r.ref, r]));
const LISTED = 10;

function refuseIfCompleted(assessment: GapAssessment): void {
  if (assessment.completed) {
    throw new Refusal(
      `"${assessment.title}" was completed on ${assessment.completed.at.slice(0, 10)} and is frozen; start a new assessment to record changes.`,
    );
  }
}

/** The assessment with one requirement (re)assessed. */
export function assessRequirement(
  assessment: GapAssessment,
  ref: string,
  input: unknown,
): GapAssessment {
  refuseIfCompleted(assessment);
  const requirement = REQUIREMENT.get(ref);
  if (!requirement) {
    throw new Refusal(`"${ref}" is not a clause 4–10 sub-clause or an Annex A control.`);
  }
  const parsed = gapItemSchema.safeParse(input);
  if (!parsed.success) {
    throw new Refusal(
      `The assessment of ${ref} ${requirement.title} was not saved.`,
      zodIssueLines(parsed.error),
    );
  }
  return { ...assessment, items: { ...assessment.items, [ref]: parsed.data } };
}

/** What the frozen content is: everything but the completion and the gap issues. */
export function gapContentHash(assessment: GapAssessment): string {
  return contentHash({
    id: assessment.id,
    title: assessment.title,
    startedOn: assessment.startedOn,
    items: assessment.items,
  });
}

/** The requirements not assessed yet, in the standard's order. */
export function unassessedRefs(assessment: GapAssessment): string[] {
  return AIMS_REQUIREMENTS.filter((r) => !(r.ref in assessment.items)).map((r) => r.ref);
}

/** The assessment completed and frozen; refused while any requirement is unassessed. */
export function completeAssessment(
  assessment: GapAssessment,
  byAccountId: string,
  at: string,
): GapAssessment {
  refuseIfCompleted(assessment);
  const missing = unassessedRefs(assessment);
  if (missing.length > 0) {
    const listed = missing.slice(0, LISTED).join(', ');
    const more = missing.length > LISTED ? ` and ${missing.length - LISTED} more` : '';
    throw new Refusal(
      `${missing.length} of ${AIMS_REQUIREMENTS.length} requirements are not assessed yet; assess every one before completing.`,
      [`Not assessed: ${listed}${more}`],
    );
  }
  return { ...assessment, completed: { byAccountId, at, contentHash: gapContentHash(assessment) } };
}

/** Whether a completed assessment still has the content it was completed with. */
export function completedContentIntact(assessment: GapAssessment): boolean {
  return assessment.completed?.contentHash === gapContentHash(assessment);
}

/** A gap still without its Jira issue. */
export interface OpenGap {
  readonly ref: string;
  readonly title: string;
  readonly status: GapItem['status'];
  readonly gap: string;
}

/** The gaps (not started or partly) that have no Jira issue yet, in the standard's order. */
export function gapsWithoutIssue(assessment: GapAssessment): OpenGap[] {
  return AIMS_REQUIREMENTS.flatMap((r) => {
    const item = assessment.items[r.ref];
    if (!item || (item.status !== 'not-started' && item.status !== 'partly')) return [];
    if (assessment.gapIssues[r.ref]) return [];
    return [{ ref: r.ref, title: r.title, status: item.status, gap: item.gap ?? '' }];
  });
}

/** The assessment with the issue raised for a gap recorded (allowed once completed). */
export function recordGapIssue(
  assessment: GapAssessment,
  ref: string,
  issueKey: string,
): GapAssessment {
  const item = assessment.items[ref];
  if (!item || (item.status !== 'not-started' && item.status !== 'partly')) {
    throw new Refusal(`${ref} has no gap to raise an issue for.`);
  }
  return { ...assessment, gapIssues: { ...assessment.gapIssues, [ref]: issueKey } };
}

/** A new assessment that starts from the previous one's findings (to be re-assessed). */
export function startAssessment(
  start: { id: string; title: string; startedOn: string },
  previous?: GapAssessment,
): GapAssessment {
  return { ...start, items: previous ? { ...previous.items } : {}, gapIssues: {} };
}
