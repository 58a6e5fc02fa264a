import crypto from 'node:crypto';
import type { AppIdentity } from './app-identity';
import type { AppManifest, WebtriggerModule } from './manifest';

/** Web trigger URLs of this installation: `{baseUrl}/x1/{id}`, one stable id per module. */
export class WebtriggerUrls {
  private readonly byId = new Map<string, WebtriggerModule>();
  private readonly idByKey = new Map<string, string>();

  constructor(manifest: AppManifest, identity: AppIdentity) {
    for (const mod of manifest.webtriggers) {
      const id = crypto
        .createHash('sha256')
        .update(`${identity.installationId}:${mod.key}`)
        .digest('base64url')
        .slice(0, 25);
      this.byId.set(id, mod);
      this.idByKey.set(mod.key, id);
    }
  }

  moduleFor(id: string): WebtriggerModule | undefined {
    return this.byId.get(id);
  }

  url(baseUrl: string, moduleKey: string): string | undefined {
    const id = this.idByKey.get(moduleKey);
    return id ? `${baseUrl}/x1/${id}` : undefined;
  }

  all(baseUrl: string): { triggerKey: string; url: string }[] {
    return [...this.idByKey.keys()].map((k) => ({
      triggerKey: k,
      url: this.url(baseUrl, k) ?? '',
    }));
  }
}

function gql(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/**
 * The Atlassian GraphQL calls @forge/api's `webTrigger` makes (`createWebTriggerUrl`,
 * `webTriggerUrlsByAppContext`, `deleteWebTriggerUrl`). Other GraphQL is not emulated.
 */
export function handleWebtriggerGraphql(
  urls: WebtriggerUrls,
  baseUrl: string,
  init: RequestInit | undefined,
): Response {
  let body: { query?: string; variables?: Record<string, unknown> } = {};
  try {
    body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as typeof body;
  } catch {
    return gql({ errors: [{ message: 'Invalid JSON' }] }, 400);
  }
  const query = body.query ?? '';
  if (query.includes('createWebTriggerUrl')) {
    const input = body.variables?.input as { triggerKey?: string } | undefined;
    const url = input?.triggerKey ? urls.url(baseUrl, input.triggerKey) : undefined;
    if (!url)
      return gql({
        data: { createWebTriggerUrl: null },
        errors: [{ message: `No webtrigger module '${String(input?.triggerKey)}'` }],
      });
    return gql({ data: { createWebTriggerUrl: { url } } });
  }
  if (query.includes('webTriggerUrlsByAppContext')) {
    return gql({ data: { webTriggerUrlsByAppContext: urls.all(baseUrl) } });
  }
  if (query.includes('deleteWebTriggerUrl')) {
    return gql({
      data: {
        deleteWebTriggerUrl: {
          success: false,
          message: 'Manifest web trigger URLs cannot be deleted on the local site',
        },
      },
    });
  }
  return gql(
    { errors: [{ message: 'This GraphQL operation is not emulated by the local site' }] },
    400,
  );
}
