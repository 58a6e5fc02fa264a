import type { SiteContext } from '../../core/context';
import { JiraError } from '../../core/errors';
import type { IssueDoc } from '../models/issue-store';

/** `reconcileIssues` "Accepts max 50 ids" (POST/GET /rest/api/3/search/jql). */
export const MAX_RECONCILE_IDS = 50;

interface Change {
  /** Site time of the change (ms); -Infinity for the state before the first recorded change. */
  at: number;
  /** The issue as it was after the change; null when deleted (or not created yet). */
  doc: IssueDoc | null;
}

/**
 * Jira's search is eventually consistent: "Recent updates might not be immediately visible in the
 * returned search results. If you need read-after-write consistency, you can utilize the
 * `reconcileIssues` parameter" (POST/GET /rest/api/3/search/jql; also approximate-count). With a lag
 * set, JQL search (matching, ordering and the returned fields) sees each issue as it was `lagMs` of
 * site time ago — a new issue is not found yet, a deleted one still is — except the issues whose ids
 * the request lists in `reconcileIssues`, which are current. `GET /issue/{key}` is always current.
 *
 * The lag is 0 unless set: `AIMS_SEARCH_LAG_MS`, `startSite({ searchLagMs })`, or `lagMs` here.
 * Issue links are read current (the lag covers the issue documents). In memory: a restart makes
 * everything visible, as a caught-up index would.
 */
export class SearchVisibility {
  lagMs: number;
  private readonly history = new Map<string, Change[]>();

  constructor(private readonly ctx: SiteContext) {
    this.lagMs = lagFromEnv();
  }

  /** Called by the issue store on every write (`after` null: deleted). */
  recordChange(id: string, before: IssueDoc | undefined, after: IssueDoc | null): void {
    if (this.lagMs <= 0) {
      this.history.delete(id);
      return;
    }
    let changes = this.history.get(id);
    if (!changes) {
      changes = [{ at: Number.NEGATIVE_INFINITY, doc: before ?? null }];
      this.history.set(id, changes);
    }
    changes.push({ at: this.ctx.now().getTime(), doc: after });
  }

  /** Whether some recent change is not visible to search yet (read as it was). */
  lagging(): boolean {
    return this.history.size > 0;
  }

  /** Every change is visible now (the lag has passed: "the index caught up"). */
  catchUp(): void {
    this.history.clear();
  }

  /** The issues as search sees them now, from the store's current documents, in id order. */
  searchable(current: IssueDoc[], reconcile: ReadonlySet<string>): IssueDoc[] {
    if (this.history.size === 0) return current;
    const cutoff = this.ctx.now().getTime() - this.lagMs;
    const docs = new Map(current.map((d) => [d.id, d]));
    for (const [id, changes] of this.history) {
      const visible = this.prune(id, changes, cutoff);
      if (reconcile.has(id) || !visible) continue;
      if (visible.doc) docs.set(id, visible.doc);
      else docs.delete(id);
    }
    return [...docs.values()].sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Drops changes search already sees; returns the visible one (undefined: all visible). */
  private prune(id: string, changes: Change[], cutoff: number): Change | undefined {
    let last = -1;
    for (let i = 0; i < changes.length; i += 1) if ((changes[i]?.at ?? 0) <= cutoff) last = i;
    if (last === changes.length - 1) {
      this.history.delete(id);
      return undefined;
    }
    if (last > 0) changes.splice(0, last);
    return changes[0];
  }
}

function lagFromEnv(): number {
  const raw = process.env.AIMS_SEARCH_LAG_MS;
  if (raw === undefined || raw === '') return 0;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) throw new Error('AIMS_SEARCH_LAG_MS must be milliseconds');
  return ms;
}

const bySite = new WeakMap<SiteContext, SearchVisibility>();

/** The search visibility of a site (one per site context). */
export function searchVisibility(ctx: SiteContext): SearchVisibility {
  let v = bySite.get(ctx);
  if (!v) {
    v = new SearchVisibility(ctx);
    bySite.set(ctx, v);
  }
  return v;
}

/** The ids of `reconcileIssues`, refused beyond the documented 50. */
export function reconcileSet(ids: readonly number[] | undefined): Set<string> {
  const list = ids ?? [];
  if (list.some((n) => !Number.isSafeInteger(n) || n < 0)) {
    throw new JiraError(400, ['reconcileIssues must list issue ids (integers).']);
  }
  if (list.length > MAX_RECONCILE_IDS) {
    throw new JiraError(400, [
      `reconcileIssues accepts at most ${MAX_RECONCILE_IDS} issue ids (got ${list.length}).`,
    ]);
  }
  return new Set(list.map((n) => String(n)));
}
