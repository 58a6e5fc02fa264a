import type { SiteContext } from '../core/context';
import type { AppIdentity } from './app-identity';
import { installContextAri } from './app-identity';
import type { AppManifest } from './manifest';
import type { FaultState } from './faults';
import { HandlerLoader } from './handler-loader';
import type { ForgeFetchMeta, Invocation } from './invocation-context';
import {
  buildRuntime,
  installForgeGlobals,
  newInvocationId,
  runInInvocation,
} from './invocation-context';
import { KvsStore } from './kvs-store';
import { handleKvsRequest } from './kvs-endpoint';
import type { ProductFetchDeps } from './product-fetch';
import { productFetch } from './product-fetch';
import { ScopeTable } from './scope-table';
import { handleWebtriggerGraphql, WebtriggerUrls } from './webtrigger-urls';

export interface InvokeOptions {
  moduleKey: string;
  /** The user the function runs for (asUser works only when set). */
  principalAccountId?: string;
  timeoutMs?: number;
  /** The fault generation the call was caused in; default the current one (see FaultState). */
  faultGeneration?: number;
}

/** Forge's default invocation limit (resolvers and functions): 25 seconds. */
export const DEFAULT_TIMEOUT_MS = 25_000;

export class InvocationTimeoutError extends Error {
  constructor(functionKey: string, ms: number) {
    super(`Function '${functionKey}' timed out after ${Math.round(ms / 1000)} seconds`);
    this.name = 'FUNCTION_TIME_OUT';
  }
}

/**
 * Runs the app's functions the way the Forge platform does: each call gets its own
 * `__forge_runtime__` / `__forge_fetch__` through AsyncLocalStorage, product calls go to this
 * site's REST with the invocation's principal, storage calls to the KVS store.
 */
export class AppRuntime {
  readonly handlers: HandlerLoader;
  readonly kvs: KvsStore;
  readonly webtriggerUrls: WebtriggerUrls;
  readonly scopeTable: ScopeTable;

  constructor(
    readonly manifest: AppManifest,
    readonly identity: AppIdentity,
    private readonly ctx: SiteContext,
    readonly faults: FaultState,
    specDir?: string,
  ) {
    installForgeGlobals();
    this.handlers = new HandlerLoader(manifest);
    this.kvs = new KvsStore(ctx.db, manifest.entities, () => ctx.now());
    this.scopeTable = new ScopeTable(specDir);
    this.webtriggerUrls = new WebtriggerUrls(manifest, identity);
  }

  get installContext(): string {
    return installContextAri(this.identity);
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
    };
  }

  /** Calls function module `functionKey` with `args`, inside a fresh invocation context. */
  async invoke(functionKey: string, args: unknown[], options: InvokeOptions): Promise<unknown> {
    const handler = this.handlers.forFunction(functionKey);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const invocationId = newInvocationId();
    const deadline = Date.now() + timeoutMs;
    const invocation: Invocation = {
      invocationId,
      moduleKey: options.moduleKey,
      principalAccountId: options.principalAccountId,
      deadline,
      faultGeneration: options.faultGeneration ?? this.faults.generation,
      runtime: buildRuntime(this.identity, {
        invocationId,
        moduleKey: options.moduleKey,
        scopes: this.manifest.scopes.map((s) => s.key),
        appRoot: this.manifest.appRoot,
        deadline,
      }),
      fetch: (meta, path, init) => this.platformFetch(invocation, meta, path, init),
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new InvocationTimeoutError(functionKey, timeoutMs)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([
        runInInvocation(invocation, async () => handler(...args)),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async platformFetch(
    invocation: Invocation,
    meta: ForgeFetchMeta,
    path: string,
    init?: RequestInit,
  ): Promise<Response> {
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
      return handleKvsRequest(this.kvs, path, init?.body);
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
