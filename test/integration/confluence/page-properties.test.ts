import type { RunningSite } from '../../../emulator/core/site';
import { callAs, startTestSite } from '../../support/test-site';
import { aimsSpace, API, createPage } from './confluence-helpers';

interface PropertyJson {
  id: string;
  key: string;
  value: unknown;
  version: { number: number; authorId: string };
}

describe('Confluence content properties on pages', () => {
  let site: RunningSite;
  let pageId: string;

  beforeAll(async () => {
    site = await startTestSite();
    const { id: spaceId } = await aimsSpace(site);
    pageId = (await createPage(site, 'admin', { spaceId, title: 'Policy with approval' })).id;
  });
  afterAll(() => site.close());

  it('creates, reads, updates with version checks, and deletes a property', async () => {
    const approval = {
      approvedVersion: 3,
      approver: '712020:aims-manager-0002',
      hash: 'sha256:abc',
    };
    const created = await callAs(site, 'manager', 'POST', `${API}/pages/${pageId}/properties`, {
      key: 'aims-approval',
      value: approval,
    });
    expect(created.status).toBe(200);
    const property = created.body as PropertyJson;
    expect(property).toMatchObject({
      key: 'aims-approval',
      value: approval,
      version: { number: 1, authorId: '712020:aims-manager-0002' },
    });

    const byId = await callAs(
      site,
      'auditor',
      'GET',
      `${API}/pages/${pageId}/properties/${property.id}`,
    );
    expect(byId.body).toEqual(property);
    const byKey = await callAs(
      site,
      'auditor',
      'GET',
      `${API}/pages/${pageId}/properties?key=aims-approval`,
    );
    expect((byKey.body as { results: PropertyJson[] }).results).toEqual([property]);

    const updated = await callAs(
      site,
      'manager',
      'PUT',
      `${API}/pages/${pageId}/properties/${property.id}`,
      {
        key: 'aims-approval',
        value: { ...approval, approvedVersion: 4 },
        version: { number: 2 },
      },
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ value: { approvedVersion: 4 }, version: { number: 2 } });

    const stale = await callAs(
      site,
      'admin',
      'PUT',
      `${API}/pages/${pageId}/properties/${property.id}`,
      {
        key: 'aims-approval',
        value: { tampered: true },
        version: { number: 2 },
      },
    );
    expect(stale.status).toBe(409);
    expect((stale.body as { errors: { code: string; title: string }[] }).errors[0]).toMatchObject({
      code: 'CONFLICT',
      title: 'Version must be incremented on update. Current version is: 2',
    });
    const after = await callAs(
      site,
      'admin',
      'GET',
      `${API}/pages/${pageId}/properties/${property.id}`,
    );
    expect(after.body).toMatchObject({ value: { approvedVersion: 4 }, version: { number: 2 } });

    const del = await callAs(
      site,
      'manager',
      'DELETE',
      `${API}/pages/${pageId}/properties/${property.id}`,
    );
    expect(del.status).toBe(204);
    const gone = await callAs(
      site,
      'manager',
      'GET',
      `${API}/pages/${pageId}/properties/${property.id}`,
    );
    expect(gone.status).toBe(404);
  });

  it('refuses a duplicate key and a missing key with 400', async () => {
    const first = await callAs(site, 'admin', 'POST', `${API}/pages/${pageId}/properties`, {
      key: 'dup',
      value: 1,
    });
    expect(first.status).toBe(200);
    const dup = await callAs(site, 'admin', 'POST', `${API}/pages/${pageId}/properties`, {
      key: 'dup',
      value: 2,
    });
    expect(dup.status).toBe(400);
    const noKey = await callAs(site, 'admin', 'POST', `${API}/pages/${pageId}/properties`, {
      value: 2,
    });
    expect(noKey.status).toBe(400);
    expect(JSON.stringify(noKey.body)).toContain('key');
  });

  it('keeps any JSON value (arrays, strings, numbers) and lists properties with the page', async () => {
    for (const [key, value] of [
      ['list', [1, 'two', { three: 3 }]],
      ['text', 'plain'],
      ['count', 42],
    ] as const) {
      const res = await callAs(site, 'admin', 'POST', `${API}/pages/${pageId}/properties`, {
        key,
        value,
      });
      expect(res.body).toMatchObject({ key, value });
    }
    const page = await callAs(
      site,
      'admin',
      'GET',
      `${API}/pages/${pageId}?include-properties=true`,
    );
    const keys = (
      page.body as { properties: { results: { key: string }[] } }
    ).properties.results.map((p) => p.key);
    expect(keys).toEqual(expect.arrayContaining(['list', 'text', 'count']));
  });

  it('shows at most 50 properties with the page and gives the cursor to read the rest', async () => {
    const { id: spaceId } = await aimsSpace(site);
    const many = (await createPage(site, 'admin', { spaceId, title: 'Page with 53 properties' }))
      .id;
    const keys = Array.from({ length: 53 }, (_, i) => `p-${String(i).padStart(2, '0')}`);
    for (const key of keys) {
      const made = await callAs(site, 'admin', 'POST', `${API}/pages/${many}/properties`, {
        key,
        value: key,
      });
      expect(made.status).toBe(200);
    }
    type Expansion = {
      results: PropertyJson[];
      meta: { hasMore: boolean; cursor?: string };
      _links: { self: string };
    };
    const page = await callAs(site, 'admin', 'GET', `${API}/pages/${many}?include-properties=true`);
    const first = (page.body as { properties: Expansion }).properties;
    expect(first.results).toHaveLength(50);
    expect(first.meta.hasMore).toBe(true);
    expect(first._links.self).toBe(`${API}/pages/${many}/properties`);
    const rest = await callAs(
      site,
      'admin',
      'GET',
      `${first._links.self}?cursor=${String(first.meta.cursor)}`,
    );
    expect(rest.status).toBe(200);
    const read = [...first.results, ...(rest.body as { results: PropertyJson[] }).results];
    expect(read.map((p) => p.key).sort()).toEqual(keys);

    const few = await callAs(
      site,
      'admin',
      'GET',
      `${API}/pages/${pageId}?include-properties=true`,
    );
    expect((few.body as { properties: Expansion }).properties.meta).toEqual({ hasMore: false });
  });

  it('answers 404 for properties of an unknown page', async () => {
    const res = await callAs(site, 'admin', 'GET', `${API}/pages/424242424/properties`);
    expect(res.status).toBe(404);
  });
});
