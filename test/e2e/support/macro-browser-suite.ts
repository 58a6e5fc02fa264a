import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { seededAccountId } from '../../../emulator/seed/demo/demo-review-pages';
import { createShell } from '../../../emulator/shell';
import { createAimsHost } from '../../integration/macros/policy-app-host';
import { startTestSite } from '../../support/test-site';
import { launchBrowser } from './browser';

/** What a browser suite of a macro works with; read its fields inside tests and hooks. */
export interface MacroBrowserSuite {
  readonly site: RunningSite;
  readonly host: ForgeHost;
  /** A fresh browser page for each test (its own context, closed after the test). */
  readonly page: Page;
}

/**
 * Registers the hooks of a browser suite on the real AIMS app: a site with the web shell, the app
 * installed into Jira (project AIMS provisioned) and connected to Confluence, `seed` run once, and
 * a fresh 1280×1000 browser context per test.
 */
export function macroBrowserSuite(
  seed: (site: RunningSite, host: ForgeHost) => Promise<void>,
): MacroBrowserSuite {
  let site: RunningSite | undefined;
  let host: ForgeHost | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    host = createAimsHost();
    const started = host;
    [site, browser] = await Promise.all([
      startTestSite([started, createShell({ app: () => started.manifest })]),
      launchBrowser(),
    ]);
    await started.install(seededAccountId('admin'));
    await started.install(seededAccountId('admin'), { product: 'confluence' });
    await started.waitForIdle();
    await seed(site, started);
  });
  afterAll(async () => {
    await browser?.close();
    host?.close();
    await site?.close();
  });
  beforeEach(async () => {
    context = await browser?.newContext({ viewport: { width: 1280, height: 1000 } });
    page = await context?.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The browser suite has no ${what} yet`);
    return value;
  };
  return {
    get site() {
      return need(site, 'site');
    },
    get host() {
      return need(host, 'Forge host');
    },
    get page() {
      return need(page, 'page');
    },
  };
}
