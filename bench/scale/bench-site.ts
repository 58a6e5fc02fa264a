/**
 * The bench's site: the local Jira + Confluence with the real app installed by its install
 * trigger (which provisions project AIMS), the Confluence pages the measured paths sit on (a
 * Statement of Applicability, a management review of the last full quarter with a previous one,
 * an AI policy under document control), then grown to each size by ./aims-seeder.ts.
 *
 * Once set up, the Forge host stops delivering product events: the app's own writes during a
 * measured path (a nonconformity raised, labels set) would otherwise start more of its triggers
 * in the background and mix their requests into the next measurement. The measured triggers are
 * invoked directly, as Forge invokes them.
 */
import path from 'node:path';
import type { RunningSite } from '../../emulator/core/site';
import { SEEDED_USERS } from '../../emulator/core/users';
import type { ForgeHost } from '../../emulator/forge-host';
import { createForgeHost } from '../../emulator/forge-host';
import type { JiraModels } from '../../emulator/jira/models/jira-models';
import { jiraModels } from '../../emulator/jira/models/jira-models';
import { aimsSpaceId, createAdfPage } from '../../emulator/seed/demo/demo-pages';
import { seedPolicyPage } from '../../emulator/seed/demo/demo-policy-page';
import { reviewPageBody } from '../../emulator/seed/demo/demo-review-pages';
import { DEMO_SOA_CONFIG, soaPageBody } from '../../emulator/seed/demo/demo-soa-page';
import { startSite } from '../../emulator/core/site';
import { AimsSeeder } from './aims-seeder';
import { ModelWriter } from './model-writer';
import { PathMeter } from './path-meter';

const APP_ROOT = path.resolve(__dirname, '../..');
const DAY = 86_400_000;

export interface ReviewPeriodConfig {
  title: string;
  projectKey: string;
  periodStart: string;
  periodEnd: string;
  previousReviewPageId: string;
}

export interface BenchPages {
  spaceId: string;
  soa: string;
  review: string;
  previousReview: string;
  policy: string;
  reviewConfig: ReviewPeriodConfig;
}

/** The last full calendar quarter before `today` (a review's usual period). */
export function lastFullQuarter(today: Date): { start: string; end: string } {
  const quarter = Math.floor(today.getUTCMonth() / 3);
  const start = new Date(Date.UTC(today.getUTCFullYear(), (quarter - 1) * 3, 1));
  const end = new Date(Date.UTC(today.getUTCFullYear(), quarter * 3, 1) - DAY);
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

export class BenchSite {
  private constructor(
    readonly site: RunningSite,
    readonly host: ForgeHost,
    readonly meter: PathMeter,
    readonly m: JiraModels,
    readonly writer: ModelWriter,
    readonly seeder: AimsSeeder,
    readonly pages: BenchPages,
    readonly today: Date,
  ) {}

  static async start(): Promise<BenchSite> {
    const host = createForgeHost({ appRoot: APP_ROOT });
    // Not in test mode: checking each request against the specs would count as the app's time.
    const site = await startSite({ dataDir: ':memory:', port: 0 }, [host]);
    // Growing the site takes longer than the server's idle keep-alive (5 s): a connection the
    // server closed meanwhile would fail the next request of the client that kept it.
    site.server.keepAliveTimeout = 0;
    const meter = new PathMeter(site.server);
    await host.install(accountOf('admin'));
    await host.install(accountOf('admin'), { product: 'confluence' }); // connects Confluence
    await host.waitForIdle(); // the install trigger queues provisioning; its parts run now
    const now = new Date();
    const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const pages = await createPages(site, host, today);
    await host.waitForIdle();
    host.close();
    const m = jiraModels(site.ctx);
    const writer = new ModelWriter(m, 'AIMS');
    const seeder = new AimsSeeder(writer, today, pages.previousReview);
    return new BenchSite(site, host, meter, m, writer, seeder, pages, today);
  }

  async close(): Promise<void> {
    this.host.close();
    await this.site.close();
  }
}

export function accountOf(login: string): string {
  const user = SEEDED_USERS.find((u) => u.email.startsWith(`${login}@`));
  if (!user) throw new Error(`no seeded user ${login}`);
  return user.accountId;
}

async function createPages(site: RunningSite, host: ForgeHost, today: Date): Promise<BenchPages> {
  const spaceId = await aimsSpaceId(site);
  const soa = await createAdfPage(
    site,
    spaceId,
    'Statement of Applicability (bench)',
    soaPageBody(host, DEMO_SOA_CONFIG),
  );
  const quarter = lastFullQuarter(today);
  const previousQuarter = lastFullQuarter(new Date(`${quarter.start}T00:00:00Z`));
  const previousConfig = {
    title: 'Management review (previous quarter)',
    projectKey: 'AIMS',
    periodStart: previousQuarter.start,
    periodEnd: previousQuarter.end,
  };
  const previousReview = await createAdfPage(
    site,
    spaceId,
    previousConfig.title,
    reviewPageBody(host, previousConfig),
  );
  const reviewConfig = {
    title: `Management review ${quarter.start} to ${quarter.end}`,
    projectKey: 'AIMS',
    periodStart: quarter.start,
    periodEnd: quarter.end,
    previousReviewPageId: previousReview,
  };
  const review = await createAdfPage(
    site,
    spaceId,
    reviewConfig.title,
    reviewPageBody(host, reviewConfig),
  );
  const policy = (await seedPolicyPage(site, host)).pageId;
  return { spaceId, soa, review, previousReview, policy, reviewConfig };
}
