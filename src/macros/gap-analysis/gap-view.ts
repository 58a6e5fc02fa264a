/**
 * The gap analysis as stored on its page, read as the viewer (or, for the export, as the app:
 * only what the page itself holds), with its readiness, the comparison with the previous
 * completed assessment, and — for a viewer — what they may do.
 */
import {
  compareAssessments,
  completedContentIntact,
  EMPTY_GAP_PAGE_RECORD,
  gapsWithoutIssue,
  readinessOf,
  unassessedRefs,
} from '../../domain/gap-analysis';
import type { MacroWriteKey } from '../../domain/authorization';
import type { MacroWriterFacts } from '../../authorization/macro-write-guard';
import { viewWriteBlockers } from '../../authorization/macro-write-guard';
import { readPage } from '../../confluence/pages';
import { jql } from '../../jira/jql-builder';
import type { ProductClient } from '../../jira/product-client';
import type { GapMacroView } from '../../ui-contract/gap-macro-view';
import { completedGapStore, gapPageStore } from './gap-page-records';
import { gapAssessmentLabel } from './gap-labels';

export interface GapViewRequest {
  pageId: string;
  confluence: ProductClient;
  /** Who may do what; undefined for the export (no reader: nothing offered). */
  writer?: { facts: MacroWriterFacts | undefined };
  /** Display names of account ids (the viewer's view of people); ids are shown when absent. */
  names?: (accountIds: string[]) => Promise<Record<string, string>>;
}

const NO_READER = ['Open the page in Confluence to change the gap analysis.'];

export async function loadGapView(request: GapViewRequest): Promise<GapMacroView> {
  const [page, stored] = await Promise.all([
    readPage(request.confluence, request.pageId),
    gapPageStore.read(request.confluence, request.pageId),
  ]);
  const record = stored?.record ?? EMPTY_GAP_PAGE_RECORD;
  const current = record.current;
  const previousRef = [...record.completed].reverse().find((c) => c.id !== current?.id);
  const previous = previousRef
    ? (await completedGapStore(previousRef.id).read(request.confluence, request.pageId))?.record
    : undefined;
  const completedBy = current?.completed?.byAccountId;
  const names = completedBy && request.names ? await request.names([completedBy]) : {};
  const blockers = (write: MacroWriteKey): string[] =>
    request.writer ? viewWriteBlockers(request.writer.facts, write) : NO_READER;
  const raised = current ? Object.keys(current.gapIssues).length : 0;
  return {
    page: { id: page.id, title: page.title },
    current,
    completedIntact: current?.completed ? completedContentIntact(current) : null,
    completedByName: completedBy ? (names[completedBy] ?? completedBy) : null,
    readiness: current ? readinessOf(current) : null,
    comparison:
      current && previous && previousRef
        ? { previous: previousRef, ...compareAssessments(previous, current) }
        : null,
    completed: record.completed,
    unassessedRefs: current ? unassessedRefs(current) : [],
    gapsWithoutIssue: current ? gapsWithoutIssue(current).length : 0,
    gapIssuesJql: current && raised > 0 ? jql.eq('labels', gapAssessmentLabel(current.id)) : null,
    viewer: {
      startBlockers: blockers('gap.start'),
      assessBlockers: blockers('gap.assess'),
      completeBlockers: blockers('gap.complete'),
      raiseBlockers: blockers('gap.raiseIssues'),
    },
  };
}
