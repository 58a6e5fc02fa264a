import type { SiteContext } from '../core/context';
import type { AppIdentity } from './app-identity';
import { installContextAri } from './app-identity';
import type { Installation } from './installations';
import { AppInstallations, productOfModule } from './installations';
import type { AppManifest } from './manifest';
import type { FaultState } from './faults';
import { HandlerLoader } from './handler-loader';
import type { AsyncEventQueue } from './async-events/async-event-queue';
import { handleQueueRequest, isQueuePath } from './async-events/queue-endpoint';
import type { ForgeHandler } from './handler-loader';
import { InvocationClock } from './invocation-clock';
import type { ForgeFetchMeta, Invocation } from './invocation-context';
import type { InvocationKind } from './invocation-limits';
import { invocationLimitMs, STANDARD_LIMIT_MS } from './invocation-limits';
import {
  buildRuntime,
  installForgeGlobals,
  newInvocationId,
  runInInvocation,
} from './invocation-context';
import type { KvsRetention } from './kvs-store';
import { CLOUD_EXPIRED_READABLE_MS, KvsStore } from './kvs-store';
import { handleKvsRequest } from './kvs-endpoint';
import type { ProductFetchDeps } from './product-fetch';
import { productFetch } from './product-fetch';
import type { ProductLatency } from './product-latency';
import type { RequestContract } from './request-contract';
import { RequestContractError } from './request-contract';
import { ScopeTable } from './scope-table';
import { handleWebtriggerGraphql, WebtriggerUrls } from './webtrigger-urls';

export interface InvokeOptions {
  moduleKey: string;
  /** The user the function runs for (asUser works only when set). */
  principalAccountId?: string;
  /** The fault generation the call was caused in; default the current one (see FaultState). */
  faultGeneration?: number;
  /** What invoked it, which sets its time limit (`invocation-limits.ts`); default `standard`. */
  kind?: InvocationKind;
  /** Runs this handler instead of the function's own (tests: app code under a function's limits). */
  handler?: ForgeHandler;
  /** The installation it runs in; default the one that runs `moduleKey` (see installationOf). */
  installation?: Installation;
}

/** Forge's default invocation limit (resolvers and functions): 25 seconds. */
export const DEFAULT_TIMEOUT_MS = STANDARD_LIMIT_MS;

export class InvocationTimeoutError extends Error {
  constructor(functionKey: string, ms: number) {
    super(`Function '${functionKey}' timed out after ${Math.round(ms / 1000)} seconds`);
    this.name = 'FUNCTION_TIME_OUT';
  }
}

/** One finished invocation: how long it ran (real time, or the latency charged on the virtual clock) against its limit. */
export interface InvocationRecord {
  functionKey: string;
  moduleKey: string;
  kind: InvocationKind;
  limitMs: number;
  elapsedMs: number;
  productCalls: number;
  outcome: 'ok' | 'error' | 'timeout';
}

const MAX_RECORDS = 2000;

/**
 * Runs the app's functions the way the Forge platform does: each call gets its own
 * `__forge_runtime__` / `__forge_fetch__` through AsyncLocalStorage, product calls go to this
 * site's REST with the invocation's principal, storage calls to the KVS store.
 */
export class AppRuntime {
  readonly handlers: HandlerLoader;
  readonly installations: AppInstallations;
  /** Forge storage, one partition per installation. */
  private readonly stores = new Map<string, KvsStore>();
  /** How long expired KVS values stay readable (the host's `kvsExpiredReadableMs`; default as the cloud). */
  readonly kvsRetention: KvsRetention = { expiredReadableMs: CLOUD_EXPIRED_READABLE_MS };
  readonly webtriggerUrls: WebtriggerUrls;
  readonly scopeTable: ScopeTable;
  /** The async events queue (@forge/events), once the host has connected it. */
  asyncEvents: AsyncEventQueue | undefined;
  /** The most recent invocations, oldest first (tests and benchmarks read their timings). */
  readonly invocations: InvocationRecord[] = [];
  /** Set in test mode: every product request is checked against the OpenAPI specs. */
  requestContract: RequestContract | undefined;

  constructor(
    readonly manifest: AppManifest,
    readonly identity: AppIdentity,
    private readonly ctx: SiteContext,
    readonly faults: FaultState,
    readonly latency: ProductLatency,
    specDir?: string,
  ) {
    installForgeGlobals();
    this.handlers = new HandlerLoader(manifest);
    this.installations = new AppInstallations(manifest, identity, ctx.meta);
    this.scopeTable = new ScopeTable(specDir);
    this.webtriggerUrls = new WebtriggerUrls(manifest, identity);
  }

  get installContext(): string {
    return installContextAri(this.identity);
  }

  /** Forge storage of an installation (what `forge storage` / the developer console shows). */
  kvs(installation: Installation): KvsStore {
    let store = this.stores.get(installation.storagePartition);
    if (!store) {
      store = new KvsStore(
        this.ctx.db,
        this.manifest.entities,
        () => this.ctx.now(),
        installation.storagePartition,
        this.kvsRetention,
      );
      this.stores.set(installation.storagePartition, store);
    }
    return store;
  }

  /**
   * The installation that runs a module: a Jira module runs in the installation that reaches Jira,
   * a macro in the one that reaches Confluence, app-level modules in the primary installation.
   * Throws NotInstalledError when there is none (not installed, or not connected yet).
   */
  installationOf(moduleKey: string): Installation {
    const product = productOfModule(this.manifest, moduleKey);
    const found = product
      ? this.installations.installationFor(product)
      : this.installations.primary();
    if (found) return found;
    throw this.installations.unavailable(product ?? this.installations.defaultProduct);
  }

  get site(): SiteContext {
    return this.ctx;
  }

  productFetchDeps(): ProductFetchDeps {
    return {
      ctx: () => this.ctx,
      manifest: this.manifest,
      scopes: this.scopeTable,
      faults: this.faults,
      latency: this.latency,
      contract: this.requestContract,
      installations: this.installations,
    };
  }

  /**
   * Calls function module `functionKey` with `args`, inside a fresh invocation context, under its
   * time limit: an invocation that reaches it is stopped (its result is the timeout error, and
   * the platform refuses every call it still makes).
   */
  async invoke(functionKey: string, args: unknown[], options: InvokeOptions): Promise<unknown> {
    const installation = options.installation ?? this.installationOf(options.moduleKey);
    const handler = options.handler ?? this.handlers.forFunction(functionKey);
    const kind = options.kind ?? 'standard';
    const limitMs = invocationLimitMs(kind, this.manifest.functions.get(functionKey));
    const invocationId = newInvocationId();
    const clock = new InvocationClock(
      limitMs,
      () => new InvocationTimeoutError(functionKey, limitMs),
      this.latency.clock,
    );
    const invocation: Invocation = {
      invocationId,
      moduleKey: options.moduleKey,
      principalAccountId: options.principalAccountId,
      installation,
      deadline: Date.now() + limitMs,
      faultGeneration: options.faultGeneration ?? this.faults.generation,
      clock,
      productCalls: 0,
      runtime: buildRuntime(this.identity, installation, {
        invocationId,
        moduleKey: options.moduleKey,
        scopes: this.manifest.scopes.map((s) => s.key),
        appRoot: this.manifest.appRoot,
        remainingMs: () => clock.remainingMs(),
      }),
      fetch: (meta, path, init) => this.platformFetch(invocation, meta, path, init),
      requestViolations: [],
    };
    let outcome: InvocationRecord['outcome'] = 'error';
    try {
      const result = await Promise.race([
        runInInvocation(invocation, async () => handler(...withInstallContext(args, installation))),
        clock.expired,
      ]);
      // Out of time on its last call, even if the function caught that and returned.
      if (clock.stoppedBy) throw clock.stoppedBy;
      // The app may have caught a refused (off-spec) call: the invocation still fails, loudly.
      if (invocation.requestViolations.length > 0)
        throw new RequestContractError(invocation.requestViolations);
      outcome = 'ok';
      return result;
    } catch (err) {
      if (clock.stoppedBy) {
        outcome = 'timeout';
        throw clock.stoppedBy;
      }
      if (invocation.requestViolations.length > 0 && !(err instanceof RequestContractError))
        throw new RequestContractError(invocation.requestViolations);
      throw err;
    } finally {
      clock.finish();
      this.record({
        functionKey,
        moduleKey: options.moduleKey,
        kind,
        limitMs,
        elapsedMs: clock.elapsedMs(),
        productCalls: invocation.productCalls ?? 0,
        outcome,
      });
    }
  }

  private record(entry: InvocationRecord): void {
    this.invocations.push(entry);
    if (this.invocations.length > MAX_RECORDS) this.invocations.shift();
  }

  private async platformFetch(
    invocation: Invocation,
    meta: ForgeFetchMeta,
    path: string,
    init?: RequestInit,
  ): Promise<Response> {
    // A function stopped at its time limit is gone: the platform answers nothing it still asks.
    const stoppedBy = invocation.clock?.stoppedBy;
    if (stoppedBy) throw stoppedBy;
    if (meta.type === 'kvs') {
      if (!this.manifest.scopes.some((s) => s.key === 'storage:app')) {
        return new Response(
          JSON.stringify({
            code: 'SCOPE_MISSING',
            message: "The app needs the 'storage:app' scope to use Forge storage",
          }),
          {
            status: 403,
            headers: { 'content-type': 'application/json' },
          },
        );
      }
      return handleKvsRequest(this.kvs(invocation.installation), path, init?.body);
    }
    if (meta.type === 'fpp' && meta.remote === 'stargate' && isQueuePath(path)) {
      return handleQueueRequest(this.asyncEvents, invocation, meta, path, init);
    }
    if (meta.type === 'fpp' && meta.remote === 'stargate' && path === '/graphql') {
      return handleWebtriggerGraphql(this.webtriggerUrls, this.ctx.baseUrl, init);
    }
    if (meta.type === 'fpp') {
      return productFetch(this.productFetchDeps(), invocation, meta, path, init);
    }
    return new Response(
      JSON.stringify({ message: `Forge fetch type '${meta.type}' is not emulated` }),
      {
        status: 400,
        headers: { 'content-type': 'application/json', 'forge-proxy-error': 'PROXY_ERR' },
      },
    );
  }
}

/** The platform fills in the invocation's `installContext` (the second handler argument). */
function withInstallContext(args: unknown[], installation: Installation): unknown[] {
  const [payload, context, ...rest] = args;
  if (!context || typeof context !== 'object' || !('installContext' in context)) return args;
  return [payload, { ...context, installContext: installation.contextAri }, ...rest];
}
