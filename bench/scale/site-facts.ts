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
/**
 * Requests to bulk edit n issues: each `POST /bulk/issues/fields` (at most 1000 issues) answers a
 * task, and at least one `GET /bulk/queue/{taskId}` learns that it is done; none for none.
 */
export const bulkEdits = (n: number): number => 2 * Math.ceil(n / 1000);

/** Risks an SoA row lists with their levels (SOA_RISKS_LISTED in src/domain/soa). */
const RISKS_LISTED_PER_ROW = 10;

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

  /**
   * The AI Risks the SoA lists with their levels, as `login` sees them: the first
   * RISKS_LISTED_PER_ROW (in key order) of the risks each visible control links to, all distinct.
   */
  soaListedRisks(login = 'manager'): number {
    const key = `${login}\nsoa-listed-risks`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const { m } = this.bench;
    const user = this.user(login);
    const controls = searchIssueIds(m, user, 'project = AIMS AND issuetype = "AI Control"');
    const risks = new Set(searchIssueIds(m, user, 'project = AIMS AND issuetype = "AI Risk"'));
    const keyNumber = new Map<string, number>();
    const listed = new Set<string>();
    for (const control of controls) {
      const linked = [
        ...new Set(
          m.links
            .of(control)
            .filter((l) => l.sourceId === control && risks.has(l.destinationId))
            .map((l) => l.destinationId),
        ),
      ];
      for (const doc of m.store.byIds(linked.filter((id) => !keyNumber.has(id))))
        keyNumber.set(doc.id, Number(doc.key.split('-')[1]));
      linked
        .sort((a, b) => (keyNumber.get(a) ?? 0) - (keyNumber.get(b) ?? 0))
        .slice(0, RISKS_LISTED_PER_ROW)
        .forEach((id) => listed.add(id));
    }
    this.cache.set(key, listed.size);
    return listed.size;
  }

  /** Issues linked to `key`, both directions. */
  linkedTo(key: string): number {
    return this.count(`issue in linkedIssues("${key}")`);
  }

  of(typeName: string, more = ''): number {
    return this.count(`project = AIMS AND issuetype = "${typeName}"${more ? ` AND ${more}` : ''}`);
  }

  /** The review period's bounds as JQL dates, and the day after its end. */
  period(): { start: string; end: string; after: string; cutoff: string; today: string } {
    const { periodStart: start, periodEnd: end } = this.bench.pages.reviewConfig;
    const after = new Date(Date.parse(`${end}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
    const today = this.bench.today.toISOString().slice(0, 10);
    return { start, end, after, cutoff: today < end ? today : end, today };
  }
}
