import type { RegisteredFrame } from './frame-registry';
import { registerFrame } from './frame-registry';
import { currentColorMode } from './theme-toggle';

interface FrameAnswer {
  frameId: string;
  url: string;
}

function isFrameAnswer(value: unknown): value is FrameAnswer {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FrameAnswer).frameId === 'string' &&
    typeof (value as FrameAnswer).url === 'string'
  );
}

function showStatus(container: HTMLElement, text: string, isError: boolean): void {
  let status = container.querySelector<HTMLElement>('.forge-frame-status');
  if (!status) {
    status = document.createElement('p');
    status.className = 'forge-frame-status';
    container.appendChild(status);
  }
  status.textContent = text;
  status.setAttribute('role', isError ? 'alert' : 'status');
  if (isError) status.classList.add('section-message', 'section-message-error');
}

function errorText(body: unknown, status: number): string {
  if (typeof body === 'object' && body !== null) {
    const messages = (body as { errorMessages?: unknown }).errorMessages;
    if (Array.isArray(messages) && typeof messages[0] === 'string') return messages[0];
    const message = (body as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return status === 404 ? 'The Forge host is not running on this site.' : `HTTP ${status}`;
}

/**
 * Themes the frame the way the Forge host does (html[data-color-mode] of the frame follows the
 * product's theme), re-asserting it if the app's own theme bootstrap set something else first.
 */
function keepHostTheme(root: HTMLElement): void {
  const assert = (): void => {
    const mode = currentColorMode();
    if (root.getAttribute('data-color-mode') !== mode) root.setAttribute('data-color-mode', mode);
  };
  assert();
  new MutationObserver(assert).observe(root, {
    attributes: true,
    attributeFilter: ['data-color-mode'],
  });
}

/** Keeps the iframe as tall as its (same-origin) document. */
function autoResize(iframe: HTMLIFrameElement): void {
  const measure = (): void => {
    try {
      const body = iframe.contentDocument?.body;
      if (!body) return;
      // The content's own extent (scrollHeight never drops below the iframe's current height).
      const view = iframe.contentWindow;
      const margin = view ? parseFloat(view.getComputedStyle(body).marginBottom) || 0 : 0;
      const bottom = [...body.children].reduce(
        (max, el) => Math.max(max, el.getBoundingClientRect().bottom),
        0,
      );
      const height = Math.ceil(bottom + margin);
      if (height > 0) iframe.style.height = `${Math.min(Math.max(height, 48), 4000)}px`;
    } catch {
      // cross-origin: rely on 'resize' messages
    }
  };
  iframe.addEventListener('load', () => {
    try {
      const doc = iframe.contentDocument;
      if (doc) keepHostTheme(doc.documentElement);
      if (doc?.body) {
        new ResizeObserver(measure).observe(doc.body);
        new MutationObserver(measure).observe(doc.body, {
          childList: true,
          subtree: true,
          attributes: true,
        });
      }
    } catch {
      // cross-origin
    }
    measure();
  });
}

/**
 * Creates the Custom UI iframe for a `.forge-frame` placeholder: asks the Forge host for a frame
 * (the module key and where it is shown, from data attributes; the host sets the extension
 * context) and points an iframe at its URL.
 */
export async function createFrame(
  container: HTMLElement,
  hooks: Pick<RegisteredFrame, 'onSubmit' | 'onClose'> = {},
): Promise<RegisteredFrame | undefined> {
  const moduleKey = container.dataset.moduleKey ?? '';
  const entryPoint = container.dataset.entryPoint;
  let location: unknown = {};
  try {
    location = JSON.parse(container.dataset.location ?? '{}');
  } catch {
    showStatus(container, 'This app module has an invalid location.', true);
    return undefined;
  }
  showStatus(container, 'Loading app…', false);
  let res: Response;
  try {
    res = await fetch('/forge/frames', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        moduleKey,
        ...(typeof location === 'object' ? location : {}),
        ...(entryPoint ? { entryPoint } : {}),
      }),
    });
  } catch {
    showStatus(container, 'The app could not be loaded: the site did not answer.', true);
    return undefined;
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok || !isFrameAnswer(body)) {
    showStatus(container, `The app could not be loaded: ${errorText(body, res.status)}`, true);
    return undefined;
  }
  const iframe = document.createElement('iframe');
  iframe.title = container.dataset.title ?? moduleKey;
  iframe.src = body.url;
  iframe.dataset.frameId = body.frameId;
  iframe.setAttribute('loading', 'eager');
  autoResize(iframe);
  container.querySelector('.forge-frame-status')?.remove();
  container.appendChild(iframe);
  const frame: RegisteredFrame = { frameId: body.frameId, iframe, container, ...hooks };
  registerFrame(frame);
  container.dataset.frameId = body.frameId;
  return frame;
}

/** Creates every frame placeholder under `root` that is not created on demand. */
export async function initFrames(root: ParentNode): Promise<void> {
  const placeholders = [
    ...root.querySelectorAll<HTMLElement>('.forge-frame[data-module-key]'),
  ].filter((el) => el.dataset.lazy !== 'true');
  await Promise.all(placeholders.map((el) => createFrame(el)));
}
