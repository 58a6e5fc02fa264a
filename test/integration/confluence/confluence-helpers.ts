import type { RunningSite } from '../../../emulator/core/site';
import type { SeededLogin } from '../../support/test-site';
import { callAs } from '../../support/test-site';

export const API = '/wiki/api/v2';

export interface PageJson {
  id: string;
  title: string;
  status: string;
  spaceId: string;
  parentId?: string;
  version: { number: number; authorId: string; message: string };
  body: Record<string, { representation: string; value: string }>;
  _links: Record<string, string>;
}

export async function aimsSpace(site: RunningSite): Promise<{ id: string; homepageId: string }> {
  const res = await callAs(site, 'admin', 'GET', `${API}/spaces?keys=AIMS`);
  const space = (res.body as { results: { id: string; homepageId: string }[] }).results[0];
  if (!space) throw new Error('seeded space AIMS missing');
  return space;
}

export async function createPage(
  site: RunningSite,
  login: SeededLogin,
  input: {
    spaceId: string;
    title: string;
    body?: { representation: string; value: string };
    parentId?: string;
  },
): Promise<PageJson> {
  const res = await callAs(site, login, 'POST', `${API}/pages`, { status: 'current', ...input });
  if (res.status !== 200)
    throw new Error(`create page failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as PageJson;
}

export function storage(value: string): { representation: 'storage'; value: string } {
  return { representation: 'storage', value };
}

export function adf(doc: unknown): { representation: 'atlas_doc_format'; value: string } {
  return { representation: 'atlas_doc_format', value: JSON.stringify(doc) };
}

/** A Forge macro node as Confluence stores it for an installed app. */
export function forgeMacro(
  localId: string,
  guestParams: Record<string, unknown>,
): Record<string, unknown> {
  const key =
    '5d1c3a5e-aaaa-bbbb-cccc-000000000001/2f9e7c1b-dddd-eeee-ffff-000000000002/static/aims-soa-macro';
  return {
    type: 'extension',
    attrs: {
      extensionType: 'com.atlassian.ecosystem',
      extensionKey: key,
      parameters: {
        localId,
        extensionId: `ari:cloud:ecosystem::extension/${key}`,
        extensionTitle: 'Statement of Applicability',
        layout: 'extension',
        forgeEnvironment: 'DEVELOPMENT',
        render: 'native',
        guestParams,
      },
      text: 'Statement of Applicability',
      layout: 'default',
      localId,
    },
  };
}
