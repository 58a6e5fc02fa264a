/**
 * What the demo's Confluence pages share: space AIMS, finding or creating a page with an ADF body,
 * the app's macros as Confluence stores them, and calling a macro's resolver as a person clicking
 * in its frame would.
 */
import type { ForgeHost } from '../../forge-host';
import type { DemoLogin, DemoSite } from './demo-rest';
import { demoRest, demoUser } from './demo-rest';

/** One of the app's macros on a demo page. */
export interface DemoMacro {
  moduleKey: string;
  title: string;
  localId: string;
  /** The function of its resolver. */
  resolver: string;
  /** The resolver function its config frame calls (the frame is then configuring). */
  configureFunction?: string;
}

/** What a macro's resolver answers. */
export interface MacroOutcome {
  ok: boolean;
  data?: unknown;
  error?: string;
  details?: string[];
}

export type DemoPage = { id: string; spaceId: string };

/**
 * A Forge macro as Confluence stores it in a page: an ADF `extension` node of type
 * com.atlassian.ecosystem, whose saved configuration is `guestParams`.
 */
export function forgeMacroNode(
  host: ForgeHost,
  macro: Pick<DemoMacro, 'moduleKey' | 'title' | 'localId'>,
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

/** A page body: a paragraph introducing the macro, then the macro. */
export function introAndMacro(intro: string, macroNode: Record<string, unknown>) {
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: intro }] }, macroNode],
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

/** Runs one of a macro's resolver functions as `login`, with the context its frame would send. */
export async function invokeMacro(
  host: ForgeHost,
  macro: DemoMacro,
  login: DemoLogin,
  page: DemoPage,
  call: { functionKey: string; payload: Record<string, unknown> },
  config: Record<string, unknown> | undefined,
  siteUrl?: string,
): Promise<MacroOutcome> {
  const accountId = demoUser(login).accountId;
  return (await host.invokeFunction(
    macro.resolver,
    {
      call,
      context: {
        accountId,
        ...(siteUrl ? { siteUrl } : {}),
        moduleKey: macro.moduleKey,
        localId: macro.localId,
        extension: {
          type: 'macro',
          content: { id: page.id, type: 'page' },
          space: { id: page.spaceId, key: 'AIMS' },
          ...(config ? { config } : {}),
          macro: {
            isConfiguring: call.functionKey === macro.configureFunction,
            isInserting: false,
          },
        },
      },
    },
    { accountId, moduleKey: macro.moduleKey },
  )) as MacroOutcome;
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
