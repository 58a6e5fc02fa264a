import type { AdfNode } from '../adf/adf-node';
import { isAdfNode } from '../adf/adf-node';
import { adfToHtml as renderAdf } from '../adf/adf-to-html';
import type { SafeHtml } from './html';
import { html, trusted } from './html';

/** Renders an extension node (Forge macro) — supplied by the page that knows the context. */
export type ExtensionRenderer = (node: AdfNode) => SafeHtml;

/** ADF → HTML for the shell's pages (the emulator's one renderer, styled by shell.css). */
export function adfToHtml(doc: unknown, renderExtension?: ExtensionRenderer): SafeHtml {
  if (!isAdfNode(doc)) return html``;
  const markup = renderAdf(doc, {
    flavour: 'shell',
    ...(renderExtension ? { renderExtension: (node) => renderExtension(node).value } : {}),
  });
  return trusted(`<div class="adf">${markup}</div>`);
}
