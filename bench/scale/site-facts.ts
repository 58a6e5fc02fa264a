/**
 * What the bench site holds, counted by the bench itself through the emulator's search (in
 * process, never through REST, so nothing here is counted as the app's): the sizes the minimum
 * and the naive request counts of each path are derived from (docs/performance.md).
 */
import type { SiteUser } from '../../emulator/core/users';
import { searchIssueIds } from '../../emulator/jira/search/run-search';
import type { BenchSite } from './bench-site';
import { accountOf } from './bench-site';

const DAY = 86_400_000;

/** Requests to read n issues with fields (pages of 100); an empty read still costs one. */
export const fieldPages = (n: number): number => Math.max(1, Math.ceil(n / 100));
/** Requests to read n issue ids or keys (pages of 5000). */
export const idPages = (n: number): number => Math.max(1, Math.ceil(n / 5000));
/** Bulk edits of n issues (POST /bulk/issues/fields: at most 1000 issues each); none for none. */
export const bulkEdits = (n: number): number => Math.ceil(n / 1000);

export class SiteFacts {
  private readonly cache = new Map<string, number>();

  constructor(private readonly bench: BenchSite) {}

  private user(login: string): SiteUser {
    const user = this.bench.site.ctx.users.byAccountId(accountOf(login));
    if (!user) throw new Error(`no user ${login}`);
    return user;
  }

  /** Issues matching `jql` that `login` sees (cached until `forget`). */
  count(jql: string, login = 'manager'): number {
    const key = `${login}\n${jql}`;
    let n = this.cache.get(key);
    if (n === undefined) {
      n = searchIssueIds(this.bench.m, this.user(login), jql).length;
      this.cache.set(key, n);
    }
    return n;
  }

  /** Forgets the counts (after the site grew or a path wrote). */
  forget(): void {
    this.cache.clear();
  }

  /** Issues linked to `key`, both directions. */
  linkedTo(key: string): number {
    return this.count(`issue in linkedIssues("${key}")`);
  }

  of(typeName: string, more = ''): number {
    return this.count(`project = AIMS AND issuetype = "${typeName}"${more ? ` AND ${more}` : ''}`);
  }

  /** The review period's bounds as JQL dates, and the day after its end. */
  period(): { start: string; end: string; after: string; cutoff: string } {
    const { periodStart: start, periodEnd: end } = this.bench.pages.reviewConfig;
    const after = new Date(Date.parse(`${end}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
    const today = this.bench.today.toISOString().slice(0, 10);
    return { start, end, after, cutoff: today < end ? today : end };
  }
}
