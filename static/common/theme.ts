import { view } from '@forge/bridge';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

export type ColorMode = 'light' | 'dark' | 'auto';

const COLOR_MODES: readonly ColorMode[] = ['light', 'dark', 'auto'];

function asColorMode(value: unknown): ColorMode | undefined {
  return COLOR_MODES.find((mode) => mode === value);
}

/** Loads the Atlaskit token themes for a color mode ('auto' follows prefers-color-scheme). */
export async function applyColorMode(colorMode: ColorMode): Promise<void> {
  await setGlobalTheme({
    colorMode,
    light: 'light',
    dark: 'dark',
    spacing: 'spacing',
    typography: 'typography',
    shape: 'shape',
  });
}

/**
 * Follows the host product's theme: asks the host to theme the frame (`view.theme.enable()`),
 * starts from the Forge context's `theme.colorMode` (or the OS preference), and keeps following
 * whenever the host changes the `data-color-mode` attribute on the frame's <html>.
 */
export async function followHostTheme(contextTheme: unknown): Promise<void> {
  try {
    await view.theme.enable();
  } catch {
    // Hosts without theming support: fall back to the context / OS preference below.
  }
  const fromContext =
    typeof contextTheme === 'object' && contextTheme !== null && 'colorMode' in contextTheme
      ? asColorMode((contextTheme as { colorMode: unknown }).colorMode)
      : undefined;
  const fromHost = asColorMode(document.documentElement.getAttribute('data-color-mode'));
  let current: ColorMode = fromHost ?? fromContext ?? 'auto';
  await applyColorMode(current);
  new MutationObserver(() => {
    const next = asColorMode(document.documentElement.getAttribute('data-color-mode'));
    if (next && next !== current) {
      current = next;
      void applyColorMode(next);
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-color-mode'] });
}
