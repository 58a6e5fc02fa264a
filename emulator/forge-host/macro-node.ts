import { isRecord } from '../adf/adf-node';
import type { AppIdentity } from './app-identity';
import { extensionAri } from './app-identity';

/** One of this app's macros as Confluence stores it in a page's ADF. */
export interface MacroNodeRef {
  moduleKey: string;
  localId: string;
  /** The configuration saved in the node (`parameters.guestParams`), `{}` when none. */
  config: Record<string, unknown>;
}

/**
 * Reads an ADF extension node as a macro of this app: the module key from `parameters.extensionId`
 * (the extension ARI) or `extensionKey` (`{appId}/{envId}/static/{moduleKey}`), its localId and
 * saved configuration. Undefined for other apps' macros and other nodes.
 */
export function macroNodeRef(identity: AppIdentity, node: unknown): MacroNodeRef | undefined {
  if (!isRecord(node)) return undefined;
  const attrs = isRecord(node.attrs) ? node.attrs : {};
  const parameters = isRecord(attrs.parameters) ? attrs.parameters : {};
  const ariPrefix = extensionAri(identity, '');
  const keyPrefix = `${identity.appId}/${identity.environmentId}/static/`;
  const extensionId = typeof parameters.extensionId === 'string' ? parameters.extensionId : '';
  const extensionKey = typeof attrs.extensionKey === 'string' ? attrs.extensionKey : '';
  const moduleKey = extensionId.startsWith(ariPrefix)
    ? extensionId.slice(ariPrefix.length)
    : extensionKey.startsWith(keyPrefix)
      ? extensionKey.slice(keyPrefix.length)
      : undefined;
  if (!moduleKey) return undefined;
  const saved = parameters.guestParams ?? parameters.config;
  return {
    moduleKey,
    localId: String(parameters.localId ?? attrs.localId ?? ''),
    config: isRecord(saved) ? saved : {},
  };
}

/** Every macro of this app in an ADF document, depth first. */
export function macroNodesOf(identity: AppIdentity, doc: unknown): MacroNodeRef[] {
  const found: MacroNodeRef[] = [];
  const visit = (node: unknown): void => {
    if (!isRecord(node)) return;
    const ref = macroNodeRef(identity, node);
    if (ref) found.push(ref);
    if (Array.isArray(node.content)) node.content.forEach(visit);
  };
  visit(doc);
  return found;
}
