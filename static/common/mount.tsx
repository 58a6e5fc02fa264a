import '@atlaskit/css-reset';
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { followHostTheme } from './theme';
import { ErrorMessage } from './ErrorMessage';
import { setViewerFormat } from './format-time';

/** The Forge context as the frame receives it (only what the common code reads). */
export interface FrameContext {
  theme?: unknown;
  [key: string]: unknown;
}

/**
 * Boots a Custom UI app: reads the Forge context, loads Atlaskit tokens in the host's theme
 * (light/dark), then renders `render(context)` into #root. A failure to reach the bridge is
 * shown as an error message instead of a blank frame.
 */
export async function mountApp(
  render: (context: FrameContext) => ReactNode,
  containerId = 'root',
): Promise<void> {
  const container = document.getElementById(containerId);
  if (!container) throw new Error(`No #${containerId} element in index.html`);
  const root = createRoot(container);
  try {
    const context = (await view.getContext()) as unknown as FrameContext;
    await followHostTheme(context.theme);
    setViewerFormat({ locale: context.locale, timezone: context.timezone });
    root.render(<StrictMode>{render(context)}</StrictMode>);
  } catch (error) {
    root.render(<ErrorMessage title="This app could not start" error={error} />);
  }
}
