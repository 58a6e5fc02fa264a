/**
 * The macro's view of a review: live inputs while it is a draft; once held, the frozen record
 * exactly as it was (never recomputed from Jira), or a warning when that record was altered.
 */
import { latestKpiResults } from '../../domain/overview';
import {
  buildManagementReviewInputs,
  heldRecordForViewer,
  heldRecordIssueKeys,
  verifyFrozenRecord,
} from '../../domain/review';
import { readBrowsableKeys } from '../../jira/browsable-issues';
import { loadMonitoringRegister } from '../../storage/monitoring-register';
import type { ManagementReviewInputs, ReviewRecordContent } from '../../domain/review';
import type { MacroWriterFacts } from '../../authorization/macro-write-guard';
import { macroWriterForViewOf, viewWriteBlockers } from '../../authorization/macro-write-guard';
import type { PageAccess } from '../../authorization/page-edit-permission';
import type { ProvisioningState } from '../../storage/provisioning-state';
import type { ReviewPageRecord } from './review-draft';
import { emptyReviewPageRecord } from './review-draft';
import { readPage } from '../../confluence/pages';
import { checkReviewSeal } from './review-seal';
import { readReviewJiraFacts, reviewListSearches } from './review-jira-reader';
import type { ContextChangesRead } from './review-context-changes';
import { readReviewContextChanges } from './review-context-changes';
import { readPolicyAwareness } from './review-policy-awareness';
import { withPolicyPagesNamed } from './review-policy-pages';
import type { ReviewMacroConfig } from './review-macro-config';
import { reviewConfig } from './review-macro-config';
import type { PersonRef } from '../../jira/people';
import type { ProductClient } from '../../jira/product-client';
import { readPeople, readViewer } from '../../jira/people';
import type { ReviewRequest } from './review-setup';
import type { ReviewView } from '../../ui-contract/review-macro-view';
import { dayOfDate, loadReviewSetup } from './review-setup';
import { countedUnseenBy } from '../../jira/restricted-issue-keys';

export type {
  ReviewDecisionView,
  ReviewHeldInfo,
  ReviewView,
} from '../../ui-contract/review-macro-view';

/** Compiles the live 9.3.2 inputs for the configured period, as the viewer sees Jira and Confluence. */
export async function compileLiveInputs(
  request: ReviewRequest,
  config: ReviewMacroConfig,
  state: ProvisioningState,
  record: ReviewPageRecord,
): Promise<{
  inputs: ManagementReviewInputs;
  ungradedFindings: number;
  context: ContextChangesRead;
}> {
  const period = { start: config.periodStart, end: config.periodEnd };
  const asOf = dayOfDate(request.now);
  const [facts, context, register, policyAwareness] = await Promise.all([
    readReviewJiraFacts(request.jira, state, period, config.previousReviewPageId, asOf),
    readReviewContextChanges(request, config),
    loadMonitoringRegister(state.projectKey),
    readPolicyAwareness(request.jira, request.confluence, request.now),
  ]);
  const inputs = buildManagementReviewInputs(
    {
      asOf,
      externalInternalIssues: record.externalInternalIssues,
      interestedParties: record.interestedParties,
      contextRecorded: context.changes.basis !== 'none',
      ...facts.source,
      monitoringResults: latestKpiResults(register),
      policyAwareness,
    },
    period,
  );
  return { inputs, ungradedFindings: facts.ungradedFindings, context };
}

/** The frozen content of a held review as stored (only after verifyFrozenRecord passed). */
export interface FrozenReviewContent extends ReviewRecordContent {
  readonly projectKey?: string;
  readonly ungradedFindings?: number;
  readonly decisions: readonly (ReviewRecordContent['decisions'][number] & { id?: string })[];
}

/** The review as the person looking sees it (their Jira: live inputs, names). */
export async function loadReviewView(request: ReviewRequest): Promise<ReviewView> {
  return buildReviewView(request, request.jira);
}

/**
 * The review an export shows (no reader): what the page stores — the held record, or a draft's
 * entered text, attendees and decisions — and nothing from Jira: no live inputs, people as
 * account ids (the ADF mentions them).
 */
export async function loadReviewExportView(
  request: Omit<ReviewRequest, 'jira'>,
): Promise<ReviewView> {
  return buildReviewView(request, undefined);
}

/** The viewer's facts for the view's write blockers, from the page access read with the record. */
async function writerForView(
  jira: ProductClient,
  access: PageAccess | undefined,
): Promise<MacroWriterFacts | undefined> {
  if (!access) return undefined;
  try {
    return await macroWriterForViewOf(await readViewer(jira), access);
  } catch (err) {
    console.warn('[aims] could not read who may change this page', err);
    return undefined;
  }
}

async function buildReviewView(
  request: Omit<ReviewRequest, 'jira'>,
  jira: ProductClient | undefined,
): Promise<ReviewView> {
  // A reader's view reads the page with the record and what they may do with it in one request.
  const setup = await loadReviewSetup(request, jira ? 'access' : 'page');
  if (!setup.configured) {
    return {
      configured: false,
      message: reviewConfig.notConfigured(setup.problems),
      problems: setup.problems,
    };
  }
  const { config, state } = setup;
  const record = setup.stored?.record ?? emptyReviewPageRecord();
  // An export has no reader, hence no writer: it offers no action.
  const writer = jira ? await writerForView(jira, setup.access) : undefined;
  const peopleOf = async (ids: string[]): Promise<Map<string, PersonRef>> =>
    jira ? readPeople(jira, ids) : new Map();
  // No reader: no name (displayName ''); the export mentions the account instead.
  const personIn =
    (people: Map<string, PersonRef>) =>
    (id: string): PersonRef =>
      people.get(id) ?? { accountId: id, displayName: jira ? id : '' };
  const base = {
    configured: true as const,
    pageId: request.pageId,
    title: config.title,
    projectKey: config.projectKey,
    period: { start: config.periodStart, end: config.periodEnd },
    previousReviewPageId: config.previousReviewPageId ?? null,
  };
  // The same check the review's writes make (role, and permission to edit the page).
  const managerBlocker = viewWriteBlockers(writer, 'review.hold');

  if (record.frozen !== undefined) {
    const pageVersion =
      setup.pageVersion ?? (await readPage(request.confluence, request.pageId)).version;
    const seal = await checkReviewSeal(request.pageId, record.frozen, pageVersion);
    const verification = verifyFrozenRecord(record.frozen);
    // A record whose seal does not hold is never shown as held, whatever its own hash says.
    const problems = verification.valid
      ? seal?.state === 'tampered'
        ? [seal.explanation]
        : []
      : [...verification.problems];
    if (!verification.valid || problems.length > 0) {
      return {
        ...base,
        state: 'tampered',
        editBlockers: ['This review was recorded as held; its record cannot be changed.'],
        inputs: null,
        contextChanges: null,
        ungradedFindings: 0,
        entered: { externalInternalIssues: '', interestedParties: '' },
        attendees: [],
        decisions: [],
        held: null,
        names: {},
        integrityProblems: problems,
        seal,
        searches: null,
      };
    }
    const content = (record.frozen as { content: FrozenReviewContent }).content;
    // Filtered for this viewer every time: only the listed issues they may browse, read as them
    // (an export has no reader: none); the stored record, which the seal covers, is unchanged.
    // The counted issues with a security level (kept at hold time) are checked in the same reads.
    const restricted = content.restrictedCountedKeys;
    const keys = [...heldRecordIssueKeys(content.inputs, content.decisions), ...(restricted ?? [])];
    const browsable =
      jira && keys.length > 0 ? await readBrowsableKeys(jira, keys) : new Set<string>();
    const shown = heldRecordForViewer(content.inputs, content.decisions, browsable);
    const inputs = shown.inputs;
    // The record names its AI policy pages by id: each is named as this viewer may read it.
    const [named, people] = await Promise.all([
      withPolicyPagesNamed(jira && request.confluence, inputs),
      peopleOf([
        content.recordedByAccountId,
        ...content.attendeeAccountIds,
        ...shown.decisions.flatMap((d) => (d.ownerAccountId ? [d.ownerAccountId] : [])),
        ...inputs.a.actions.flatMap((a) => (a.ownerAccountId ? [a.ownerAccountId] : [])),
      ]),
    ]);
    const person = personIn(people);
    return {
      ...base,
      title: content.title,
      period: { start: inputs.period.start, end: inputs.period.end },
      state: 'held',
      editBlockers: ['This review was recorded as held; its record cannot be changed.'],
      inputs: named,
      contextChanges: content.contextChanges ?? null,
      ungradedFindings: content.ungradedFindings ?? 0,
      entered: {
        externalInternalIssues: inputs.b.text ?? '',
        interestedParties: inputs.c.text ?? '',
      },
      attendees: content.attendeeAccountIds.map(person),
      decisions: shown.decisions.map((d) => ({
        id: d.id ?? null,
        kind: d.kind,
        description: d.description,
        owner: d.ownerAccountId ? person(d.ownerAccountId) : null,
        dueDate: d.dueDate ?? null,
        actionKey: d.actionKey ?? null,
      })),
      held: {
        heldAt: content.heldAt,
        heldBy: person(content.recordedByAccountId),
        contentHash: verification.contentHash,
        pageVersion: content.pageVersion ?? null,
        hiddenItems: shown.hidden,
        countedUnseen: jira && restricted ? countedUnseenBy(restricted, browsable) : null,
      },
      names: Object.fromEntries([...people.values()].map((p) => [p.accountId, p.displayName])),
      integrityProblems: [],
      seal,
      searches: reviewListSearches(state, inputs.period, inputs.asOf, config.previousReviewPageId),
    };
  }

  // The live inputs come from Jira (and inputs b and c from the scope page) as the reader sees
  // them: an export (no reader) has none.
  const live = jira
    ? await compileLiveInputs({ ...request, jira }, config, state, record)
    : { inputs: null, ungradedFindings: 0, context: undefined };
  const { inputs: compiled, ungradedFindings, context } = live;
  const [inputs, people] = await Promise.all([
    compiled && withPolicyPagesNamed(request.confluence, compiled),
    peopleOf([
      ...record.attendeeAccountIds,
      ...record.decisions.flatMap((d) => (d.ownerAccountId ? [d.ownerAccountId] : [])),
      ...(compiled?.a.actions ?? []).flatMap((a) => (a.ownerAccountId ? [a.ownerAccountId] : [])),
    ]),
  ]);
  const person = personIn(people);
  return {
    ...base,
    state: 'draft',
    editBlockers: managerBlocker,
    inputs,
    contextChanges: context?.changes ?? null,
    ungradedFindings,
    entered: {
      externalInternalIssues: record.externalInternalIssues,
      interestedParties: record.interestedParties,
    },
    attendees: record.attendeeAccountIds.map(person),
    decisions: record.decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      description: d.description,
      owner: d.ownerAccountId ? person(d.ownerAccountId) : null,
      dueDate: d.dueDate ?? null,
      actionKey: d.actionKey ?? null,
    })),
    held: null,
    names: Object.fromEntries([...people.values()].map((p) => [p.accountId, p.displayName])),
    integrityProblems: [],
    seal: null,
    searches: inputs
      ? reviewListSearches(state, inputs.period, inputs.asOf, config.previousReviewPageId)
      : null,
  };
}
