/**
 * `npm run build:static`: builds the Custom UI apps the app ships — the resources manifest.yml
 * lists — with Vite, each `static/<name>/src/main.tsx` into `static/<name>/build/`, plus the
 * emulator shell's browser script. Every app gets the same page, static/common/index.html, with
 * the title of the module that shows it. A test fixture app is built from its own manifest
 * (`--manifest <path>`, or `buildStatic({ manifest })`).
 *
 * An app is skipped when the hash of its inputs (its sources, static/common, src/ui-contract and
 * src/domain, its page, the lock file and this script) matches the hash recorded in its last
 * build. `--force` rebuilds everything. Which apps there are: scripts/static-apps.ts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import type { BundleChunk } from './bundle-graph';
import { BUNDLE_GRAPH } from './bundle-graph';
import type { StaticApp } from './static-apps';
import { APP_MANIFEST, appPage, findApps } from './static-apps';

const ROOT = path.resolve(__dirname, '..');
const SHARED_DIR = path.join(ROOT, 'static', 'common');
/** What the apps import from src/ (the only src/ folders static/ may import). */
const SHARED_SOURCE_DIRS = [
  SHARED_DIR,
  path.join(ROOT, 'src', 'ui-contract'),
  path.join(ROOT, 'src', 'domain'),
];
const HASH_FILE = '.inputs-hash';

/** Vite, loaded only when something is built (`npm start` with current builds never needs it). */
async function build(config: InlineConfig): Promise<void> {
  const vite = await import('vite');
  await vite.build(config);
}
const IGNORED_DIRS = new Set(['build', 'node_modules']);

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (IGNORED_DIRS.has(entry.name) || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

/** Hash of everything that can change a build's output. */
export function inputsHash(sourceDirs: string[], extra = ''): string {
  const hash = crypto.createHash('sha256');
  const files = [
    ...sourceDirs.flatMap((dir) => listFiles(dir)),
    path.join(ROOT, 'package-lock.json'),
    __filename,
    path.join(__dirname, 'static-apps.ts'),
    path.join(__dirname, 'bundle-graph.ts'),
  ];
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(ROOT, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  hash.update(extra);
  return hash.digest('hex');
}

/** Serves the app's page as `<dir>/index.html`, the entry Vite builds from. */
function appPagePlugin(entry: string, page: string): Plugin {
  return {
    name: 'aims-app-page',
    resolveId: (id) => (id === entry ? entry : null),
    load: (id) => (id === entry ? page : null),
  };
}

/**
 * Atlassian's feature-gate client is never initialized in a Forge frame (no Statsig key, no
 * egress): the apps get a module answering as the uninitialized client does, without its ~230 KB.
 */
function uninitializedFeatureGatesPlugin(): Plugin {
  const client = '@atlaskit/feature-gate-js-client/feature-gates';
  const replacement = path.join(SHARED_DIR, 'feature-gates-uninitialized.ts');
  return {
    name: 'aims-uninitialized-feature-gates',
    enforce: 'pre',
    resolveId: (source) => (source === client ? replacement : null),
  };
}

/** Writes the chunk graph (./bundle-graph.ts) next to the build's assets. */
function bundleGraphPlugin(): Plugin {
  return {
    name: 'aims-bundle-graph',
    generateBundle(_options, bundle) {
      const chunks: BundleChunk[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const meta = (output as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata;
        chunks.push({
          file: output.fileName,
          isEntry: output.isEntry,
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          css: [...(meta?.importedCss ?? [])],
        });
      }
      this.emitFile({ type: 'asset', fileName: BUNDLE_GRAPH, source: JSON.stringify(chunks) });
    },
  };
}

async function buildApp(app: StaticApp): Promise<void> {
  const entry = path.join(app.dir, 'index.html');
  await build({
    root: app.dir,
    base: './',
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [
      appPagePlugin(entry, appPage(app)),
      uninitializedFeatureGatesPlugin(),
      bundleGraphPlugin(),
    ],
    // Production JSX whatever NODE_ENV says (jest sets it to 'test' when a test builds an app).
    oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: path.join(app.dir, 'build'),
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      target: 'es2020',
      modulePreload: { polyfill: false },
      rollupOptions: { input: entry },
    },
  });
}

const SHELL_CLIENT_DIR = path.join(ROOT, 'emulator', 'shell', 'client');
const SHELL_BUILD_DIR = path.join(ROOT, 'emulator', 'shell', 'build');

/** The web shell's browser script and stylesheet → emulator/shell/build/shell.{js,css}. */
async function buildShellClient(): Promise<void> {
  await build({
    root: SHELL_CLIENT_DIR,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir: SHELL_BUILD_DIR,
      emptyOutDir: true,
      reportCompressedSize: false,
      target: 'es2020',
      lib: {
        entry: path.join(SHELL_CLIENT_DIR, 'main.ts'),
        formats: ['iife'],
        name: 'aimsShell',
        fileName: () => 'shell.js',
      },
    },
  });
  fs.copyFileSync(
    path.join(SHELL_CLIENT_DIR, 'shell.css'),
    path.join(SHELL_BUILD_DIR, 'shell.css'),
  );
}

interface BuildTarget {
  label: string;
  outDir: string;
  output: string;
  hash: () => string;
  run: () => Promise<void>;
}

function targets(manifest: string, only: string[]): BuildTarget[] {
  const apps: BuildTarget[] = findApps(manifest).map((app) => ({
    label: path.relative(ROOT, app.dir),
    outDir: path.join(app.dir, 'build'),
    output: 'index.html',
    hash: () => inputsHash([app.dir, ...SHARED_SOURCE_DIRS], appPage(app)),
    run: () => buildApp(app),
  }));
  const shell: BuildTarget = {
    label: 'emulator/shell (client)',
    outDir: SHELL_BUILD_DIR,
    output: 'shell.js',
    hash: () => inputsHash([SHELL_CLIENT_DIR]),
    run: buildShellClient,
  };
  const all =
    manifest === APP_MANIFEST && fs.existsSync(SHELL_CLIENT_DIR) ? [...apps, shell] : apps;
  return only.length === 0 ? all : all.filter((t) => only.some((o) => t.label.includes(o)));
}

const LOCK_DIR = path.join(ROOT, 'static', '.build-lock');
const STALE_LOCK_MS = 5 * 60_000;

/** One build at a time in this working tree (parallel `npm test` runs share static/). */
async function withBuildLock<T>(run: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 3 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      break;
    } catch {
      const age = fs.existsSync(LOCK_DIR) ? Date.now() - fs.statSync(LOCK_DIR).mtimeMs : 0;
      if (age > STALE_LOCK_MS) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`Another static build holds ${LOCK_DIR}`);
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await run();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

export interface BuildOptions {
  force?: boolean;
  only?: string[];
  quiet?: boolean;
  /** The manifest whose apps to build (default: the app's manifest.yml, plus the shell). */
  manifest?: string;
}

/** Builds whatever changed since its last build (or everything with `force`). */
export function buildStatic(options: BuildOptions = {}): Promise<number> {
  return withBuildLock(() => buildChanged(options));
}

async function buildChanged(options: BuildOptions): Promise<number> {
  const log = options.quiet ? () => undefined : (line: string) => console.log(line);
  let built = 0;
  for (const target of targets(
    path.resolve(options.manifest ?? APP_MANIFEST),
    options.only ?? [],
  )) {
    const hashPath = path.join(target.outDir, HASH_FILE);
    const hash = target.hash();
    const previous = fs.existsSync(hashPath) ? fs.readFileSync(hashPath, 'utf8').trim() : '';
    if (
      !options.force &&
      previous === hash &&
      fs.existsSync(path.join(target.outDir, target.output))
    ) {
      log(`${target.label}: up to date`);
      continue;
    }
    const started = Date.now();
    await target.run();
    fs.writeFileSync(hashPath, `${hash}\n`);
    built += 1;
    log(`${target.label}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return built;
}

/** `--manifest <path>` from the command line, if given. */
function manifestArgument(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--manifest');
  return at >= 0 ? argv[at + 1] : undefined;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const manifest = manifestArgument(argv);
  buildStatic({
    force: argv.includes('--force'),
    only: argv.filter((a) => !a.startsWith('--') && a !== manifest),
    manifest,
  }).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
