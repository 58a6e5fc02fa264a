import type express from 'express';
import type { Request, Response } from 'express';
import { authenticate, principalOf } from '../core/auth';
import type { SiteContext } from '../core/context';
import type { SiteExtension } from '../core/site';
import type { AppIdentity } from './app-identity';
import { createAppIdentity, extensionAri } from './app-identity';
import type { InvocationRecord, InvokeOptions } from './app-runtime';
import { AppRuntime } from './app-runtime';
import { AsyncEventQueue } from './async-events/async-event-queue';
import { mountDynamicProperties } from './custom-ui/dynamic-properties';
import { mountCustomUi } from './custom-ui/custom-ui-routes';
import type { DeliveryLog } from './event-delivery';
import { EventDelivery } from './event-delivery';
import { ForgeExtensionExporter } from './extension-exporter';
import type { FaultCounts, FaultOptions } from './faults';
import { FaultState } from './faults';
import type { ForgeHandler } from './handler-loader';
import type { InvocationKind } from './invocation-limits';
import type { LatencyOptions } from './product-latency';
import { latencyFromEnv, ProductLatency } from './product-latency';
import type { Installation } from './installations';
import { NotInstalledError } from './installations';
import type { KvsStore } from './kvs-store';
import type { AppManifest, AtlassianProduct } from './manifest';
import { loadManifest } from './manifest';
import { PendingWork } from './pending-work';
import type { RequestViolation } from './request-contract';
import { RequestContract } from './request-contract';
import { ScheduledTriggers } from './scheduled-triggers';
import { webtriggerHandler } from './webtrigger-route';
import { AppRestClient } from './app-rest-client';
import type { RuleFailure } from './workflow-rule-runner';
import { FAILED_EXPRESSION_EVENT, ForgeWorkflowRules } from './workflow-rule-runner';

export type { FaultOptions } from './faults';
export type { InvocationRecord } from './app-runtime';
export type { LatencyOptions } from './product-latency';
export type { AtlassianProduct } from './manifest';
export { NotInstalledError } from './installations';
export { extensionAri } from './app-identity';

export interface ForgeHostOptions {
  /** Directory with manifest.yml, src/ and the Custom UI resource folders (the repository root for the real app). */
  appRoot: string;
  /** manifest path if not `{appRoot}/manifest.yml`. */
  manifestPath?: string;
  faults?: FaultOptions;
  /**
   * Simulated latency of the app's product REST calls (default: `AIMS_PRODUCT_LATENCY_MS` and
   * `AIMS_PRODUCT_LATENCY_CLOCK`, else none); see `product-latency.ts`.
   */
  latency?: LatencyOptions;
  /** Run scheduled triggers on real timers (npm start); off by default (tests run them on demand). */
  timers?: boolean;
  /** Directory of the Jira/Confluence OpenAPI specs used for scope checks (default AIMS_OPENAPI_DIR or ../shared/specs). */
  specDir?: string;
  /**
   * Check every request the app sends against the OpenAPI specs and fail the invocation on a
   * mismatch. Default: the site's test mode (on under `startTestSite`, off for `npm start`).
   */
  checkAppRequests?: boolean;
  /**
   * How long expired KVS values stay readable (and keep their key taken). Default as the cloud
   * documents it, 48 hours (storage-reference/kvs-api, TTL); env AIMS_KVS_EXPIRED_READABLE_MS.
   */
  kvsExpiredReadableMs?: number;
}

export interface InstallOptions {
  /**
   * `forge install --product`: the Atlassian app to install into. Default: the required app of
   * `app.compatibility` (or, without it, the first Atlassian app the manifest has modules for).
   * For a multiple-app app, an optional Atlassian app is CONNECTED to the existing installation
   * (it must be installed into the required one first).
   */
  product?: AtlassianProduct;
  /**
   * false: install without sending `avi:forge:installed:app` — an installation made by an earlier
   * version of the app that had no install trigger (tests where the admin provisions by hand).
   */
  runInstallTrigger?: boolean;
}

export interface InvokeFunctionOptions {
  /** Run as this user (asUser works); default: no user, like a trigger. */
  accountId?: string;
  /** moduleKey in the runtime's appContext; default the function key. */
  moduleKey?: string;
  /** Second handler argument's extra fields. */
  context?: Record<string, unknown>;
  /** What invokes it, which sets its time limit (default `standard`, 25 s). */
  kind?: InvocationKind;
}

export interface ForgeHost extends SiteExtension {
  readonly manifest: AppManifest;
  readonly identity: AppIdentity;
  /** Results of every trigger delivery so far (for tests and the shell). */
  readonly deliveries: DeliveryLog[];
  /**
   * Failures of workflow rules: validators that threw, and expressions that failed (each with the
   * `avi:jira:failed:expression` payload Jira sends to the app about it).
   */
  readonly ruleFailures: RuleFailure[];
  /** Requests the app sent that did not match the specs (when requests are checked). */
  readonly requestViolations: RequestViolation[];
  /** The most recent invocations of the app's functions: time (real + charged latency), calls, outcome. */
  readonly invocations: readonly InvocationRecord[];
  /** Connects the host to a site: event delivery, workflow rule runner, macro exporter. Called by `raw()`, the first of its site hooks. */
  attach(ctx: SiteContext): void;
  /**
   * `forge install`: installs the app into an Atlassian app of the site, running its
   * `avi:forge:installed:app` triggers once per installation; or connects an optional Atlassian app
   * of a multiple-app app (no install event). `ran` is false when it was done before.
   */
  install(installerAccountId?: string, options?: InstallOptions): Promise<{ ran: boolean }>;
  /** The Forge storage of the installation that reaches `product` (what `forge storage` shows). */
  storage(product?: AtlassianProduct): KvsStore;
  runScheduledTrigger(moduleKey: string): Promise<{ statusCode: number; result: unknown }>;
  /** Calls a function module directly (tests, tools): `handler(payload, {principal, installContext, ...context})`. */
  invokeFunction(
    functionKey: string,
    payload: unknown,
    options?: InvokeFunctionOptions,
  ): Promise<unknown>;
  /**
   * Runs `handler` as one invocation of function `functionKey` (its limit, latency and platform
   * seams) — for tests that time app code the manifest does not run on its own.
   */
  invokeHandler(
    functionKey: string,
    handler: ForgeHandler,
    args: unknown[],
    options?: InvokeFunctionOptions,
  ): Promise<unknown>;
  webtriggerUrl(moduleKey: string): string;
  /** Extension ARI of a module, for workflow rules' `parameters.key`. */
  extensionKey(moduleKey: string): string;
  setFaults(faults: FaultOptions): void;
  /** What the fault mode's rates injected so far (failed product calls, events delivered twice). */
  readonly faultsInjected: Readonly<FaultCounts>;
  setLatency(latency: LatencyOptions): void;
  /**
   * Holds product events back until `releaseEvents()` (they can arrive minutes late on Forge).
   * For a delay in time instead, see the `eventDelayMs` fault.
   */
  holdEvents(): void;
  /** Delivers the held product events, in order, and stops holding them. */
  releaseEvents(): void;
  /** Resolves when all pending event deliveries and post functions have finished. */
  waitForIdle(): Promise<void>;
  /** Stops timers and event delivery. */
  close(): void;
}

const INSTALLED_EVENT = 'avi:forge:installed:app';

/**
 * Where a direct invocation (a test tool, not a platform path) runs: the installation of its
 * module, or — before the app is installed — the one `install()` would create, so tests can call
 * the app's functions on a site where its install trigger has not run.
 */
function toolInstallation(
  rt: AppRuntime,
  functionKey: string,
  opts: InvokeFunctionOptions,
): Installation {
  try {
    return rt.installationOf(opts.moduleKey ?? functionKey);
  } catch (err) {
    if (!(err instanceof NotInstalledError)) throw err;
    return rt.installations.prepareInstall().installation;
  }
}

const invokeOptions = (functionKey: string, opts: InvokeFunctionOptions): InvokeOptions => ({
  moduleKey: opts.moduleKey ?? functionKey,
  principalAccountId: opts.accountId,
  ...(opts.kind ? { kind: opts.kind } : {}),
});

function envMs(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a number of milliseconds`);
  return value;
}

/**
 * The Forge platform for one app on the local site. Pass it to `startSite(options, [host])`;
 * it reads the manifest, loads the app's handlers and serves web triggers, Custom UI frames,
 * the bridge and the admin route `POST /forge/scheduled/{moduleKey}/run`.
 */
export function createForgeHost(options: ForgeHostOptions): ForgeHost {
  const manifest = loadManifest(options.appRoot, options.manifestPath);
  const identity = createAppIdentity(manifest.appId);
  const faults = new FaultState(options.faults);
  const latency = new ProductLatency(options.latency ?? latencyFromEnv());
  const pending = new PendingWork();
  let runtime: AppRuntime | undefined;
  let delivery: EventDelivery | undefined;
  let rules: ForgeWorkflowRules | undefined;
  let scheduled: ScheduledTriggers | undefined;
  let unsubscribe: (() => void) | undefined;
  const deliveries: DeliveryLog[] = [];
  const ruleFailures: RuleFailure[] = [];
  const requestViolations: RequestViolation[] = [];

  const attached = (): {
    runtime: AppRuntime;
    delivery: EventDelivery;
    scheduled: ScheduledTriggers;
  } => {
    if (!runtime || !delivery || !scheduled)
      throw new Error('The Forge host is not attached to a site yet');
    return { runtime, delivery, scheduled };
  };

  const host: ForgeHost = {
    manifest,
    identity,
    deliveries,
    ruleFailures,
    requestViolations,
    get invocations() {
      return runtime?.invocations ?? [];
    },

    attach(ctx) {
      if (runtime) return;
      runtime = new AppRuntime(manifest, identity, ctx, faults, latency, options.specDir);
      if (options.checkAppRequests ?? ctx.testMode)
        runtime.requestContract = new RequestContract(requestViolations);
      runtime.asyncEvents = new AsyncEventQueue(runtime, pending, deliveries);
      const readable = options.kvsExpiredReadableMs ?? envMs('AIMS_KVS_EXPIRED_READABLE_MS');
      if (readable !== undefined) runtime.kvsRetention.expiredReadableMs = readable;
      const events = new EventDelivery(runtime, pending, deliveries);
      delivery = events;
      rules = new ForgeWorkflowRules(
        runtime,
        new AppRestClient(() => ctx),
        pending,
        ruleFailures,
        (payload) =>
          events.deliver({ eventType: FAILED_EXPRESSION_EVENT, payload: { ...payload } }),
      );
      scheduled = new ScheduledTriggers(runtime, deliveries);
      unsubscribe = delivery.attach((listener) => ctx.events.subscribe(listener));
      ctx.workflowRules.runner = rules;
      ctx.extensionExport.exporter = new ForgeExtensionExporter(runtime);
      if (options.timers) scheduled.start();
    },

    raw(app: express.Express, ctx: SiteContext) {
      host.attach(ctx);
      const handler = webtriggerHandler(attached().runtime);
      app.all('/x1/:id', handler);
      app.all('/x1/:id/{*userPath}', handler);
    },

    authenticated(app: express.Express, ctx: SiteContext) {
      const { runtime: rt, scheduled: sched } = attached();
      mountCustomUi(app, ctx, rt);
      mountDynamicProperties(app, ctx, rt);
      const auth = authenticate(ctx.users, ctx.sessions);
      app.post('/forge/scheduled/:moduleKey/run', auth, async (req: Request, res: Response) => {
        if (!ctx.users.isSiteAdmin(principalOf(res))) {
          res.status(403).json({
            errorMessages: ['Only site administrators can run scheduled triggers.'],
            errors: {},
          });
          return;
        }
        const moduleKey = String(req.params.moduleKey);
        if (!manifest.scheduledTriggers.some((t) => t.key === moduleKey)) {
          res
            .status(404)
            .json({ errorMessages: [`No scheduled trigger '${moduleKey}'.`], errors: {} });
          return;
        }
        try {
          const { statusCode } = await sched.run(moduleKey);
          res.json({ moduleKey, statusCode });
        } catch (err) {
          res.status(500).json({
            errorMessages: [err instanceof Error ? err.message : String(err)],
            errors: {},
          });
        }
      });
      app.get('/forge/modules', auth, (_req: Request, res: Response) => {
        res.json({
          appId: identity.appId,
          environmentId: identity.environmentId,
          modules: [...manifest.uiModules.values()].map((m) => ({
            key: m.key,
            type: m.type,
            title: typeof m.title === 'string' ? m.title : m.key,
            hasResource: !!m.resource,
            extensionKey: extensionAri(identity, m.key),
          })),
          scheduledTriggers: manifest.scheduledTriggers.map((t) => ({
            key: t.key,
            interval: t.interval,
          })),
          webtriggers: manifest.webtriggers.map((w) => ({
            key: w.key,
            url: rt.webtriggerUrls.url(ctx.baseUrl, w.key),
          })),
        });
      });
    },

    async install(installerAccountId, installOptions = {}) {
      const { runtime: rt, delivery: d } = attached();
      const plan = rt.installations.prepareInstall(installOptions.product);
      if (plan.already) return { ran: false };
      if (plan.connect) {
        // Connecting an optional Atlassian app sends no life cycle event (events-reference/life-cycle).
        plan.commit();
        return { ran: true };
      }
      // Installed first, then told so: events the install trigger causes reach the new installation.
      plan.commit();
      if (installOptions.runInstallTrigger === false) return { ran: true };
      const before = deliveries.length;
      d.deliver(
        {
          eventType: INSTALLED_EVENT,
          payload: {
            id: plan.installation.id,
            ...(installerAccountId ? { installerAccountId } : {}),
            app: { id: identity.appId, version: identity.appVersion },
            environment: { id: identity.environmentId },
          },
        },
        undefined,
        plan.installation,
      );
      await pending.idle();
      const failed = deliveries
        .slice(before)
        .filter((x) => x.eventType === INSTALLED_EVENT && !x.ok);
      if (failed.length > 0) {
        // Still installed (Forge does not undo an install whose trigger failed); reported here.
        throw new Error(
          `The app's install trigger failed: ${failed.map((f) => `${f.moduleKey}: ${f.error ?? ''}`).join('; ')}`,
        );
      }
      return { ran: true };
    },

    storage(product) {
      const rt = attached().runtime;
      const installation = product
        ? rt.installations.installationFor(product)
        : rt.installations.primary();
      if (!installation)
        throw rt.installations.unavailable(product ?? rt.installations.defaultProduct);
      return rt.kvs(installation);
    },

    runScheduledTrigger(moduleKey) {
      return attached().scheduled.run(moduleKey);
    },

    invokeFunction(functionKey, payload, opts = {}) {
      const rt = attached().runtime;
      return rt.invoke(
        functionKey,
        [
          payload,
          {
            principal: opts.accountId ? { accountId: opts.accountId } : undefined,
            installContext: rt.installContext,
            ...opts.context,
          },
        ],
        {
          ...invokeOptions(functionKey, opts),
          installation: toolInstallation(rt, functionKey, opts),
        },
      );
    },

    invokeHandler(functionKey, handler, args, opts = {}) {
      const rt = attached().runtime;
      return rt.invoke(functionKey, args, {
        ...invokeOptions(functionKey, opts),
        installation: toolInstallation(rt, functionKey, opts),
        handler,
      });
    },

    webtriggerUrl(moduleKey) {
      const rt = attached().runtime;
      const url = rt.webtriggerUrls.url(rt.site.baseUrl, moduleKey);
      if (!url) throw new Error(`No webtrigger module '${moduleKey}'`);
      return url;
    },

    extensionKey(moduleKey) {
      return extensionAri(identity, moduleKey);
    },

    setFaults(next) {
      faults.set(next);
    },

    get faultsInjected() {
      return { ...faults.injected };
    },

    setLatency(next) {
      latency.set(next);
    },

    holdEvents() {
      attached().delivery.hold();
    },

    releaseEvents() {
      attached().delivery.release();
    },

    waitForIdle() {
      return pending.idle();
    },

    close() {
      scheduled?.stop();
      unsubscribe?.();
    },
  };
  return host;
}
