import createClient from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/confluence-v2';
import type { RunningSite } from '../../../emulator/core/site';
import { basicAuth, startTestSite } from '../../support/test-site';

/**
 * A Confluence REST v2 client generated from Atlassian's spec (openapi-typescript types +
 * openapi-fetch), unmodified, against the emulator with basic auth. `npm run specs:types`
 * generates test/generated/confluence-v2.d.ts (pretest does it).
 */
describe('openapi-fetch client generated from the Confluence v2 spec', () => {
  let site: RunningSite;
  let confluence: Client<paths>;
  let spaceId: string;

  beforeAll(async () => {
    site = await startTestSite();
    confluence = createClient<paths>({
      baseUrl: `${site.url}/wiki/api/v2`,
      headers: { Authorization: basicAuth('admin') },
    });
    const { data, error } = await confluence.GET('/spaces', {
      params: { query: { keys: ['AIMS'] } },
    });
    expect(error).toBeUndefined();
    const space = data?.results?.[0];
    expect(space?.key).toBe('AIMS');
    spaceId = String(space?.id);
  });
  afterAll(async () => {
    await site.close();
  });

  const createPage = async (title: string): Promise<{ id: string; version: number }> => {
    const { data, error, response } = await confluence.POST('/pages', {
      body: {
        spaceId,
        status: 'current',
        title,
        body: { representation: 'storage', value: '<p>AI policy draft</p>' },
      },
    });
    expect({ status: response.status, error }).toEqual({ status: 200, error: undefined });
    return { id: String(data?.id), version: Number(data?.version?.number) };
  };

  it('creates, updates and reads a page', async () => {
    const title = `AI policy ${Date.now().toString(36)}`;
    const page = await createPage(title);
    expect(page.version).toBe(1);

    const updated = await confluence.PUT('/pages/{id}', {
      params: { path: { id: Number(page.id) } },
      body: {
        id: page.id,
        status: 'current',
        title: `${title} v2`,
        body: { representation: 'storage', value: '<p>AI policy, approved</p>' },
        version: { number: 2, message: 'approved' },
      },
    });
    expect(updated.error).toBeUndefined();
    expect(updated.data?.version?.number).toBe(2);

    const read = await confluence.GET('/pages/{id}', {
      params: { path: { id: Number(page.id) }, query: { 'body-format': 'storage' } },
    });
    expect(read.error).toBeUndefined();
    expect(read.data?.title).toBe(`${title} v2`);
    expect(read.data?.spaceId).toBe(spaceId);
    expect(read.data?.version?.number).toBe(2);
    expect(read.data?.body?.storage?.value).toBe('<p>AI policy, approved</p>');
  });

  it('refuses an update built on a stale version with 409', async () => {
    const page = await createPage(`Stale ${Date.now().toString(36)}`);
    const stale = await confluence.PUT('/pages/{id}', {
      params: { path: { id: Number(page.id) } },
      body: {
        id: page.id,
        status: 'current',
        title: 'Stale edit',
        body: { representation: 'storage', value: '<p>stale</p>' },
        version: { number: page.version },
      },
    });
    expect(stale.response.status).toBe(409);
    const read = await confluence.GET('/pages/{id}', { params: { path: { id: Number(page.id) } } });
    expect(read.data?.version?.number).toBe(page.version);
    expect(read.data?.title).not.toBe('Stale edit');
  });

  it('creates, updates and reads page properties', async () => {
    const page = await createPage(`Properties ${Date.now().toString(36)}`);
    const pageId = Number(page.id);
    const created = await confluence.POST('/pages/{page-id}/properties', {
      params: { path: { 'page-id': pageId } },
      body: { key: 'aims-policy', value: { clause: '5.2', approved: false } },
    });
    expect(created.error).toBeUndefined();
    expect(created.data?.key).toBe('aims-policy');
    const propertyId = Number(created.data?.id);

    const updated = await confluence.PUT('/pages/{page-id}/properties/{property-id}', {
      params: { path: { 'page-id': pageId, 'property-id': propertyId } },
      body: {
        key: 'aims-policy',
        value: { clause: '5.2', approved: true },
        version: { number: Number(created.data?.version?.number) + 1, message: 'approved' },
      },
    });
    expect(updated.error).toBeUndefined();
    expect(updated.data?.value).toEqual({ clause: '5.2', approved: true });

    const one = await confluence.GET('/pages/{page-id}/properties/{property-id}', {
      params: { path: { 'page-id': pageId, 'property-id': propertyId } },
    });
    expect(one.data?.value).toEqual({ clause: '5.2', approved: true });
    expect(one.data?.version?.number).toBe(2);

    const list = await confluence.GET('/pages/{page-id}/properties', {
      params: { path: { 'page-id': pageId }, query: { key: 'aims-policy' } },
    });
    expect(list.data?.results?.map((p) => p.value)).toEqual([{ clause: '5.2', approved: true }]);
  });
});
