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
 * function as the exporting user, with `{exportType, context}` as Forge passes it. Macros of other
 * apps, or without adfExport, export as nothing.
 */
export class ForgeExtensionExporter implements ExtensionExporter {
  constructor(private readonly runtime: AppRuntime) {}

  async render(request: ExtensionExportRequest): Promise<Record<string, unknown>[]> {
    const macro = macroNodeRef(this.runtime.identity, request.node);
    const mod = macro ? this.runtime.manifest.uiModules.get(macro.moduleKey) : undefined;
    const functionKey = mod?.adfExport?.function;
    if (!macro || !mod || !functionKey) return [];
    const { config, localId } = macro;
    const payload = {
      exportType: EXPORT_TYPES[request.exportType] ?? 'other',
      context: {
        accountId: request.accountId,
        cloudId: this.runtime.identity.cloudId,
        siteUrl: this.runtime.site.baseUrl,
        moduleKey: mod.key,
        localId,
        extension: {
          type: 'macro',
          content: { id: request.pageId, type: 'page' },
          space: { id: request.spaceId },
          config,
          isEditing: false,
          macro: { isConfiguring: false, isInserting: false },
        },
      },
    };
    const result = await this.runtime.invoke(
      functionKey,
      [
        payload,
        {
          principal: { accountId: request.accountId },
          installContext: this.runtime.installContext,
        },
      ],
      { moduleKey: mod.key, principalAccountId: request.accountId },
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
