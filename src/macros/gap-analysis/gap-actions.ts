/**
 * The writes of the gap analysis macro, made as the person asking (their role and page edit
 * permission are checked before, by src/resolvers/macro-write.ts): start an assessment, assess a
 * requirement, complete it, raise the Jira issues of its gaps. Each reads the page record, applies
 * the domain's rule and writes the record naming the version it read, so concurrent changes are
 * refused instead of lost.
 */
import { z } from 'zod';
import { utcDate } from '../../domain/calendar';
import {
  assessRequirement,
  completeAssessment,
  EMPTY_GAP_PAGE_RECORD,
  type GapAssessment,
  gapsWithoutIssue,
  recordGapIssue,
  refuseIfTooLarge,
  startAssessment,
} from '../../domain/gap-analysis';
import { Refusal } from '../../domain/refusal';
import { GAP_ANALYSIS_STEP, stepWorkLabels } from '../../domain/roadmap';
import { bulkCreateIssues } from '../../jira/bulk-create';
import { searchIssues } from '../../jira/issue-search';
import { jql } from '../../jira/jql-builder';
import { aimsActionFields } from '../../jira/labelled-aims-action';
import type { ProductClient } from '../../jira/product-client';
import { findStepEpic } from '../../roadmap/roadmap-template';
import type { ProvisioningState } from '../../storage/provisioning-state';
import { completedGapStore, gapPageStore } from './gap-page-records';
import { gapAssessmentLabel, gapRequirementLabel } from './gap-labels';

export interface GapActionRequest {
  pageId: string;
  actorAccountId: string;
  now: Date;
  confluence: ProductClient;
  jira: ProductClient;
}

async function readRecord(request: GapActionRequest) {
  const stored = await gapPageStore.read(request.confluence, request.pageId);
  return { stored, record: stored?.record ?? EMPTY_GAP_PAGE_RECORD };
}

function currentInProgress(current: GapAssessment | null): GapAssessment {
  if (!current) throw new Refusal('There is no gap analysis on this page yet; start one first.');
  return current;
}

export const startGapSchema = z.object({
  title: z
    .string({ error: 'Give the assessment a title' })
    .trim()
    .min(1, { error: 'Give the assessment a title' })
    .max(200, { error: 'The title must be at most 200 characters' }),
});

/** Starts an assessment, from the previous completed one's findings when there is one. */
export async function startGap(request: GapActionRequest, title: string): Promise<{ id: string }> {
  const { stored, record } = await readRecord(request);
  if (record.current && !record.current.completed) {
    throw new Refusal(
      `"${record.current.title}" is still in progress; complete it before starting another.`,
    );
  }
  const startedOn = utcDate(request.now);
  const id = `ga-${startedOn}-${record.completed.length + 1}`;
  const current = startAssessment({ id, title, startedOn }, record.current ?? undefined);
  const next = { ...record, current };
  refuseIfTooLarge(next, 'gap analysis');
  await gapPageStore.write(request.confluence, request.pageId, stored, next);
  return { id };
}

export const assessGapSchema = z.object({
  assessmentId: z.string({ error: 'Say which assessment you changed' }),
  ref: z.string({ error: 'Say which requirement you assessed' }),
  item: z.unknown(),
});

/** Records the assessment of one requirement in the assessment in progress. */
export async function assessGap(
  request: GapActionRequest,
  payload: z.infer<typeof assessGapSchema>,
): Promise<{ saved: string }> {
  const { stored, record } = await readRecord(request);
  const current = currentInProgress(record.current);
  if (current.id !== payload.assessmentId) {
    throw new Refusal(
      'The gap analysis on this page has changed since you opened it. Reload and try again.',
    );
  }
  const next = { ...record, current: assessRequirement(current, payload.ref, payload.item) };
  refuseIfTooLarge(next, 'gap analysis');
  await gapPageStore.write(request.confluence, request.pageId, stored, next);
  return { saved: payload.ref };
}

/**
 * Completes and freezes the assessment in progress: the frozen copy is written first (in its own
 * property), then the page record; a retry after a failure in between finds the copy and
 * finishes.
 */
export async function completeGap(request: GapActionRequest): Promise<{ completedAt: string }> {
  const { stored, record } = await readRecord(request);
  const done = completeAssessment(
    currentInProgress(record.current),
    request.actorAccountId,
    request.now.toISOString(),
  );
  const completed = done.completed;
  if (!completed) throw new Error('A completed assessment records its completion');
  const copyStore = completedGapStore(done.id);
  const existingCopy = await copyStore.read(request.confluence, request.pageId);
  await copyStore.write(request.confluence, request.pageId, existingCopy, done);
  await gapPageStore.write(request.confluence, request.pageId, stored, {
    ...record,
    current: done,
    completed: [...record.completed, { id: done.id, title: done.title, completedAt: completed.at }],
  });
  return { completedAt: completed.at };
}

function gapIssueFields(
  state: ProvisioningState,
  assessment: GapAssessment,
  page: { id: string; title: string },
  gap: ReturnType<typeof gapsWithoutIssue>[number],
  roadmapEpic: string | undefined,
): Record<string, unknown> {
  const met = gap.status === 'partly' ? 'partly met' : 'not started';
  return aimsActionFields(state, {
    summary: `Close the gap on ${gap.ref} ${gap.title}`,
    description: `Gap found by the gap analysis "${assessment.title}" on the page "${page.title}" (${met}).\n${gap.gap}`,
    labels: [
      gapAssessmentLabel(assessment.id),
      gapRequirementLabel(assessment.id, gap.ref),
      ...(roadmapEpic ? stepWorkLabels(GAP_ANALYSIS_STEP) : []),
    ],
    ...(roadmapEpic ? { parentKey: roadmapEpic } : {}),
    values: { actionSource: 'Gap analysis', reviewReference: page.id },
  });
}

/**
 * Raises one AIMS Action per gap of the completed assessment (as the person asking, in the AIMS
 * project; under the roadmap's step 3 epic when there is one), exactly once: issues already raised — recorded on the page, or found by their label
 * after an interrupted run — are kept, not raised again.
 */
export async function raiseGapIssues(
  request: GapActionRequest,
  state: ProvisioningState,
  page: { id: string; title: string },
): Promise<{ created: number; alreadyRaised: number }> {
  const { stored, record } = await readRecord(request);
  const current = currentInProgress(record.current);
  if (!current.completed) {
    throw new Refusal('Complete the gap analysis first, so the issues follow what was agreed.');
  }
  let assessment = current;
  const found = await searchIssues(request.jira, {
    jql: jql.and(
      jql.eq('project', state.projectKey),
      jql.eq('labels', gapAssessmentLabel(current.id)),
    ),
    fields: ['labels'],
  });
  // Each raised issue's labels, read once: label → the first issue (in search order) carrying it.
  const keyByLabel = new Map<string, string>();
  for (const issue of found) {
    for (const label of z.array(z.string()).catch([]).parse(issue.fields.labels)) {
      if (!keyByLabel.has(label)) keyByLabel.set(label, issue.key);
    }
  }
  for (const gap of gapsWithoutIssue(assessment)) {
    const key = keyByLabel.get(gapRequirementLabel(current.id, gap.ref));
    if (key) assessment = recordGapIssue(assessment, gap.ref, key);
  }
  const missing = gapsWithoutIssue(assessment);
  // With the implementation roadmap, the gaps are work of its step 3 (under that epic).
  const roadmapEpic =
    missing.length > 0 ? await findStepEpic(request.jira, state, GAP_ANALYSIS_STEP) : undefined;
  const keys = await bulkCreateIssues(
    request.jira,
    missing.map((gap) => gapIssueFields(state, assessment, page, gap, roadmapEpic)),
  );
  missing.forEach((gap, i) => {
    const key = keys[i];
    if (key) assessment = recordGapIssue(assessment, gap.ref, key);
  });
  const alreadyRaised = Object.keys(current.gapIssues).length;
  await gapPageStore.write(request.confluence, request.pageId, stored, {
    ...record,
    current: assessment,
  });
  return { created: keys.length, alreadyRaised };
}
