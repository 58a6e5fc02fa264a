/**
 * One of the app's macros as a Confluence page holds it in ADF: an `extension` node of type
 * com.atlassian.ecosystem, keyed `{appId}/{environmentId}/static/{moduleKey}`, whose saved
 * configuration is `guestParams` (what the macro's config form would save). The demo seed writes
 * its pages with it too (docs/decisions/0005).
 */
export interface MacroIdentity {
  appId: string;
  environmentId: string;
  moduleKey: string;
  /** The macro's title in the manifest (what the editor shows on the node). */
  title: string;
}

export interface ForgeMacroNode {
  type: 'extension';
  attrs: {
    extensionType: 'com.atlassian.ecosystem';
    extensionKey: string;
    localId: string;
    parameters: Record<string, unknown>;
  };
}

export function forgeMacroNode(
  macro: MacroIdentity,
  localId: string,
  /** Its saved configuration (none: the macro is not configured yet). */
  guestParams?: Record<string, unknown>,
): ForgeMacroNode {
  const extensionKey = `${macro.appId}/${macro.environmentId}/static/${macro.moduleKey}`;
  return {
    type: 'extension',
    attrs: {
      extensionType: 'com.atlassian.ecosystem',
      extensionKey,
      localId,
      parameters: {
        localId,
        extensionId: `ari:cloud:ecosystem::extension/${extensionKey}`,
        extensionTitle: macro.title,
        ...(guestParams ? { guestParams } : {}),
      },
    },
  };
}
