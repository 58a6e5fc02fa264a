/** Jira-style flags (bottom-left toasts), announced by the live region #flags. */
export function showFlag(message: string, appearance: 'success' | 'error' = 'success'): void {
  const flags = document.getElementById('flags');
  if (!flags) return;
  const flag = document.createElement('div');
  flag.className = `flag flag-${appearance}`;
  flag.textContent = message;
  flags.appendChild(flag);
  window.setTimeout(() => flag.remove(), 8000);
}

/**
 * Server-side redirects carry ?flag=… for a one-off confirmation (rendered by the server);
 * drop it from the address so a reload or bookmark does not repeat it.
 */
export function initFlashFlags(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('flag')) return;
  url.searchParams.delete('flag');
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
}
