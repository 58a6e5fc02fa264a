import { z } from 'zod';
import type { ExtensionExporter, ExtensionExportRequest } from '../core/extension-export';
import { extensionAri } from './app-identity';
import type { AppRuntime } from './app-runtime';

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
    const attrs = (request.node.attrs ?? {}) as Record<string, unknown>;
    const parameters = (attrs.parameters ?? {}) as Record<string, unknown>;
    const moduleKey = this.moduleKeyOf(attrs, parameters);
    const mod = moduleKey ? this.runtime.manifest.uiModules.get(moduleKey) : undefined;
    const functionKey = mod?.adfExport?.function;
    if (!mod || !functionKey) return [];
    const config = (parameters.guestParams ?? parameters.config ?? {}) as Record<string, unknown>;
    const localId = String(parameters.localId ?? attrs.localId ?? '');
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

  private moduleKeyOf(
    attrs: Record<string, unknown>,
    parameters: Record<string, unknown>,
  ): string | undefined {
    const id = this.runtime.identity;
    const ariPrefix = extensionAri(id, '');
    const keyPrefix = `${id.appId}/${id.environmentId}/static/`;
    const extensionId = typeof parameters.extensionId === 'string' ? parameters.extensionId : '';
    if (extensionId.startsWith(ariPrefix)) return extensionId.slice(ariPrefix.length);
    const extensionKey = typeof attrs.extensionKey === 'string' ? attrs.extensionKey : '';
    if (extensionKey.startsWith(keyPrefix)) return extensionKey.slice(keyPrefix.length);
    return undefined;
  }
}
