import type { RunningSite } from '../../../emulator/core/site';
import { confluenceModels } from '../../../emulator/confluence';
import { readOnlySpace } from '../../support/spaces';
import { callAs, startTestSite } from '../../support/test-site';
import type { PageJson } from './confluence-helpers';
import { API } from './confluence-helpers';

describe('Confluence space permissions and the in-process API', () => {
  let site: RunningSite;
  let restrictedSpaceId: string;
  let restrictedPageId: string;

  beforeAll(async () => {
    site = await startTestSite();
    const models = confluenceModels(site.ctx);
    const manager = site.ctx.users.byEmail('manager@example.com')!;
    const space = models.spaces.create({
      key: 'MGMT',
      name: 'Management only',
      authorId: manager.accountId,
      readerGroups: ['aims-managers'],
    });
    restrictedSpaceId = space.id;
    restrictedPageId = models.pages.create(
      {
        spaceId: space.id,
        title: 'Board notes',
        parentId: null,
        body: { representation: 'storage', value: '<p>secret</p>' },
      },
      manager,
    ).id;
  });
  afterAll(() => site.close());

  it('shows a space and its pages only to members of its groups', async () => {
    const asManager = await callAs(site, 'manager', 'GET', `${API}/spaces`);
    expect((asManager.body as { results: { key: string }[] }).results.map((s) => s.key)).toEqual([
      'AIMS',
      'MGMT',
    ]);
    const asMember = await callAs(site, 'member', 'GET', `${API}/spaces`);
    expect((asMember.body as { results: { key: string }[] }).results.map((s) => s.key)).toEqual([
      'AIMS',
    ]);

    expect((await callAs(site, 'member', 'GET', `${API}/spaces/${restrictedSpaceId}`)).status).toBe(
      404,
    );
    expect((await callAs(site, 'member', 'GET', `${API}/pages/${restrictedPageId}`)).status).toBe(
      404,
    );
    const listed = await callAs(site, 'member', 'GET', `${API}/pages?title=Board%20notes`);
    expect((listed.body as { results: unknown[] }).results).toEqual([]);
    // Pages by id (form style, id=…&id=…): only those the caller may view are returned.
    const homeId = (await callAs(site, 'member', 'GET', `${API}/spaces?keys=AIMS`)).body as {
      results: { homepageId: string }[];
    };
    const home = homeId.results[0]!.homepageId;
    const byId = (login: 'member' | 'manager') =>
      callAs(site, login, 'GET', `${API}/pages?id=${home}&id=${restrictedPageId}`).then((r) =>
        (r.body as { results: { id: string; title: string }[] }).results.map((p) => p.id).sort(),
      );
    expect(await byId('member')).toEqual([home]);
    expect(await byId('manager')).toEqual([home, restrictedPageId].sort());
    const write = await callAs(site, 'member', 'POST', `${API}/pages`, {
      spaceId: restrictedSpaceId,
      status: 'current',
      title: 'x',
    });
    expect(write.status).toBe(404);

    const read = await callAs(
      site,
      'manager',
      'GET',
      `${API}/pages/${restrictedPageId}?body-format=storage`,
    );
    expect((read.body as PageJson).body.storage!.value).toBe('<p>secret</p>');
  });

  it('keeps a draft out of listings until it is published with version 1', async () => {
    const spaceId = (await callAs(site, 'admin', 'GET', `${API}/spaces?keys=AIMS`)).body as {
      results: { id: string }[];
    };
    const aims = spaceId.results[0]!.id;
    const events: string[] = [];
    const stop = site.ctx.events.subscribe((e) => events.push(e.eventType));
    const draft = await callAs(site, 'admin', 'POST', `${API}/pages`, {
      spaceId: aims,
      status: 'draft',
      title: 'Policy draft',
    });
    expect(draft.body).toMatchObject({ status: 'draft', version: { number: 1 } });
    const id = (draft.body as PageJson).id;
    expect((await callAs(site, 'admin', 'GET', `${API}/pages/${id}`)).status).toBe(404);
    expect((await callAs(site, 'admin', 'GET', `${API}/pages/${id}?get-draft=true`)).status).toBe(
      200,
    );
    expect(events).toEqual([]);
    const publish = await callAs(site, 'admin', 'PUT', `${API}/pages/${id}`, {
      id,
      status: 'current',
      title: 'Policy',
      body: { representation: 'storage', value: '<p>published</p>' },
      version: { number: 1 },
    });
    expect(publish.status).toBe(200);
    expect(publish.body).toMatchObject({
      status: 'current',
      title: 'Policy',
      version: { number: 1 },
    });
    expect(events).toEqual(['avi:confluence:created:page']);
    stop();
  });

  it('lets readers view but only editors write: pages, content properties, and the operations it lists', async () => {
    const space = readOnlySpace(site, 'VIEW');
    const created = await callAs(site, 'admin', 'POST', `${API}/pages`, {
      spaceId: space.id,
      status: 'current',
      title: 'Read by all',
      body: { representation: 'storage', value: '<p>v1</p>' },
    });
    const id = (created.body as PageJson).id;
    const property = await callAs(site, 'admin', 'POST', `${API}/pages/${id}/properties`, {
      key: 'record',
      value: { sealed: true },
    });
    expect(property.status).toBe(200);
    const propertyId = (property.body as { id: string }).id;

    // The member may view the page and its properties…
    expect((await callAs(site, 'member', 'GET', `${API}/pages/${id}`)).status).toBe(200);
    expect((await callAs(site, 'member', 'GET', `${API}/pages/${id}/properties`)).status).toBe(200);
    expect((await callAs(site, 'member', 'GET', `${API}/pages/${id}/operations`)).body).toEqual({
      operations: [{ operation: 'read', targetType: 'page' }],
    });
    // …but writes need edit permission (404, as the spec lists for these operations).
    const writes = [
      callAs(site, 'member', 'PUT', `${API}/pages/${id}`, {
        id,
        status: 'current',
        title: 'Read by all',
        body: { representation: 'storage', value: '<p>changed</p>' },
        version: { number: 2 },
      }),
      callAs(site, 'member', 'POST', `${API}/pages/${id}/properties`, { key: 'x', value: 1 }),
      callAs(site, 'member', 'PUT', `${API}/pages/${id}/properties/${propertyId}`, {
        key: 'record',
        value: { sealed: false },
        version: { number: 2 },
      }),
      callAs(site, 'member', 'DELETE', `${API}/pages/${id}/properties/${propertyId}`),
      callAs(site, 'member', 'DELETE', `${API}/pages/${id}`),
      callAs(site, 'member', 'POST', `${API}/pages`, {
        spaceId: space.id,
        status: 'current',
        title: 'Not allowed',
      }),
    ];
    expect((await Promise.all(writes)).map((r) => r.status)).toEqual([
      404, 404, 404, 404, 404, 404,
    ]);
    const after = (await callAs(site, 'admin', 'GET', `${API}/pages/${id}?include-operations=true`))
      .body as PageJson & { operations: { results: { operation: string }[] } };
    expect(after.version.number).toBe(1);
    expect(after.operations.results.map((o) => o.operation)).toEqual(['read', 'update', 'delete']);
    const stored = await callAs(
      site,
      'admin',
      'GET',
      `${API}/pages/${id}/properties/${propertyId}`,
    );
    expect(stored.body).toMatchObject({ value: { sealed: true }, version: { number: 1 } });
    // An operations request for a page the caller cannot see is a 404.
    expect(
      (await callAs(site, 'member', 'GET', `${API}/pages/${restrictedPageId}/operations`)).status,
    ).toBe(404);
  });
});
