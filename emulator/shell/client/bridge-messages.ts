import { frameById, frameByWindow } from './frame-registry';

interface BridgeMessage {
  type: 'aims-bridge';
  frameId?: string;
  name: string;
  payload?: unknown;
}

function isBridgeMessage(data: unknown): data is BridgeMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as BridgeMessage).type === 'aims-bridge' &&
    typeof (data as BridgeMessage).name === 'string'
  );
}

/** Only same-site targets: a relative path, or an absolute URL on this origin. */
function navigationTarget(payload: unknown): string | undefined {
  const raw =
    typeof payload === 'string'
      ? payload
      : typeof payload === 'object' && payload !== null
        ? ((payload as { url?: unknown; target?: unknown }).url ??
          (payload as { target?: unknown }).target)
        : undefined;
  if (typeof raw !== 'string') return undefined;
  try {
    const url = new URL(raw, window.location.origin);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : undefined;
  } catch {
    return undefined;
  }
}

/** Reacts to what Custom UI apps ask of their host through the bridge. */
export function initBridgeMessages(): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== window.location.origin || !isBridgeMessage(event.data)) return;
    const message = event.data;
    const frame =
      (message.frameId ? frameById(message.frameId) : undefined) ?? frameByWindow(event.source);
    if (!frame) return;
    switch (message.name) {
      case 'submit':
        frame.onSubmit?.(message.payload);
        break;
      case 'close':
        frame.onClose?.();
        break;
      case 'refresh':
        window.location.reload();
        break;
      case 'navigate': {
        const target = navigationTarget(message.payload);
        if (target) window.location.assign(target);
        break;
      }
      case 'resize': {
        const height = (message.payload as { height?: unknown } | undefined)?.height;
        if (typeof height === 'number' && height > 0)
          frame.iframe.style.height = `${Math.min(height, 4000)}px`;
        break;
      }
      default:
        break;
    }
  });
}
