import type { ForgeHost } from '../forge-host';

/**
 * A Forge macro as Confluence stores it in a page: an ADF `extension` node of type
 * com.atlassian.ecosystem, whose saved configuration is `guestParams`.
 */
export function forgeMacroNode(
  host: ForgeHost,
  macro: { moduleKey: string; title: string; localId: string },
  config: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const extensionId = host.extensionKey(macro.moduleKey);
  return {
    type: 'extension',
    attrs: {
      extensionType: 'com.atlassian.ecosystem',
      extensionKey: extensionId.replace('ari:cloud:ecosystem::extension/', ''),
      localId: macro.localId,
      parameters: {
        localId: macro.localId,
        extensionId,
        extensionTitle: macro.title,
        ...(config ? { guestParams: config } : {}),
      },
    },
  };
}
