import type { DemoSeedResult } from '../../../emulator/seed/demo';
import { seedDemo } from '../../../emulator/seed/demo';
import type { AimsE2eSite } from './aims-site';
import { startAimsE2eSite } from './aims-site';
import type { BrowserSuite } from './browser-suite';
import { browserSuite } from './browser-suite';

/** A browser suite on the real AIMS app with the demo seeded, as `npm start` shows it. */
export interface DemoBrowserSuite extends BrowserSuite<AimsE2eSite> {
  /** What the demo seed made (its pages, issues). */
  readonly demo: DemoSeedResult;
}

/** Registers the hooks of a browser suite on the demo site (see browserSuite). */
export function demoBrowserSuite(): DemoBrowserSuite {
  let demo: DemoSeedResult | undefined;
  const suite = browserSuite(startAimsE2eSite, async (e2e) => {
    demo = await seedDemo(e2e.site, e2e.host);
  });
  return Object.defineProperty(suite, 'demo', {
    get() {
      if (!demo) throw new Error('The demo is not seeded yet');
      return demo;
    },
  }) as DemoBrowserSuite;
}
