/**
 * Changes to a draft review, made by AIMS managers and top management: the entered inputs (9.3.2 b, c), the
 * attendees, the decisions (9.3.3, each becoming one AIMS Action) and "Record as held", which
 * freezes the whole record with its content hash. A held review never changes again.
 */
import { Refusal } from '../../domain/refusal';
import { InvalidReviewInputError, freezeReviewRecord } from '../../domain/review';
import { sealRecord } from '../../storage/record-seals';
import { REVIEW_SEAL_KIND } from './review-seal';
import type { ReviewRecordContent } from '../../domain/review';
import type { ReviewDecisionKind } from '../../domain/records/management-review';
import type { ProvisioningState } from '../../storage/provisioning-state';
import { ensureDecisionAction } from './review-decision-action';
import type { ReviewPageRecord, StoredDecision } from './review-draft';
import { emptyReviewPageRecord, reviewRecordStore } from './review-draft';
import { readPage } from '../../confluence/pages';
import type { StoredReviewRecord } from './review-draft';
import type { ReviewMacroConfig } from './review-macro-config';
import { reviewConfig } from './review-macro-config';
import { readViewer } from '../../jira/people';
import type { Viewer } from '../../jira/people';
import type { ReviewRequest } from './review-setup';
import { loadReviewSetup } from './review-setup';
import { compileLiveInputs } from './review-view';
import { keepContextCopy } from './review-context-changes';
import { readRestrictedCountedKeys } from '../../jira/restricted-issue-keys';
import { reviewCountedSets } from './review-restricted-counts';

interface DraftChange {
  config: ReviewMacroConfig;
  state: ProvisioningState;
  stored: StoredReviewRecord | undefined;
  record: ReviewPageRecord;
  viewer: Viewer;
}

/** Loads the draft and checks the viewer may change it; refuses in plain words otherwise. */
async function openDraft(request: ReviewRequest): Promise<DraftChange> {
  const setup = await loadReviewSetup(request);
  if (!setup.configured) {
    throw new Refusal(reviewConfig.notConfigured(setup.problems), setup.problems);
  }
  const record = setup.stored?.record ?? emptyReviewPageRecord();
  if (record.frozen !== undefined) {
    throw new Refusal('This review was recorded as held; its record cannot be changed.');
  }
  // Who may change it (an AIMS manager or top management who can edit the page) is checked by
  // the resolver before this runs (src/resolvers/macro-write.ts).
  const viewer = await readViewer(request.jira);
  return { config: setup.config, state: setup.state, stored: setup.stored, record, viewer };
}

export async function saveEnteredInputs(
  request: ReviewRequest,
  texts: { externalInternalIssues: string; interestedParties: string },
): Promise<void> {
  const draft = await openDraft(request);
  await reviewRecordStore.write(request.confluence, request.pageId, draft.stored, {
    ...draft.record,
    externalInternalIssues: texts.externalInternalIssues.trim(),
    interestedParties: texts.interestedParties.trim(),
  });
}

export async function saveAttendees(request: ReviewRequest, accountIds: string[]): Promise<void> {
  const draft = await openDraft(request);
  await reviewRecordStore.write(request.confluence, request.pageId, draft.stored, {
    ...draft.record,
    attendeeAccountIds: [...new Set(accountIds)],
  });
}

export interface DecisionInput {
  id: string;
  kind: ReviewDecisionKind;
  description: string;
  ownerAccountId?: string | undefined;
  dueDate?: string | undefined;
}

/**
 * Records a decision and its AIMS Action. Idempotent per decision id: calling again (a retry,
 * a double click) returns the same action and records nothing new.
 */
export async function addDecision(
  request: ReviewRequest,
  input: DecisionInput,
): Promise<{ actionKey: string; created: boolean }> {
  const draft = await openDraft(request);
  const known = draft.record.decisions.find((d) => d.id === input.id);
  if (known?.actionKey) return { actionKey: known.actionKey, created: false };
  const decision: StoredDecision = known ?? {
    id: input.id,
    kind: input.kind,
    description: input.description.trim(),
    ...(input.ownerAccountId ? { ownerAccountId: input.ownerAccountId } : {}),
    ...(input.dueDate ? { dueDate: input.dueDate } : {}),
    decidedAt: request.now.toISOString(),
    decidedByAccountId: draft.viewer.accountId,
  };
  const actionKey = await ensureDecisionAction(
    request.jira,
    draft.state,
    { pageId: request.pageId, title: draft.config.title, siteUrl: request.siteUrl ?? '' },
    decision,
  );
  const decisions = known
    ? draft.record.decisions.map((d) => (d.id === input.id ? { ...d, actionKey } : d))
    : [...draft.record.decisions, { ...decision, actionKey }];
  await reviewRecordStore.write(request.confluence, request.pageId, draft.stored, {
    ...draft.record,
    decisions,
  });
  return { actionKey, created: !known };
}

/**
 * "Record as held": compiles the inputs as they are now, checks the record is complete, and
 * stores it frozen with its content hash. Later Jira changes never reach it.
 */
export async function recordAsHeld(
  request: ReviewRequest,
): Promise<{ contentHash: string; heldAt: string; pageVersion: number }> {
  const draft = await openDraft(request);
  const { record, config, state } = draft;
  const { inputs, ungradedFindings, context } = await compileLiveInputs(
    request,
    config,
    state,
    record,
  );
  const problems = [...inputs.missing];
  if (record.attendeeAccountIds.length === 0) problems.push('Add the attendees of the review.');
  const pending = record.decisions.filter((d) => !d.actionKey);
  if (pending.length > 0) {
    problems.push(
      `${pending.length} decision(s) have no AIMS Action yet; add them again so their actions are created.`,
    );
  }
  if (problems.length > 0) {
    throw new Refusal('The review cannot be recorded as held yet.', problems);
  }
  const page = await readPage(request.confluence, request.pageId);
  const heldAt = request.now.toISOString();
  // Which counted issues not everyone may see, kept in the sealed record for later viewers.
  const restrictedCountedKeys = await readRestrictedCountedKeys(
    request.jira,
    reviewCountedSets(state, inputs.period, inputs.asOf),
  );
  const content: ReviewRecordContent & { projectKey: string; ungradedFindings: number } = {
    title: config.title,
    projectKey: config.projectKey,
    heldAt,
    recordedByAccountId: draft.viewer.accountId,
    attendeeAccountIds: record.attendeeAccountIds,
    inputs,
    ungradedFindings,
    decisions: record.decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      description: d.description,
      ...(d.actionKey ? { actionKey: d.actionKey } : {}),
      ...(d.ownerAccountId ? { ownerAccountId: d.ownerAccountId } : {}),
      ...(d.dueDate ? { dueDate: d.dueDate } : {}),
    })),
    pageVersion: page.version,
    contextChanges: context.changes,
    restrictedCountedKeys,
  };
  let frozen;
  try {
    frozen = freezeReviewRecord(content);
  } catch (err) {
    if (err instanceof InvalidReviewInputError) {
      throw new Refusal('The review cannot be recorded as held yet.', [...err.problems]);
    }
    throw err;
  }
  await keepContextCopy(request, context.snapshot);
  await reviewRecordStore.write(request.confluence, request.pageId, draft.stored, {
    ...record,
    frozen,
  });
  // The authoritative seal, in app storage: written once the page holds what it seals.
  await sealRecord(
    { kind: REVIEW_SEAL_KIND, pageId: request.pageId },
    { recordHash: frozen.contentHash, pageVersion: page.version, sealedAt: heldAt },
  );
  return { contentHash: frozen.contentHash, heldAt, pageVersion: page.version };
}
