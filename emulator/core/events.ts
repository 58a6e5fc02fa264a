import { EventEmitter } from 'node:events';

/**
 * A product event as Forge delivers it to a `trigger` module: `eventType` is the
 * Forge event name (e.g. `avi:jira:created:issue`) and `payload` its body, with
 * the shapes in the Forge events reference.
 */
export interface ProductEvent {
  eventType: string;
  payload: Record<string, unknown>;
}

/**
 * In-process bus: the Jira and Confluence models publish after every committed
 * change; the Forge host subscribes and delivers to the app's triggers.
 */
export class SiteEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(50);
  }

  publish(event: ProductEvent): void {
    this.emitter.emit('product-event', event);
  }

  subscribe(listener: (event: ProductEvent) => void): () => void {
    this.emitter.on('product-event', listener);
    return () => this.emitter.off('product-event', listener);
  }
}
