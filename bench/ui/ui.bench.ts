/**
 * The Custom UI apps in headless Chromium: what each entry (an app's view, or a macro's config
 * form) downloads and how soon it renders, on the bench site of 1 000 AIMS issues. Each entry is
 * opened as its Forge frame (the emulator's frame page with the bridge), in a fresh browser
 * context (empty cache), three times; the medians are reported.
 *
 * - first render: from navigation start to React's first content in #root (the app booted: its
 *   bundle ran, the Forge context and the theme loaded);
 * - ready: to the last change in #root before the network went quiet (the view with its data);
 * - loaded JS: the gzipped size of the scripts the browser fetched until then.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { BundleSizes } from '../../scripts/bundle-sizes';
import { bundleSizes } from '../../scripts/bundle-sizes';
import { findApps } from '../../scripts/static-apps';
import { launchBrowser } from '../../test/e2e/support/browser';
import type { SeededLogin } from '../../test/support/test-site';
import { basicAuth } from '../../test/support/test-site';
import { BenchSite } from '../scale/bench-site';

export interface UiEntryResult {
  entry: string;
  app: string;
  firstRenderMs: number;
  readyMs: number;
  loadedJsBytes: number;
  loadedJsFiles: number;
}

export interface UiRun {
  bundles: BundleSizes[];
  entries: UiEntryResult[];
}

interface Entry {
  entry: string;
  app: string;
  moduleKey: string;
  login: SeededLogin;
  /** Where the frame is shown, as the browser says it; the Forge host builds the context from it. */
  where: { issueKey?: string; pageId?: string; localId?: string };
  entryPoint?: 'config';
}

const RUNS = 3;

function entries(b: BenchSite): Entry[] {
  const nc = b.seeder.fixturesMade.panelNonconformity;
  const macro = (
    entry: string,
    app: string,
    moduleKey: string,
    pageId: string,
    localId: string,
  ): Entry[] => [
    { entry, app, moduleKey, login: 'manager', where: { pageId, localId } },
    {
      entry: `${entry} settings`,
      app,
      moduleKey,
      login: 'manager',
      where: { pageId, localId },
      entryPoint: 'config',
    },
  ];
  return [
    { entry: 'admin page', app: 'admin', moduleKey: 'aims-admin', login: 'admin', where: {} },
    {
      entry: 'issue panel (nonconformity)',
      app: 'issue-panel',
      moduleKey: 'aims-issue-panel',
      login: 'manager',
      where: { issueKey: nc.key },
    },
    ...macro('SoA macro', 'soa-macro', 'aims-soa', b.pages.soa, 'aims-soa-1'),
    ...macro(
      'AI policy macro',
      'policy-macro',
      'aims-policy',
      b.pages.policy,
      'aims-policy-control-1',
    ),
    ...macro(
      'management review macro',
      'review-macro',
      'aims-management-review',
      b.pages.review,
      'aims-management-review-1',
    ),
  ];
}

/** Records, in the page, when #root first has content and when it last changed. */
const TIMING_SCRIPT = `(() => {
  const t = (window.__aimsTiming = { firstRender: 0, lastChange: 0 });
  new MutationObserver(() => {
    const root = document.getElementById('root');
    if (!root || !root.firstElementChild) return;
    const now = performance.now();
    if (!t.firstRender) t.firstRender = now;
    t.lastChange = now;
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

async function registerFrame(b: BenchSite, e: Entry): Promise<string> {
  const res = await fetch(`${b.site.url}/forge/frames`, {
    method: 'POST',
    headers: { authorization: basicAuth(e.login), 'content-type': 'application/json' },
    body: JSON.stringify({
      moduleKey: e.moduleKey,
      ...e.where,
      ...(e.entryPoint ? { entryPoint: e.entryPoint } : {}),
    }),
  });
  if (res.status !== 201) throw new Error(`${e.entry}: frame ${res.status} ${await res.text()}`);
  return `${b.site.url}${((await res.json()) as { url: string }).url}`;
}

const gzipped = new Map<string, number>();
function gzipBytesOf(app: string, url: string): number {
  const asset = /\/forge\/frames\/[^/]+\/(assets\/[^?#]+)/.exec(url)?.[1];
  if (!asset) return 0;
  const file = path.resolve(__dirname, '../../static', app, 'build', asset);
  let size = gzipped.get(file);
  if (size === undefined) {
    size = fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : 0;
    gzipped.set(file, size);
  }
  return size;
}

async function openOnce(browser: Browser, b: BenchSite, e: Entry) {
  const context = await browser.newContext({
    extraHTTPHeaders: { authorization: basicAuth(e.login) },
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(TIMING_SCRIPT);
    await page.goto(await registerFrame(b, e), { waitUntil: 'networkidle', timeout: 60_000 });
    const measured = await page.evaluate(() => {
      const t = (window as unknown as { __aimsTiming: { firstRender: number; lastChange: number } })
        .__aimsTiming;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js'))
        .map((r) => r.name);
      return { ...t, scripts, text: document.getElementById('root')?.textContent ?? '' };
    });
    if (!measured.firstRender) throw new Error(`${e.entry}: nothing rendered`);
    if (/could not|failed|error/i.test(measured.text.slice(0, 300)))
      throw new Error(`${e.entry} shows an error: ${measured.text.slice(0, 300)}`);
    return {
      firstRenderMs: measured.firstRender,
      readyMs: measured.lastChange,
      loadedJsBytes: measured.scripts.reduce((sum, url) => sum + gzipBytesOf(e.app, url), 0),
      loadedJsFiles: measured.scripts.length,
    };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]): number =>
  [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)] ?? NaN;

export async function benchUi(log: (line: string) => void): Promise<UiRun> {
  const bundles = findApps().map(bundleSizes);
  const b = await BenchSite.start();
  const browser = await launchBrowser();
  try {
    b.seeder.growTo(1_000);
    const results: UiEntryResult[] = [];
    for (const e of entries(b)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await openOnce(browser, b, e));
      const result = {
        entry: e.entry,
        app: e.app,
        firstRenderMs: median(runs.map((r) => r.firstRenderMs)),
        readyMs: median(runs.map((r) => r.readyMs)),
        loadedJsBytes: median(runs.map((r) => r.loadedJsBytes)),
        loadedJsFiles: median(runs.map((r) => r.loadedJsFiles)),
      };
      results.push(result);
      log(
        `  ${e.entry}: first render ${result.firstRenderMs.toFixed(0)} ms, ready ${result.readyMs.toFixed(0)} ms, ${(result.loadedJsBytes / 1000).toFixed(0)} KB JS`,
      );
    }
    return { bundles, entries: results };
  } finally {
    await browser.close();
    await b.close();
  }
}
