import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningSite } from '../../../emulator/core/site';
import { launchBrowser } from './browser';

/** A site a browser suite runs on: the running site and how to close it (with its Forge host). */
export interface SuiteSite {
  readonly site: RunningSite;
  close(): Promise<void>;
}

/** What a browser suite works with; read its fields inside tests, hooks and helpers. */
export interface BrowserSuite<S extends SuiteSite> {
  readonly site: S;
  /** The site's base URL. */
  readonly url: string;
  readonly browser: Browser;
  /** A fresh 1280×1000 browser context for each test, closed after it. */
  readonly context: BrowserContext;
  /** The context's page. */
  readonly page: Page;
}

/**
 * Registers the hooks of a browser suite: `start` and Chromium launched side by side once before
 * the file's tests (then `prepare`, e.g. the demo seed), both closed after them, and a fresh
 * browser context and page for each test.
 */
export function browserSuite<S extends SuiteSite>(
  start: () => Promise<S>,
  prepare: (site: S) => Promise<void> = async () => undefined,
): BrowserSuite<S> {
  let site: S | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    [site, browser] = await Promise.all([start(), launchBrowser()]);
    await prepare(site);
  });
  afterAll(async () => {
    await browser?.close();
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
    get url() {
      return need(site, 'site').site.url;
    },
    get browser() {
      return need(browser, 'browser');
    },
    get context() {
      return need(context, 'browser context');
    },
    get page() {
      return need(page, 'page');
    },
  };
}
