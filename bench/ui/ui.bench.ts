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
import { demoPolicyConfig } from '../../emulator/seed/demo/demo-policy-page';
import { DEMO_SOA_CONFIG } from '../../emulator/seed/demo/demo-soa-page';
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
  extension: Record<string, unknown>;
  entryPoint?: 'config';
}

const RUNS = 3;

function entries(b: BenchSite): Entry[] {
  const nc = b.seeder.fixturesMade.panelNonconformity;
  const page = (id: string, config: Record<string, unknown>, configuring = false) => ({
    type: 'macro',
    content: { id, type: 'page' },
    space: { id: b.pages.spaceId, key: 'AIMS' },
    config,
    macro: { isConfiguring: configuring, isInserting: false },
  });
  const soa = page(b.pages.soa, DEMO_SOA_CONFIG);
  const policy = page(b.pages.policy, demoPolicyConfig());
  const review = page(b.pages.review, { ...b.pages.reviewConfig });
  return [
    {
      entry: 'admin page',
      app: 'admin',
      moduleKey: 'aims-admin',
      login: 'admin',
      extension: { type: 'jira:adminPage' },
    },
    {
      entry: 'issue panel (nonconformity)',
      app: 'issue-panel',
      moduleKey: 'aims-issue-panel',
      login: 'manager',
      extension: {
        type: 'jira:issuePanel',
        issue: { id: nc.id, key: nc.key, typeId: nc.issueTypeId },
        project: { key: 'AIMS' },
      },
    },
    {
      entry: 'SoA macro',
      app: 'soa-macro',
      moduleKey: 'aims-soa',
      login: 'manager',
      extension: soa,
    },
    {
      entry: 'SoA macro settings',
      app: 'soa-macro',
      moduleKey: 'aims-soa',
      login: 'manager',
      extension: { ...soa, macro: { isConfiguring: true, isInserting: false } },
      entryPoint: 'config',
    },
    {
      entry: 'AI policy macro',
      app: 'policy-macro',
      moduleKey: 'aims-policy',
      login: 'manager',
      extension: policy,
    },
    {
      entry: 'AI policy macro settings',
      app: 'policy-macro',
      moduleKey: 'aims-policy',
      login: 'manager',
      extension: { ...policy, macro: { isConfiguring: true, isInserting: false } },
      entryPoint: 'config',
    },
    {
      entry: 'management review macro',
      app: 'review-macro',
      moduleKey: 'aims-management-review',
      login: 'manager',
      extension: review,
    },
    {
      entry: 'management review macro settings',
      app: 'review-macro',
      moduleKey: 'aims-management-review',
      login: 'manager',
      extension: { ...review, macro: { isConfiguring: true, isInserting: false } },
      entryPoint: 'config',
    },
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
      extension: e.extension,
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
