import type { RunningSite } from '../../../emulator/core/site';
import { callAs, startTestSite } from '../../support/test-site';
import { aimsSpace, API, createPage, storage } from './confluence-helpers';

interface Paged {
  results: { id: string; number?: number }[];
  _links: { next?: string; base: string };
}

describe('Confluence cursor paging', () => {
  let site: RunningSite;
  let spaceId: string;
  const created: string[] = [];

  beforeAll(async () => {
    site = await startTestSite();
    ({ id: spaceId } = await aimsSpace(site));
    for (let i = 1; i <= 5; i++)
      created.push((await createPage(site, 'admin', { spaceId, title: `Paged page ${i}` })).id);
  });
  afterAll(() => site.close());

  async function collect(
    login: 'admin' | 'member',
    first: string,
  ): Promise<{ ids: string[]; requests: number }> {
    const ids: string[] = [];
    let path: string | undefined = first;
    let requests = 0;
    while (path) {
      const res = await callAs(site, login, 'GET', path);
      expect(res.status).toBe(200);
      const body = res.body as Paged;
      ids.push(...body.results.map((r) => r.id ?? String(r.number)));
      requests++;
      if (body._links.next) {
        expect(body._links.next.startsWith('/wiki/api/v2/')).toBe(true);
        expect(res.headers.get('link')).toBe(
          `<${body._links.next}>; rel="next", <${site.url}/wiki>; rel="base"`,
        );
      } else {
        expect(res.headers.get('link')).toBeNull();
      }
      path = body._links.next;
    }
    return { ids, requests };
  }

  it('walks GET /pages two at a time through _links.next, keeping the filters', async () => {
    const { ids, requests } = await collect(
      'member',
      `${API}/pages?space-id=${spaceId}&limit=2&sort=id`,
    );
    expect(requests).toBe(3);
    expect(ids).toHaveLength(6); // homepage + 5
    expect(ids.slice(1)).toEqual(created);
    expect(new Set(ids).size).toBe(6);
  });

  it('walks GET /spaces/{id}/pages and GET /pages/{id}/versions the same way', async () => {
    expect((await collect('admin', `${API}/spaces/${spaceId}/pages?limit=4`)).ids).toHaveLength(6);
    const pageId = created[0]!;
    for (let n = 2; n <= 4; n++) {
      const res = await callAs(site, 'admin', 'PUT', `${API}/pages/${pageId}`, {
        id: pageId,
        status: 'current',
        title: 'Paged page 1',
        body: storage(`<p>${n}</p>`),
        version: { number: n },
      });
      expect(res.status).toBe(200);
    }
    const versions = await collect('admin', `${API}/pages/${pageId}/versions?limit=3`);
    expect(versions.requests).toBe(2);
    expect(versions.ids).toHaveLength(4);
  });

  it('refuses a forged cursor with 400', async () => {
    const res = await callAs(site, 'admin', 'GET', `${API}/pages?cursor=not-a-cursor`);
    expect(res.status).toBe(400);
    expect((res.body as { errors: { code: string }[] }).errors[0]!.code).toBe(
      'INVALID_REQUEST_PARAMETER',
    );
  });

  it('refuses a limit above 250', async () => {
    expect((await callAs(site, 'admin', 'GET', `${API}/pages?limit=251`)).status).toBe(400);
  });
});
