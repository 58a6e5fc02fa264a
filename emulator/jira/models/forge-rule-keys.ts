/** The rule keys under which Forge apps' workflow rules are attached to transitions. */
export const FORGE_RULE_KEYS = {
  validator: 'forge:expression-validator',
  condition: 'forge:expression-condition',
  postFunction: 'forge:workflow-post-function',
} as const;

const FORGE_KEYS: ReadonlySet<string> = new Set(Object.values(FORGE_RULE_KEYS));

/** `ari:cloud:ecosystem::extension/{appId}/{environmentId}/static/{moduleKey}` */
const EXTENSION_ARI = /^ari:cloud:ecosystem::extension\/([^/]+)\/([^/]+)\/static\/([^/]+)$/;

export const isForgeRuleKey = (ruleKey: string): boolean => FORGE_KEYS.has(ruleKey);

/** The parts of a Forge rule's `parameters.key`, or undefined when it is not an extension ARI. */
export function parseExtensionKey(
  key: string,
): { appId: string; environmentId: string; moduleKey: string } | undefined {
  const m = EXTENSION_ARI.exec(key);
  return m ? { appId: m[1] ?? '', environmentId: m[2] ?? '', moduleKey: m[3] ?? '' } : undefined;
}
