import crypto from 'node:crypto';

/** Identity of the one installation of the app on this local site (stable across restarts). */
export interface AppIdentity {
  appId: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT';
  installationId: string;
  cloudId: string;
  appVersion: string;
}

/** A UUID-shaped id derived from a seed, so the same app gets the same ids on every start. */
export function stableUuid(seed: string): string {
  const h = crypto.createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function createAppIdentity(appIdFromManifest: string | undefined): AppIdentity {
  const appId = appIdFromManifest ?? stableUuid('aims-local-app');
  return {
    appId,
    environmentId: stableUuid(`${appId}:environment:development`),
    environmentType: 'DEVELOPMENT',
    installationId: stableUuid(`${appId}:installation:local-site`),
    cloudId: stableUuid('aims-local-site:cloud'),
    appVersion: '1.0.0',
  };
}

/** `ari:cloud:ecosystem::extension/{appId}/{environmentId}/static/{moduleKey}` */
export function extensionAri(id: AppIdentity, moduleKey: string): string {
  return `ari:cloud:ecosystem::extension/${id.appId}/${id.environmentId}/static/${moduleKey}`;
}

/** The module key named by an extension ARI of this app, or undefined if it names another app. */
export function moduleKeyOfExtensionAri(id: AppIdentity, ari: string): string | undefined {
  const prefix = `ari:cloud:ecosystem::extension/${id.appId}/${id.environmentId}/static/`;
  return ari.startsWith(prefix) ? ari.slice(prefix.length) : undefined;
}

export function installContextAri(
  id: AppIdentity,
  product: 'jira' | 'confluence' = 'jira',
): string {
  return `ari:cloud:${product}::site/${id.cloudId}`;
}
