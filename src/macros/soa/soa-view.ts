/**
 * What the SoA macro shows one viewer (and what its adfExport prints): the live SoA, the approved
 * version with what changed since, or a warning when the stored approval fails its check.
 */
import { ANNEX_A_OBJECTIVES } from '../../domain/catalog/annex-a';
import type { SoaHidden, SoaRow } from '../../domain/soa';
import { diffSoa, hasUnlistedRisks, soaTotals } from '../../domain/soa';
import type { ProductClient } from '../../jira/product-client';
import type {
  SoaApprovalView,
  SoaRowChangeView,
  SoaSection,
  SoaView,
} from '../../ui-contract/soa-macro-view';
import type { SoaApprovalCheck } from './soa-approval-record';
import { readPageWithSoaApprovalAndAccess } from './soa-approval-store';
import type { SoaFilter } from './soa-filter';
import { filterRows } from './soa-filter';
import type { LiveSoa } from './soa-live';
import { loadLiveSoa } from './soa-live';
import { soaConfig } from './soa-macro-config';
import { readViewer, soaContentBlockers } from './soa-viewer';
import { macroWriterForViewOf, viewWriteBlockers } from '../../authorization/macro-write-guard';
import { groupRows, snapshotIssueKeys, visibleSnapshotRows } from './soa-visibility';
import { readBrowsableKeys } from '../../jira/browsable-issues';
import { countedUnseenBy } from '../../jira/restricted-issue-keys';
import { checkSoaSeal } from './soa-seal';
import { utcDate } from '../../domain/calendar';

export type {
  SoaApprovalView,
  SoaRowChangeView,
  SoaSection,
  SoaView,
  SoaViewGroup,
} from '../../ui-contract/soa-macro-view';

export interface SoaViewRequest {
  pageId: string;
  rawConfig: unknown;
  siteUrl: string;
  filter: SoaFilter;
  jiraAsViewer: ProductClient;
  confluenceAsViewer: ProductClient;
}

function section(rows: readonly SoaRow[], hidden: SoaHidden, filter: SoaFilter): SoaSection {
  const shown = new Set(filterRows(rows, filter));
  const groups = groupRows(rows)
    .map((g) => ({ ...g, rows: g.rows.filter((r) => shown.has(r)) }))
    .filter((g) => g.rows.length > 0);
  return { groups, totals: soaTotals(rows), hidden, shownRows: shown.size };
}

function changesOf(
  approved: readonly SoaRow[],
  live: readonly SoaRow[],
): { identical: boolean; items: SoaRowChangeView[] } {
  const diff = diffSoa(approved, live);
  const ref = (row: SoaRow) => ({ controlId: row.controlId, ref: row.ref, title: row.title });
  return {
    identical: diff.identical,
    items: [
      ...diff.changed.map((c) => ({
        ...ref(c.after),
        change: 'changed' as const,
        fields: [...c.fields],
      })),
      ...diff.added.map((r) => ({ ...ref(r), change: 'added' as const, fields: [] })),
      ...diff.removed.map((r) => ({ ...ref(r), change: 'removed' as const, fields: [] })),
    ],
  };
}

const notConfigured = (problems: string[]): SoaView => ({
  configured: false,
  message: soaConfig.notConfigured(problems),
  problems,
});

/** The whole view for one viewer; a missing or bad configuration gives `configured: false`. */
export async function loadSoaView(request: SoaViewRequest): Promise<SoaView> {
  const check = soaConfig.check(request.rawConfig);
  if (!check.ok) return notConfigured(check.problems);
  const config = check.config;
  // The viewer once (who they are, their groups) and the page once (its version, the stored
  // approval and what they may do with it), both as the viewer, beside the live SoA.
  const [live, viewer, { page, stored, access }] = await Promise.all([
    loadLiveSoa({
      config,
      siteUrl: request.siteUrl,
      jiraAsViewer: request.jiraAsViewer,
    }),
    readViewer(request.jiraAsViewer),
    readPageWithSoaApprovalAndAccess(request.confluenceAsViewer, request.pageId),
  ]);
  const writer = await macroWriterForViewOf(viewer, access);
  const seal = await checkSoaSeal(page.id, stored.check, page.version);
  // The approve function's own checks: role and page edit permission, seeing it all, every row ready.
  const blockers = [...viewWriteBlockers(writer, 'soa.approve'), ...soaContentBlockers(live.soa)];
  // The approved snapshot, filtered for this viewer every time: which of the issues it names
  // they may browse, read as them.
  // The restricted risks its counts include (kept at approval) are checked in the same read.
  const browsable =
    stored.check.state === 'valid'
      ? await readBrowsableKeys(request.jiraAsViewer, [
          ...snapshotIssueKeys(stored.check.snapshot.rows),
          ...(stored.check.snapshot.facts.restrictedCountedKeys ?? []),
        ])
      : new Set<string>();
  // A snapshot whose seal does not hold is never shown as approved, whatever its own hashes say.
  const trusted: SoaApprovalCheck =
    seal?.state === 'tampered' && stored.check.state === 'valid'
      ? {
          state: 'tampered',
          message: seal.explanation,
          facts: stored.check.snapshot.facts,
          history: stored.check.snapshot.history,
        }
      : stored.check;
  const approval = approvalView(trusted, live, browsable, page.version, request.filter);
  return {
    configured: true,
    config,
    page,
    viewer: {
      accountId: viewer.accountId,
      displayName: viewer.displayName,
      canApprove: blockers.length === 0,
      approveBlockers: blockers,
    },
    filter: { objective: request.filter.objective ?? null, status: request.filter.status ?? null },
    objectives: [
      ...ANNEX_A_OBJECTIVES.map((o) => ({ id: o.id, ref: o.ref, title: o.title })),
      ...(config.includeOrganizationControls
        ? [{ id: 'ORG', ref: 'ORG', title: 'Organization controls' }]
        : []),
    ],
    live: {
      ...section(live.soa.rows, live.soa.hidden, request.filter),
      contentHash: live.contentHash,
      unplaced: [...live.soa.unplaced],
    },
    ownerNames: live.ownerNames,
    approval,
    seal,
    riskSearches: riskSearchesOf(live, [
      ...live.soa.rows,
      ...(approval.state === 'valid' ? approval.approved.groups.flatMap((g) => g.rows) : []),
    ]),
    today: utcDate(new Date()),
  };
}

/** The JQL of all the risks of each row that lists only the first of them, by control issue. */
function riskSearchesOf(live: LiveSoa, rows: readonly SoaRow[]): Record<string, string> {
  const searches: Record<string, string> = {};
  for (const row of rows)
    if (row.recordKey && hasUnlistedRisks(row))
      searches[row.recordKey] = live.risksJqlOf(row.recordKey);
  return searches;
}

function approvalView(
  check: SoaApprovalCheck,
  live: LiveSoa,
  browsable: ReadonlySet<string>,
  currentVersion: number,
  filter: SoaFilter,
): SoaApprovalView {
  if (check.state === 'none') return { state: 'none', history: [] };
  if (check.state !== 'valid')
    return { state: check.state, message: check.message, history: check.history };
  const { facts, rows, history } = check.snapshot;
  const visible = visibleSnapshotRows(rows, browsable);
  const hiddenRows = visible.hiddenRows;
  return {
    state: 'valid',
    approvedBy: facts.approvedBy,
    approvedAt: facts.approvedAt,
    pageVersion: facts.pageVersion,
    contentHash: facts.contentHash,
    ownerNames: facts.ownerNames,
    pageEditedSince: currentVersion > facts.pageVersion,
    approved: section(
      visible.rows,
      { controls: hiddenRows, risks: visible.hiddenRisks, total: hiddenRows + visible.hiddenRisks },
      filter,
    ),
    countedUnseen: facts.restrictedCountedKeys
      ? countedUnseenBy(facts.restrictedCountedKeys, browsable)
      : null,
    changes: changesOf(visible.rows, live.soa.rows),
    history,
  };
}

/** The rows a view shows (after the filter): the live SoA or the approved version. */
export function rowsShown(
  view: Extract<SoaView, { configured: true }>,
  which: 'live' | 'approved',
): SoaRow[] {
  const sectionShown =
    which === 'approved' && view.approval.state === 'valid' ? view.approval.approved : view.live;
  return sectionShown.groups.flatMap((g) => g.rows);
}
