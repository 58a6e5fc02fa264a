import { showFlag } from './flags';
import { frameById, frameByWindow } from './frame-registry';
import { refreshIssueView } from './issue-refresh';

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

interface Navigation {
  path: string;
  newTab: boolean;
}

function stringField(o: Record<string, unknown>, name: string): string | undefined {
  const v = o[name];
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** The shell page for a @forge/bridge NavigationLocation target. */
function pathOfTarget(o: Record<string, unknown>): string | undefined {
  const enc = (v: string | undefined): string | undefined =>
    v ? encodeURIComponent(v) : undefined;
  switch (o.target) {
    case 'issue':
      return enc(stringField(o, 'issueKey')) && `/jira/browse/${enc(stringField(o, 'issueKey'))}`;
    case 'contentView':
      return enc(stringField(o, 'contentId')) && `/wiki/pages/${enc(stringField(o, 'contentId'))}`;
    case 'spaceView':
      return enc(stringField(o, 'spaceKey')) && `/wiki/spaces/${enc(stringField(o, 'spaceKey'))}`;
    case 'module':
      return (
        enc(stringField(o, 'moduleKey')) && `/jira/admin/apps/${enc(stringField(o, 'moduleKey'))}`
      );
    default:
      return undefined;
  }
}

/**
 * router.navigate / router.open: a URL (same-site in this tab; other http(s) sites only in a
 * new tab) or a navigation target (issue, content, space, module).
 */
function navigationOf(payload: unknown): Navigation | undefined {
  const o: Record<string, unknown> =
    typeof payload === 'string'
      ? { url: payload }
      : typeof payload === 'object' && payload !== null
        ? (payload as Record<string, unknown>)
        : {};
  const newTab = o.type === 'new-tab';
  const url = stringField(o, 'url');
  if (url) {
    try {
      const parsed = new URL(url, window.location.origin);
      if (parsed.origin === window.location.origin)
        return { path: parsed.pathname + parsed.search + parsed.hash, newTab };
      if ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && newTab)
        return { path: parsed.href, newTab };
    } catch {
      return undefined;
    }
    return undefined;
  }
  const path = pathOfTarget(o);
  return path ? { path, newTab } : undefined;
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
        // On Jira's issue view the page's data is fetched again in place; elsewhere, reloaded.
        void refreshIssueView().then((done) => {
          if (!done) window.location.reload();
        });
        break;
      case 'reload':
        window.location.reload();
        break;
      case 'navigate': {
        const to = navigationOf(message.payload);
        if (to?.newTab) window.open(to.path, '_blank', 'noopener');
        else if (to) window.location.assign(to.path);
        break;
      }
      case 'showFlag': {
        const flag = (message.payload ?? {}) as {
          title?: unknown;
          description?: unknown;
          type?: unknown;
        };
        const text = [flag.title, flag.description]
          .filter((t): t is string => typeof t === 'string')
          .join(': ');
        if (text) showFlag(text, flag.type === 'error' ? 'error' : 'success');
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
