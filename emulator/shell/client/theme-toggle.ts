import { forEachFrame } from './frame-registry';

const COOKIE = 'aims_theme';

export function currentColorMode(): 'light' | 'dark' {
  return document.documentElement.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light';
}

/** The host themes its frames the way Forge does: by the frame's html[data-color-mode]. */
export function applyThemeToFrames(): void {
  const mode = currentColorMode();
  forEachFrame((iframe) => {
    try {
      iframe.contentDocument?.documentElement.setAttribute('data-color-mode', mode);
    } catch {
      // cross-origin frame: it follows its Forge context theme instead
    }
  });
}

/** The toggle works without script (form POST); with script it switches in place. */
export function initThemeToggle(): void {
  const button = document.getElementById('theme-toggle');
  const form = button?.closest('form');
  if (!button || !form) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = currentColorMode() === 'dark' ? 'light' : 'dark';
    document.documentElement.setAttribute('data-color-mode', next);
    document.cookie = `${COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    button.setAttribute('aria-pressed', next === 'dark' ? 'true' : 'false');
    const hidden = form.querySelector<HTMLInputElement>('input[name="theme"]');
    if (hidden) hidden.value = next === 'dark' ? 'light' : 'dark';
    applyThemeToFrames();
  });
}
