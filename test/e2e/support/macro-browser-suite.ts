import type { Page } from 'playwright-core';
import type { RunningSite } from '../../../emulator/core/site';
import type { ForgeHost } from '../../../emulator/forge-host';
import { createAimsHost } from '../../integration/macros/policy-app-host';
import type { AimsE2eSite } from './aims-site';
import { startAimsE2eSite } from './aims-site';
import { browserSuite } from './browser-suite';

/** What a browser suite of a macro works with; read its fields inside tests and hooks. */
export interface MacroBrowserSuite {
  readonly site: RunningSite;
  readonly host: ForgeHost;
  /** A fresh browser page for each test (its own context, closed after the test). */
  readonly page: Page;
}

/** The real AIMS app (its handlers called directly) installed, with its install's events handled. */
async function startMacroSite(): Promise<AimsE2eSite> {
  const started = await startAimsE2eSite(createAimsHost());
  await started.host.waitForIdle();
  return started;
}

/**
 * Registers the hooks of a browser suite on the real AIMS app (see browserSuite): a site with the
 * web shell and the app installed, `seed` run once, and a fresh 1280×1000 browser context per test.
 */
export function macroBrowserSuite(
  seed: (site: RunningSite, host: ForgeHost) => Promise<void>,
): MacroBrowserSuite {
  const suite = browserSuite(startMacroSite, (started) => seed(started.site, started.host));
  return {
    get site() {
      return suite.site.site;
    },
    get host() {
      return suite.site.host;
    },
    get page() {
      return suite.page;
    },
  };
}
