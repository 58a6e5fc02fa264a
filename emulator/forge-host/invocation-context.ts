import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import type { AppIdentity } from './app-identity';
import type { InvocationClock } from './invocation-clock';
import type { RequestViolation } from './request-contract';
import type { Installation } from './installations';

/** Metadata @forge/api and @forge/kvs pass as the first argument of `__forge_fetch__`. */
export interface ForgeFetchMeta {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
  contextAri?: string;
}

export type ForgeFetch = (
  meta: ForgeFetchMeta,
  path: string,
  init?: RequestInit,
) => Promise<Response>;

/** One running invocation of an app function: who it runs for and where its platform calls go. */
export interface Invocation {
  invocationId: string;
  moduleKey: string;
  /** The user the invocation runs for (asUser); undefined for triggers, validators, web triggers. */
  principalAccountId: string | undefined;
  /** The installation it runs in: its storage partition and the Atlassian apps it may call. */
  installation: Installation;
  deadline: number;
  /** The fault generation the work was caused in (see FaultState). */
  faultGeneration: number;
  /** Its running time against its limit; absent for a Custom UI frame's own product calls. */
  clock?: InvocationClock;
  /** Product REST calls it made so far. */
  productCalls?: number;
  fetch: ForgeFetch;
  /** Requests of this invocation that did not match the spec (test mode): the invocation fails. */
  requestViolations: RequestViolation[];
  runtime: Record<string, unknown>;
}

const storage = new AsyncLocalStorage<Invocation>();

export function currentInvocation(): Invocation | undefined {
  return storage.getStore();
}

export function runInInvocation<T>(invocation: Invocation, fn: () => T): T {
  return storage.run(invocation, fn);
}

const noopTimer = { stop: (): void => undefined };
const noopMetrics = {
  counter: () => ({ incr: (): void => undefined, decr: (): void => undefined }),
  gauge: () => ({ set: (): void => undefined }),
  timing: () => ({ measure: () => noopTimer }),
};

/** The `__forge_runtime__` object of one invocation, shaped as @forge/api 8 and @forge/kvs 1.6 read it. */
export function buildRuntime(
  identity: AppIdentity,
  installation: Installation,
  options: {
    invocationId: string;
    moduleKey: string;
    scopes: string[];
    appRoot: string;
    /** The invocation's remaining time (its clock: real time and charged latency). */
    remainingMs: () => number;
  },
): Record<string, unknown> {
  return {
    appContext: {
      appId: identity.appId,
      appVersion: identity.appVersion,
      environmentId: identity.environmentId,
      environmentType: identity.environmentType,
      invocationId: options.invocationId,
      installationId: installation.id,
      moduleKey: options.moduleKey,
      license: undefined,
      installation: undefined,
      permissions: { scopes: options.scopes, external: {} },
    },
    contextAri: installation.contextAri,
    container: { appCodeDir: options.appRoot },
    metrics: noopMetrics,
    lambdaContext: { getRemainingTimeInMillis: () => Math.floor(options.remainingMs()) },
    tracing: {
      traceId: options.invocationId.replace(/-/g, ''),
      spanId: options.invocationId.slice(0, 16),
    },
    externalAuth: [],
  };
}

export function newInvocationId(): string {
  return crypto.randomUUID();
}

let installed = false;

/**
 * Installs the process-wide Forge globals once. Both dispatch on the invocation found in
 * AsyncLocalStorage, so concurrent invocations (and several hosts in one process) never see
 * each other's principal or runtime.
 */
export function installForgeGlobals(): void {
  if (installed) return;
  installed = true;
  Object.defineProperty(globalThis, '__forge_runtime__', {
    configurable: true,
    get: () => storage.getStore()?.runtime,
  });
  Object.defineProperty(globalThis, '__forge_fetch__', {
    configurable: true,
    value: (meta: ForgeFetchMeta, path: string, init?: RequestInit): Promise<Response> => {
      const invocation = storage.getStore();
      if (!invocation) {
        return Promise.reject(new Error('Forge API called outside of a Forge function invocation'));
      }
      return invocation.fetch(meta, path, init);
    },
  });
}
