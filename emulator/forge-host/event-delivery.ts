import type { ProductEvent } from '../core/events';
import { APP_USER_ACCOUNT_ID } from '../core/users';
import type { AppRuntime } from './app-runtime';
import type { Installation } from './installations';
import { productOfEvent } from './installations';
import type { TriggerModule } from './manifest';
import type { PendingWork } from './pending-work';
import { evaluateExpression } from './jira-expressions/evaluate';

const MAX_RETRIES = 4;
const MAX_RETRY_AFTER_SECONDS = 900;

export interface RetryOptions {
  retryAfter?: number;
  retryReason?: string;
  retryData?: unknown;
}

/** The retry options of an `InvocationError` (@forge/events) a function returned, if it returned one. */
export function retryRequest(result: unknown): RetryOptions | undefined {
  if (!result || typeof result !== 'object') return undefined;
  const r = result as { retryOptions?: RetryOptions; _retry?: boolean };
  if (r.retryOptions && typeof r.retryOptions === 'object') return r.retryOptions;
  if (r._retry === true || result.constructor?.name === 'InvocationError') return {};
  return undefined;
}

export interface DeliveryLog {
  moduleKey: string;
  eventType: string;
  ok: boolean;
  error?: string;
}

/**
 * Delivers product events to the app's `trigger` modules as Forge does: asynchronously (never
 * inside the REST request that caused them), at least once (a fault mode delivers twice), with
 * `eventType`, `selfGenerated` and `context {cloudId, moduleKey}` added to the payload, and the
 * handler called as `handler(event, { principal, installContext })` without a user principal.
 */
export class EventDelivery {
  constructor(
    private readonly runtime: AppRuntime,
    private readonly pending: PendingWork,
    readonly log: DeliveryLog[] = [],
  ) {}

  /**
   * Product events held back (while `hold()` is in force), in the order they happened, each with
   * the fault generation it was caused in.
   */
  private held: { event: ProductEvent; causedIn: number }[] | undefined;

  /** Subscribes to the site's events; returns the unsubscribe function. */
  attach(subscribe: (listener: (event: ProductEvent) => void) => () => void): () => void {
    return subscribe((event) => {
      if (this.held) this.held.push({ event, causedIn: this.runtime.faults.generation });
      else this.deliver(event);
    });
  }

  /**
   * Holds every product event until `release()`: Forge delivers events asynchronously and they
   * can arrive minutes late, so a test can look at what people see before the app has reacted.
   * Held events are not pending work (`waitForIdle` does not wait for them).
   */
  hold(): void {
    this.held ??= [];
  }

  /** Delivers the held events in order and stops holding. */
  release(): void {
    const events = this.held ?? [];
    this.held = undefined;
    for (const { event, causedIn } of events) this.deliver(event, causedIn);
  }

  /**
   * Delivers an event to the triggers that list it (`causedIn`: its fault generation, default now),
   * in `installation` (the install event) or in the installation that reaches the event's Atlassian
   * app: an app not installed in (or not connected to) that app receives nothing.
   */
  deliver(
    event: ProductEvent,
    causedIn = this.runtime.faults.generation,
    installation?: Installation,
  ): void {
    const product = productOfEvent(event.eventType);
    const target =
      installation ??
      (product
        ? this.runtime.installations.installationFor(product)
        : this.runtime.installations.primary());
    if (!target) return;
    for (const trigger of this.runtime.manifest.triggers) {
      if (!trigger.events.includes(event.eventType)) continue;
      const copies = this.runtime.faults.deliverTwice() ? 2 : 1;
      const delay = this.runtime.faults.eventDelayMs;
      this.pending.track(
        (async () => {
          for (let i = 0; i < copies; i += 1) {
            await new Promise((resolve) => setTimeout(resolve, delay));
            await this.deliverTo(trigger, event, causedIn, target);
          }
        })(),
      );
    }
  }

  private async deliverTo(
    trigger: TriggerModule,
    event: ProductEvent,
    causedIn: number,
    installation: Installation,
  ): Promise<void> {
    const selfGenerated = event.payload.atlassianId === APP_USER_ACCOUNT_ID;
    const payload: Record<string, unknown> = {
      ...structuredClone(event.payload),
      eventType: event.eventType,
      selfGenerated,
      context: { cloudId: this.runtime.identity.cloudId, moduleKey: trigger.key },
    };
    if (trigger.filter?.ignoreSelf && selfGenerated) return;
    if (trigger.filter?.expression && !this.passesFilter(trigger, payload)) return;
    try {
      for (let retryCount = 0; ; retryCount += 1) {
        const result = await this.runtime.invoke(
          trigger.function,
          [payload, { principal: undefined, installContext: this.runtime.installContext }],
          // Triggers run under the standard 25 s limit (limits-invocation).
          { moduleKey: trigger.key, faultGeneration: causedIn, installation },
        );
        const retry = retryRequest(result);
        if (!retry || retryCount >= MAX_RETRIES) break;
        // An InvocationError (@forge/events) asks for a retry: Forge retries up to 4 times.
        const delaySeconds = Math.min(retry.retryAfter ?? 0, MAX_RETRY_AFTER_SECONDS);
        await new Promise((resolve) =>
          setTimeout(resolve, delaySeconds * 1000 * this.runtime.faults.retryTimeScale),
        );
        payload.retryContext = {
          retryCount: retryCount + 1,
          retryReason: retry.retryReason ?? 'FUNCTION_RETRY_REQUEST',
          retryData: retry.retryData,
        };
      }
      this.log.push({ moduleKey: trigger.key, eventType: event.eventType, ok: true });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log.push({
        moduleKey: trigger.key,
        eventType: event.eventType,
        ok: false,
        error: message,
      });
      console.error(`[forge-host] trigger ${trigger.key} failed on ${event.eventType}: ${message}`);
    }
  }

  private passesFilter(trigger: TriggerModule, payload: Record<string, unknown>): boolean {
    const onError = trigger.filter?.onError ?? 'IGNORE_AND_LOG';
    try {
      return evaluateExpression(trigger.filter?.expression ?? 'true', { event: payload }) === true;
    } catch (err) {
      if (onError.endsWith('_LOG')) {
        console.error(
          `[forge-host] filter expression of trigger ${trigger.key} failed: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      return onError.startsWith('RECEIVE');
    }
  }
}
