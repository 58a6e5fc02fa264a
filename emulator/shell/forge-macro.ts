import type { AdfNode } from '../adf/adf-node';
import { FORGE_EXTENSION_TYPE, isRecord } from '../adf/adf-node';

export interface ForgeMacroRef {
  moduleKey: string;
  localId: string;
  config: Record<string, unknown> | undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

/**
 * Reads a Forge macro node: module key from `extensionKey` / `parameters.extensionId`
 * (`…/static/{moduleKey}`), localId, and the saved config (`parameters.guestParams`).
 */
export function forgeMacroOf(node: AdfNode): ForgeMacroRef | undefined {
  const attrs = node.attrs ?? {};
  if (attrs.extensionType !== FORGE_EXTENSION_TYPE) return undefined;
  const parameters = record(attrs.parameters) ?? {};
  const ids = [attrs.extensionKey, parameters.extensionId].filter(
    (v): v is string => typeof v === 'string',
  );
  const moduleKey = ids.map((id) => /\/static\/([^/]+)/.exec(id)?.[1]).find((k) => !!k);
  if (!moduleKey) return undefined;
  const localId =
    typeof attrs.localId === 'string'
      ? attrs.localId
      : typeof parameters.localId === 'string'
        ? parameters.localId
        : '';
  return {
    moduleKey,
    localId,
    config: record(parameters.guestParams) ?? record(parameters.config),
  };
}

/** Stores `config` as the macro's saved configuration (what Confluence does on view.submit). */
export function setMacroConfig(node: AdfNode, config: Record<string, unknown>): void {
  const attrs = (node.attrs ??= {});
  const parameters = record(attrs.parameters) ?? {};
  attrs.parameters = { ...parameters, guestParams: config };
}
