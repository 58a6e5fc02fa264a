/**
 * What each Custom UI app downloads, from its build (`npm run build:static`): the JavaScript its
 * page loads before anything renders (the entry chunk and every chunk it imports statically), its
 * CSS, and what it ships but loads only when needed (lazy chunks: config forms, Atlaskit theme
 * files of other color modes). Sizes are gzipped (level 9), as a CDN serves them; 1 KB = 1000 bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BundleChunk } from './bundle-graph';
import { BUNDLE_GRAPH } from './bundle-graph';
import type { StaticApp } from './static-apps';

/** The budget of an app's initial JavaScript, gzipped (docs/performance.md). */
export const INITIAL_JS_BUDGET_BYTES = 250_000;

export interface BundleSizes {
  app: string;
  /** Files the page loads before its first render (entry + static imports), gzipped bytes. */
  initialJs: { files: string[]; gzipBytes: number };
  /** Stylesheets the page links, gzipped bytes. */
  css: { files: string[]; gzipBytes: number };
  /** Chunks shipped but loaded only on demand. */
  lazyJs: { files: number; gzipBytes: number };
}

const gzipSize = (file: string): number =>
  zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The build's chunk graph; throws with what to do when the app is not built. */
export function bundleGraph(app: StaticApp): BundleChunk[] {
  const file = path.join(app.dir, 'build', BUNDLE_GRAPH);
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(process.cwd(), file)} is missing: run npm run build:static`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BundleChunk[];
}

export function bundleSizes(app: StaticApp): BundleSizes {
  const build = path.join(app.dir, 'build');
  const chunks = bundleGraph(app);
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const initial = new Set<string>();
  const visit = (file: string): void => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const next of byFile.get(file)?.imports ?? []) visit(next);
  };
  for (const entry of chunks.filter((c) => c.isEntry)) visit(entry.file);
  const html = fs.readFileSync(path.join(build, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const sum = (files: readonly string[]): number =>
    files.reduce((total, f) => total + gzipSize(path.join(build, f)), 0);
  const lazy = chunks.map((c) => c.file).filter((f) => !initial.has(f));
  return {
    app: path.basename(app.dir),
    initialJs: { files: [...initial], gzipBytes: sum([...initial]) },
    css: { files: css, gzipBytes: sum(css) },
    lazyJs: { files: lazy.length, gzipBytes: sum(lazy) },
  };
}
