import type { SafeHtml } from './html';
import { html } from './html';

/**
 * Where the product shows a frame: the Forge host reads the place as the signed-in user and sets
 * the extension context from it (the browser never sends a context).
 */
export type FrameLocation = { issueKey: string } | { pageId: string; localId: string } | object;

export interface FrameSpec {
  moduleKey: string;
  title: string;
  location: FrameLocation;
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
    data-location="${JSON.stringify(spec.location)}"
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
