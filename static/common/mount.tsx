import '@atlaskit/css-reset';
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { followHostTheme } from './theme';
import { ErrorMessage } from './ErrorMessage';
import { setViewerFormat } from './format-time';
import { I18nProvider } from './i18n/I18nProvider';
import type { AppLocales } from './i18n/bundled-translations';
import { loadTranslator } from './i18n/load-translator';

/** The Forge context as the frame receives it (only what the common code reads). */
export interface FrameContext {
  theme?: unknown;
  [key: string]: unknown;
}

/** The context's locale when it is one `Intl` knows, else Forge's default (en-US). */
function localeOf(context: FrameContext): string {
  try {
    return typeof context.locale === 'string'
      ? (Intl.getCanonicalLocales(context.locale)[0] ?? 'en-US')
      : 'en-US';
  } catch {
    return 'en-US';
  }
}

/**
 * Boots a Custom UI app: reads the Forge context, loads Atlaskit tokens in the host's theme
 * (light/dark) and the translations of the viewer's locale (`useI18n()` below: the app's own words
 * from `locales`, its bundled `src/locales/<locale>.json`, then the manifest's), then renders
 * `render(context)` into #root. A failure to reach the bridge is
 * shown as an error message instead of a blank frame.
 */
export async function mountApp(
  render: (context: FrameContext) => ReactNode,
  locales?: AppLocales,
  containerId = 'root',
): Promise<void> {
  const container = document.getElementById(containerId);
  if (!container) throw new Error(`No #${containerId} element in index.html`);
  const root = createRoot(container);
  try {
    const context = (await view.getContext()) as unknown as FrameContext;
    const timeZone = typeof context.timezone === 'string' ? context.timezone : undefined;
    const locale = localeOf(context);
    // One locale and time zone for every date shown, by useI18n() or format-time directly.
    setViewerFormat({ locale, timezone: timeZone });
    // Screen readers read the frame in the viewer's language (WCAG 3.1.1).
    document.documentElement.lang = locale;
    const [translator] = await Promise.all([
      loadTranslator(locale, timeZone, locales),
      followHostTheme(context.theme),
    ]);
    root.render(
      <StrictMode>
        <I18nProvider translator={translator}>{render(context)}</I18nProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(<ErrorMessage title="This app could not start" error={error} />);
  }
}
