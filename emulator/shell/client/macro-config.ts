import { createFrame } from './frames';
import { unregisterFrame } from './frame-registry';
import { showFlag } from './flags';

function configOf(payload: unknown): unknown {
  if (typeof payload === 'object' && payload !== null && 'config' in payload) {
    return (payload as { config: unknown }).config;
  }
  return payload;
}

async function saveConfig(
  pageId: string,
  localId: string,
  config: unknown,
): Promise<string | undefined> {
  const res = await fetch(`/wiki/pages/${encodeURIComponent(pageId)}/macro-config`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ localId, config }),
  });
  if (res.ok) return undefined;
  const body = (await res.json().catch(() => undefined)) as
    { errorMessages?: string[] } | undefined;
  return body?.errorMessages?.join(' ') ?? `Saving failed (HTTP ${res.status}).`;
}

/**
 * "Configure" buttons on macros in the editor open a modal dialog with the macro's Custom UI
 * config frame; view.submit({config}) from the frame saves the config into the page's ADF node.
 */
export function initConfigButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(
    'button[data-configure-macro]',
  )) {
    button.addEventListener('click', () => void openDialog(button));
  }
}

async function openDialog(button: HTMLButtonElement): Promise<void> {
  const dialog = document.createElement('dialog');
  dialog.className = 'config-dialog';
  dialog.setAttribute('aria-labelledby', 'config-dialog-title');
  const title = button.dataset.title ?? 'Macro';
  dialog.innerHTML = `<div class="config-dialog-head"><h2 id="config-dialog-title"></h2>
    <button type="button" class="button button-subtle" data-close>Close</button></div>
    <div class="config-dialog-body"><div class="forge-frame"></div></div>`;
  dialog.querySelector('h2')!.textContent = `Configure ${title}`;
  const container = dialog.querySelector<HTMLElement>('.forge-frame')!;
  container.dataset.moduleKey = button.dataset.moduleKey ?? '';
  container.dataset.location = JSON.stringify({
    pageId: button.dataset.pageId ?? '',
    localId: button.dataset.localId ?? '',
  });
  container.dataset.entryPoint = 'config';
  container.dataset.title = `Configure ${title}`;
  document.body.appendChild(dialog);
  const opened: { frameId?: string } = {};
  const close = (): void => {
    if (opened.frameId) unregisterFrame(opened.frameId);
    dialog.close();
    dialog.remove();
    button.focus();
  };
  dialog.querySelector('[data-close]')?.addEventListener('click', close);
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  dialog.showModal();
  const frame = await createFrame(container, {
    onClose: close,
    onSubmit: (payload) => {
      const pageId = button.dataset.pageId ?? '';
      const localId = button.dataset.localId ?? '';
      void saveConfig(pageId, localId, configOf(payload)).then((error) => {
        if (error) {
          showFlag(error, 'error');
          return;
        }
        close();
        const url = new URL(window.location.href);
        url.searchParams.set('flag', 'Macro configuration saved');
        window.location.assign(url.pathname + url.search);
      });
    },
  });
  opened.frameId = frame?.frameId;
}
