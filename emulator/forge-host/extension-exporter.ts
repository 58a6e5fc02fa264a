import { z } from 'zod';
import type { ExtensionExporter, ExtensionExportRequest } from '../core/extension-export';
import type { AppRuntime } from './app-runtime';
import { macroNodeRef } from './macro-node';

const adfNode = z.looseObject({ type: z.string() });
const adfResult = z.union([
  z.looseObject({ type: z.literal('doc'), content: z.array(adfNode) }),
  z.array(adfNode),
  adfNode,
]);

const EXPORT_TYPES: Record<string, string> = { pdf: 'pdf', word: 'word' };

/**
 * Renders this app's macros for Confluence's export view by calling the macro's `adfExport`
 * function with exactly the documented payload — `exportType` ('pdf' | 'word' | 'other') and the
 * macro's extension context (manifest-reference/modules/macro: adfExport; the export tutorial reads
 * `payload.context.extension.content.id`) — and no user: Forge documents no principal for an
 * export (a PDF/Word export, the page history or the REST API may ask for it), so `asUser()` fails
 * there as in any invocation without one. Macros of other apps, without adfExport, or of an app not
 * installed in (or not connected to) Confluence export as nothing.
 */
export class ForgeExtensionExporter implements ExtensionExporter {
  constructor(private readonly runtime: AppRuntime) {}

  async render(request: ExtensionExportRequest): Promise<Record<string, unknown>[]> {
    const macro = macroNodeRef(this.runtime.identity, request.node);
    const mod = macro ? this.runtime.manifest.uiModules.get(macro.moduleKey) : undefined;
    const functionKey = mod?.adfExport?.function;
    if (!macro || !mod || !functionKey) return [];
    if (!this.runtime.installations.installationFor('confluence')) return [];
    const { config } = macro;
    const payload = {
      exportType: EXPORT_TYPES[request.exportType] ?? 'other',
      context: {
        extension: {
          type: 'macro',
          content: { id: request.pageId, type: 'page', subtype: null },
          space: { id: request.spaceId },
          isEditing: false,
          references: [],
          config,
        },
      },
    };
    const result = await this.runtime.invoke(
      functionKey,
      [payload, { principal: undefined, installContext: this.runtime.installContext }],
      { moduleKey: mod.key },
    );
    const parsed = adfResult.safeParse(result);
    if (!parsed.success) {
      throw new Error(
        `adfExport function '${functionKey}' of macro ${mod.key} did not return ADF: ${z.prettifyError(parsed.error)}`,
      );
    }
    const data = parsed.data;
    if (Array.isArray(data)) return data;
    if (data.type === 'doc' && Array.isArray(data.content))
      return data.content as Record<string, unknown>[];
    return [data];
  }
}
