/**
 * Measures one run of an app path on the bench site: the product REST requests the site answered,
 * the time the site spent answering them, the main thread's busy time, and the heap.
 *
 * The app (through the Forge host) and the emulated site share one Node process, so the site's
 * share is taken out: every HTTP request the server receives is timed from its arrival to its
 * response's end; the union of those intervals is the emulator's time, and the process CPU time
 * used within them its CPU time (its handlers are synchronous SQLite and JSON work, so nothing of
 * the app runs inside them). The app's time is the process's CPU time (every thread: JavaScript,
 * JSON, GC) minus the emulator's: CPU time, so that other processes on a shared machine do not
 * inflate it. `appBusyMs` is the same from wall clocks: the event loop's active time
 * (performance.eventLoopUtilization) minus the emulator's time. What remains of the platform in
 * them (the Forge host's scope check of each request, its in-process KVS) is a few tens of
 * microseconds per call.
 *
 * Heap: `heapUsed` after a full GC before the run is the baseline; it is sampled as each request
 * arrives and ends (the moments the app waits, holding what it has read so far) and when the run
 * ends; the peak sample minus the baseline is reported. It includes garbage not yet collected, of
 * the app and of the site, so it is an upper bound of what the app holds.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

export interface PathMeasure {
  /** Jira and Confluence REST requests (/rest/api/3, /wiki/api/v2) the site answered. */
  requests: number;
  /** The same by "METHOD /path" with ids and keys folded, for the report's breakdown. */
  byRoute: Record<string, number>;
  /** Requests that had to wait for an earlier one: the longest chain of dependent requests. */
  chainedRequests: number;
  wallMs: number;
  emulatorMs: number;
  /** The process's CPU time while it answered requests (the emulator's CPU time). */
  emulatorCpuMs: number;
  /** The app's CPU time: the process's CPU time minus what it spent answering requests. */
  appMs: number;
  /** The main thread's busy time minus the emulator's time (both wall clock). */
  appBusyMs: number;
  heapMb: number;
}

const isProductRest = (url: string): boolean =>
  url.startsWith('/rest/api/3/') || url.startsWith('/wiki/api/v2/');

/** `GET /rest/api/3/issue/AIMS-12?fields=x` → `GET /issue/{id}` (ids, keys and field ids folded). */
export function routeOf(method: string, url: string): string {
  const segments = url.replace(/\?.*$/, '').split('/');
  const product = segments[1] === 'wiki' ? '/wiki' : '';
  const folded = segments
    .slice(4)
    .map((s) =>
      /^\d+$/.test(s) || /^[A-Z][A-Z0-9_]*-\d+$/.test(s)
        ? '{id}'
        : /^customfield_\d+$/.test(s)
          ? '{fieldId}'
          : s,
    )
    .join('/');
  return `${method} ${product}/${folded}`;
}

export class PathMeter {
  private inFlight = 0;
  private busySince = 0;
  private busyCpu: NodeJS.CpuUsage = { user: 0, system: 0 };
  private emulatorMs = 0;
  private emulatorCpuMs = 0;
  private requests = 0;
  private byRoute: Record<string, number> = {};
  private heapPeak = 0;
  private depthDone = 0;
  private maxDepth = 0;
  private armed = false;

  constructor(server: Server) {
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) =>
      this.onRequest(req, res),
    );
  }

  private sampleHeap(): void {
    const used = process.memoryUsage().heapUsed;
    if (used > this.heapPeak) this.heapPeak = used;
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    if (!this.armed) return;
    const url = req.url ?? '';
    const start = performance.now();
    if (this.inFlight === 0) {
      this.busySince = start;
      this.busyCpu = process.cpuUsage();
    }
    this.inFlight += 1;
    this.sampleHeap();
    const depth = this.depthDone + 1;
    if (isProductRest(url)) {
      this.requests += 1;
      const route = routeOf(req.method ?? 'GET', url);
      this.byRoute[route] = (this.byRoute[route] ?? 0) + 1;
    }
    res.once('close', () => {
      this.inFlight -= 1;
      if (this.inFlight === 0) {
        this.emulatorMs += performance.now() - this.busySince;
        const used = process.cpuUsage(this.busyCpu);
        this.emulatorCpuMs += (used.user + used.system) / 1000;
      }
      if (isProductRest(url)) {
        this.depthDone = Math.max(this.depthDone, depth);
        this.maxDepth = Math.max(this.maxDepth, depth);
      }
      this.sampleHeap();
    });
  }

  /** Runs `work` once and measures it (see the file comment). */
  async measure<T>(work: () => Promise<T>): Promise<{ value: T; measure: PathMeasure }> {
    gc();
    const baseline = process.memoryUsage().heapUsed;
    Object.assign(this, {
      inFlight: 0,
      emulatorMs: 0,
      emulatorCpuMs: 0,
      requests: 0,
      byRoute: {},
      heapPeak: baseline,
      depthDone: 0,
      maxDepth: 0,
      armed: true,
    });
    const elu = performance.eventLoopUtilization();
    const cpu = process.cpuUsage();
    const start = performance.now();
    let value: T;
    try {
      value = await work();
    } finally {
      this.armed = false;
    }
    const wallMs = performance.now() - start;
    this.sampleHeap();
    const busy = performance.eventLoopUtilization(elu);
    const used = process.cpuUsage(cpu);
    return {
      value,
      measure: {
        requests: this.requests,
        byRoute: this.byRoute,
        chainedRequests: this.maxDepth,
        wallMs,
        emulatorMs: this.emulatorMs,
        emulatorCpuMs: this.emulatorCpuMs,
        appMs: Math.max(0, (used.user + used.system) / 1000 - this.emulatorCpuMs),
        appBusyMs: Math.max(0, busy.active - this.emulatorMs),
        heapMb: (this.heapPeak - baseline) / 2 ** 20,
      },
    };
  }
}
