/**
 * `npm start`: how long until the site says it is running, on a fresh data folder (cold: the app
 * is installed, project AIMS provisioned and the demo seeded) and again on the same folder (warm:
 * everything is there). The static apps are already built (the bench runs after
 * `npm run build:static`; their build time is reported by the build itself). Each start is a
 * child process on a free port, stopped by its process group once it is running.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(__dirname, '../..');
const READY = /AIMS local Atlassian site running at/;
const TIMEOUT_MS = 180_000;

export interface StartupPhase {
  line: string;
  atS: number;
}

export interface StartupResult {
  kind: 'cold' | 'warm';
  totalS: number;
  /** The moments of the lines that mark a phase (builds checked, app installed, demo seeded). */
  phases: StartupPhase[];
}

const PHASE_LINES = [
  /up to date|built in/,
  /Installed the AIMS app|already seeded/,
  /Seeding the demo AIMS/,
  /Demo AIMS seeded in/,
];

function startOnce(kind: StartupResult['kind'], dataDir: string): Promise<StartupResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { ...process.env, AIMS_SITE_DATA: dataDir, AIMS_SITE_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const phases: StartupPhase[] = [];
    let output = '';
    let done = false;
    const stop = (): void => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    };
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(`npm start (${kind}) did not get ready in ${TIMEOUT_MS / 1000} s:\n${output}`),
      );
    }, TIMEOUT_MS);
    const onLine = (line: string): void => {
      const atS = (performance.now() - started) / 1000;
      if (PHASE_LINES.some((p) => p.test(line))) phases.push({ line: line.trim(), atS });
      if (!done && READY.test(line)) {
        done = true;
        clearTimeout(timer);
        stop();
        resolve({ kind, totalS: atS, phases });
      }
    };
    let pending = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      if (!done) {
        clearTimeout(timer);
        reject(
          new Error(`npm start (${kind}) exited with ${code} before it was ready:\n${output}`),
        );
      }
    });
  });
}

/** Runs of each start; the report shows their median. */
export const STARTUP_RUNS = 3;

/** STARTUP_RUNS times: a cold start on a fresh data folder, then a warm start on it. */
export async function benchStartup(log: (line: string) => void): Promise<StartupResult[]> {
  const results: StartupResult[] = [];
  for (let run = 1; run <= STARTUP_RUNS; run += 1) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-start-'));
    try {
      const cold = await startOnce('cold', dataDir);
      log(`  cold start ${run}: ${cold.totalS.toFixed(1)} s`);
      const warm = await startOnce('warm', dataDir);
      log(`  warm start ${run}: ${warm.totalS.toFixed(1)} s`);
      results.push(cold, warm);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return results;
}
