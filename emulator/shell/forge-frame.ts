import type { SafeHtml } from './html';
import { html } from './html';

export interface FrameSpec {
  moduleKey: string;
  title: string;
  /** The Forge extension context the frame's getContext() returns under `extension`. */
  extension: Record<string, unknown>;
  /** Show the module title above the frame (issue panels do; macros don't). */
  showTitle?: boolean;
  /** Extra controls next to the title (e.g. a macro's Configure button). */
  actions?: SafeHtml;
}

/**
 * Placeholder for a Custom UI iframe. The browser script asks the Forge host for the frame
 * (POST /forge/frames) and inserts the iframe; without script a notice explains why it is empty.
 */
export function forgeFrame(spec: FrameSpec): SafeHtml {
  return html`<section
    class="forge-frame"
    aria-label="${spec.title}"
    data-module-key="${spec.moduleKey}"
    data-title="${spec.title}"
    data-extension="${JSON.stringify(spec.extension)}"
  >
    ${
      spec.showTitle || spec.actions
        ? html`<div class="forge-frame-head">
            ${spec.showTitle ? html`<h3 class="forge-frame-title">${spec.title}</h3>` : html`<span></span>`}
            ${spec.actions ?? ''}
          </div>`
        : ''
    }
    <noscript><p class="muted">This app needs JavaScript.</p></noscript>
  </section>`;
}
