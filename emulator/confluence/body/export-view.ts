import { traverse } from '@atlaskit/adf-utils/traverse';
import type { ADFEntity } from '@atlaskit/adf-utils/types';
import type { ExtensionExporter } from '../../core/extension-export';
import type { PageBody } from '../models/page-types';
import type { AdfNode } from '../../adf/adf-node';
import { FORGE_EXTENSION_TYPE, isRecord } from '../../adf/adf-node';
import { adfToHtml } from '../../adf/adf-to-html';
import { bodyAsAdf } from './body-formats';
import { escapeHtml } from '../../core/escape-html';

export interface ExportRequest {
  body: PageBody;
  pageId: string;
  spaceId: string;
  /** The user asking for the export; macros render as this user. */
  accountId: string;
  exportType: 'export_view';
  exporter: ExtensionExporter | undefined;
  /** The name Confluence shows for a mentioned account (as it renders `@Name` for each reader). */
  mentionName?: (accountId: string) => string | undefined;
}

/** Mentions without a text get the account's name, as Confluence renders them. */
function nameMentions(nodes: AdfNode[], name: ExportRequest['mentionName']): AdfNode[] {
  if (!name) return nodes;
  const named = (node: AdfNode): AdfNode => {
    const id = node.attrs?.id;
    const withText =
      node.type === 'mention' && !node.attrs?.text && typeof id === 'string' && name(id)
        ? { ...node, attrs: { ...node.attrs, text: `@${name(id) ?? ''}` } }
        : node;
    return withText.content ? { ...withText, content: withText.content.map(named) } : withText;
  };
  return nodes.map(named);
}

const EXPORT_INDEX = '__aimsExportIndex';

function isForgeMacro(node: AdfNode): boolean {
  return node.attrs?.extensionType === FORGE_EXTENSION_TYPE;
}

/** ADF nodes from an exporter: a doc's content, or the nodes themselves. */
function exportedNodes(result: unknown): AdfNode[] {
  const list = Array.isArray(result) ? result : [result];
  return list.flatMap((item): AdfNode[] => {
    if (!isRecord(item) || typeof item.type !== 'string') return [];
    if (item.type === 'doc') return Array.isArray(item.content) ? (item.content as AdfNode[]) : [];
    return [item as unknown as AdfNode];
  });
}

/**
 * Renders a page body for export (`body-format=export_view`): HTML, with each Forge macro replaced
 * by the ADF its `adfExport` function returns (asked through the extension-export seam, as the
 * exporting user). Without an exporter, macros export as nothing — as an iframe does in a PDF.
 */
export async function renderExportView(request: ExportRequest): Promise<string> {
  const macros: AdfNode[] = [];
  // Number each Forge macro (traverse hands visitors copies, so identity cannot be used).
  const mark = (node: ADFEntity): ADFEntity | undefined => {
    if (!isForgeMacro(node as AdfNode)) return undefined;
    macros.push(node as AdfNode);
    return { ...node, attrs: { ...node.attrs, [EXPORT_INDEX]: macros.length - 1 } };
  };
  const numbered = traverse(bodyAsAdf(request.body) as unknown as ADFEntity, {
    extension: mark,
    bodiedExtension: mark,
    inlineExtension: mark,
  });
  const doc = (numbered || { type: 'doc', content: [] }) as AdfNode;
  const rendered = new Map<number, string>();
  for (const [index, macro] of macros.entries()) {
    if (!request.exporter) break;
    try {
      const result = await request.exporter.render({
        node: macro as unknown as Record<string, unknown>,
        pageId: request.pageId,
        spaceId: request.spaceId,
        accountId: request.accountId,
        exportType: request.exportType,
      });
      const nodes = nameMentions(exportedNodes(result), request.mentionName);
      const html = adfToHtml({ type: 'doc', content: nodes });
      rendered.set(index, `<div class="forge-macro-export">${html}</div>`);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      rendered.set(
        index,
        `<div class="forge-macro-export-error">${escapeHtml(`This macro could not be exported: ${message}`)}</div>`,
      );
    }
  }
  return adfToHtml(doc, {
    renderExtension: (node) => rendered.get(Number(node.attrs?.[EXPORT_INDEX])) ?? '',
  });
}

/** Renders a page body for viewing (`body-format=view`): Forge macros become placeholders the shell fills with iframes. */
export function renderView(body: PageBody): string {
  return adfToHtml(bodyAsAdf(body), {
    renderExtension: (node) => {
      if (!isForgeMacro(node)) return '';
      const key = String(node.attrs?.extensionKey ?? '');
      const localId = String(node.attrs?.localId ?? '');
      return `<div class="forge-macro" data-extension-key="${escapeHtml(key)}" data-local-id="${escapeHtml(localId)}"></div>`;
    },
  });
}
