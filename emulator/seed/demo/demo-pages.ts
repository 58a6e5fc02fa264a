/**
 * What the demo's Confluence pages share: space AIMS, finding or creating a page with an ADF body,
 * the app's macros as Confluence stores them, and calling a macro's resolver as a person clicking
 * in its frame would.
 */
import { p, text } from '@atlaskit/adf-utils/builders';
import { forgeMacroNode } from '../../../src/confluence/forge-macro-node';
import type { ForgeHost } from '../../forge-host';
import type { DemoLogin, DemoSite } from './demo-rest';
import { demoRest, demoUser } from './demo-rest';
import { clickedAsAsked } from './demo-module-call';

/** What a macro's resolver answers. */
export interface MacroOutcome {
  ok: boolean;
  data?: unknown;
  error?: string;
  details?: string[];
  /** Failed in passing, nothing changed: the app says to try again. */
  retryable?: boolean;
}

export type DemoPage = { id: string; spaceId: string };

/** One of the app's macros on a demo page; its title and resolver are the manifest's. */
export class DemoMacro {
  constructor(
    readonly moduleKey: string,
    readonly localId: string,
    /** The resolver function its config frame calls (the frame is then configuring). */
    readonly configureFunction?: string,
  ) {}

  /**
   * The macro as Confluence stores it in a page: an ADF `extension` node of type
   * com.atlassian.ecosystem, whose saved configuration is `guestParams` — built as the app's
   * onboarding builds it (docs/decisions/0005).
   */
  node(
    host: ForgeHost,
    config: Record<string, unknown> | undefined,
    localId = this.localId,
  ): Record<string, unknown> {
    const [appId = '', environmentId = ''] = host
      .extensionKey(this.moduleKey)
      .replace('ari:cloud:ecosystem::extension/', '')
      .split('/');
    const title = host.manifest.uiModules.get(this.moduleKey)?.title;
    return {
      ...forgeMacroNode(
        {
          appId,
          environmentId,
          moduleKey: this.moduleKey,
          title: typeof title === 'string' ? title : this.moduleKey,
        },
        localId,
        config,
      ),
    };
  }

  /** Runs one of its resolver functions as `login`, with the context its frame would send. */
  async invoke(
    host: ForgeHost,
    login: DemoLogin,
    page: DemoPage,
    call: { functionKey: string; payload: Record<string, unknown> },
    config: Record<string, unknown> | undefined,
    siteUrl?: string,
  ): Promise<MacroOutcome> {
    const accountId = demoUser(login).accountId;
    const resolver = host.manifest.uiModules.get(this.moduleKey)?.resolver?.function;
    if (!resolver) throw new Error(`The app has no macro '${this.moduleKey}' with a resolver`);
    const click = async () =>
      (await host.invokeFunction(
        resolver,
        {
          call,
          context: {
            accountId,
            ...(siteUrl ? { siteUrl } : {}),
            moduleKey: this.moduleKey,
            localId: this.localId,
            extension: {
              type: 'macro',
              content: { id: page.id, type: 'page' },
              space: { id: page.spaceId, key: 'AIMS' },
              ...(config ? { config } : {}),
              macro: {
                isConfiguring: call.functionKey === this.configureFunction,
                isInserting: false,
              },
            },
          },
        },
        { accountId, moduleKey: this.moduleKey },
      )) as MacroOutcome;
    return clickedAsAsked(click);
  }
}

/** A page body: a paragraph introducing the macro, then the macro. */
export function introAndMacro(intro: string, macroNode: Record<string, unknown>) {
  return {
    type: 'doc',
    version: 1,
    content: [p(text(intro)), macroNode],
  };
}

/** The id of space AIMS (the base seed creates it). */
export async function aimsSpaceId(site: DemoSite): Promise<string> {
  const spaces = await demoRest<{ results: { id: string }[] }>(
    site,
    'admin',
    'GET',
    '/wiki/api/v2/spaces?keys=AIMS',
  );
  const spaceId = spaces.results[0]?.id;
  if (!spaceId) throw new Error('Space AIMS does not exist');
  return spaceId;
}

/** The id of the page titled `title` in the space, if there is one. */
export async function findPage(
  site: DemoSite,
  spaceId: string,
  title: string,
): Promise<string | undefined> {
  const existing = await demoRest<{ results: { id: string }[] }>(
    site,
    'admin',
    'GET',
    `/wiki/api/v2/spaces/${spaceId}/pages?title=${encodeURIComponent(title)}`,
  );
  return existing.results[0]?.id;
}

/** Creates a published page with an ADF body as the site admin; returns its id. */
export async function createAdfPage(
  site: DemoSite,
  spaceId: string,
  title: string,
  doc: unknown,
): Promise<string> {
  const created = await demoRest<{ id: string }>(site, 'admin', 'POST', '/wiki/api/v2/pages', {
    spaceId,
    status: 'current',
    title,
    body: { representation: 'atlas_doc_format', value: JSON.stringify(doc) },
  });
  return created.id;
}

/** The outcome's data; a refusal throws with the resolver's message and details. */
export function outcomeData(functionKey: string, outcome: MacroOutcome): unknown {
  if (!outcome.ok) {
    throw new Error(
      `${functionKey} was refused: ${outcome.error ?? ''} ${(outcome.details ?? []).join('; ')}`,
    );
  }
  return outcome.data;
}
