/**
 * `npm run build:static`: builds every Custom UI app `static/<name>/` that has an index.html
 * (except `common`, the shared code) with Vite into `static/<name>/build/`.
 * An app is skipped when the hash of its inputs (its sources, static/common, the lock file and
 * this script) matches the hash recorded in its last build. `--force` rebuilds everything.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const ROOT = path.resolve(__dirname, '..');
const STATIC_DIR = path.join(ROOT, 'static');
const SHARED_DIR = path.join(STATIC_DIR, 'common');
const HASH_FILE = '.inputs-hash';
const IGNORED_DIRS = new Set(['build', 'node_modules']);

/** App folders under static/ that hold an index.html (common excluded). */
export function findApps(staticDir = STATIC_DIR): string[] {
  if (!fs.existsSync(staticDir)) return [];
  return fs
    .readdirSync(staticDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'common')
    .filter((d) => fs.existsSync(path.join(staticDir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

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
export function inputsHash(sourceDirs: string[]): string {
  const hash = crypto.createHash('sha256');
  const files = [
    ...sourceDirs.flatMap((dir) => listFiles(dir)),
    path.join(ROOT, 'package-lock.json'),
    __filename,
  ];
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(ROOT, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

async function buildApp(name: string): Promise<void> {
  const appDir = path.join(STATIC_DIR, name);
  await build({
    root: appDir,
    base: './',
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: path.join(appDir, 'build'),
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      target: 'es2020',
      modulePreload: { polyfill: false },
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
  sources: string[];
  run: () => Promise<void>;
}

function targets(only: string[]): BuildTarget[] {
  const apps: BuildTarget[] = findApps().map((name) => ({
    label: `static/${name}`,
    outDir: path.join(STATIC_DIR, name, 'build'),
    output: 'index.html',
    sources: [path.join(STATIC_DIR, name), SHARED_DIR],
    run: () => buildApp(name),
  }));
  const shell: BuildTarget = {
    label: 'emulator/shell (client)',
    outDir: SHELL_BUILD_DIR,
    output: 'shell.js',
    sources: [SHELL_CLIENT_DIR],
    run: buildShellClient,
  };
  const all = fs.existsSync(SHELL_CLIENT_DIR) ? [...apps, shell] : apps;
  return only.length === 0 ? all : all.filter((t) => only.some((o) => t.label.includes(o)));
}

const LOCK_DIR = path.join(STATIC_DIR, '.build-lock');
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

/** Builds whatever changed since its last build (or everything with `force`). */
export function buildStatic(
  options: { force?: boolean; only?: string[]; quiet?: boolean } = {},
): Promise<number> {
  return withBuildLock(() => buildChanged(options));
}

async function buildChanged(
  options: { force?: boolean; only?: string[]; quiet?: boolean } = {},
): Promise<number> {
  const log = options.quiet ? () => undefined : (line: string) => console.log(line);
  let built = 0;
  for (const target of targets(options.only ?? [])) {
    const hashPath = path.join(target.outDir, HASH_FILE);
    const hash = inputsHash(target.sources);
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

if (require.main === module) {
  buildStatic({
    force: process.argv.includes('--force'),
    only: process.argv.slice(2).filter((a) => !a.startsWith('--')),
  }).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
