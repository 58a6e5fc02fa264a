import type { RunningSite } from '../../../emulator/core/site';
import type { ProductEvent } from '../../../emulator/core/events';
import { callAs, startTestSite } from '../../support/test-site';
import type { PageJson } from './confluence-helpers';
import { aimsSpace, API, createPage, storage } from './confluence-helpers';

describe('Confluence pages over REST v2', () => {
  let site: RunningSite;
  let spaceId: string;
  let homepageId: string;
  const events: ProductEvent[] = [];

  beforeAll(async () => {
    site = await startTestSite();
    ({ id: spaceId, homepageId } = await aimsSpace(site));
    site.ctx.events.subscribe((e) => events.push(e));
  });
  afterAll(() => site.close());

  it('seeds space AIMS with its homepage, readable by every Confluence user', async () => {
    const res = await callAs(site, 'member', 'GET', `${API}/spaces/${spaceId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ key: 'AIMS', name: 'AI Management System', homepageId });
    const home = await callAs(site, 'member', 'GET', `${API}/pages/${homepageId}`);
    expect((home.body as PageJson).title).toBe('AI Management System');
  });

  it('answers 401 in Confluence error shape without credentials', async () => {
    const res = await fetch(`${site.url}${API}/pages`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      errors: [{ status: 401, code: 'UNAUTHORIZED', title: 'Unauthorized', detail: null }],
    });
  });

  it('creates a page under the space homepage and reads it back in storage format', async () => {
    const page = await createPage(site, 'manager', {
      spaceId,
      title: 'AI Policy',
      body: storage('<p>Our <strong>AI policy</strong>.</p>'),
    });
    expect(page).toMatchObject({
      status: 'current',
      title: 'AI Policy',
      spaceId,
      parentId: homepageId,
      version: { number: 1, authorId: '712020:aims-manager-0002' },
    });
    const read = await callAs(
      site,
      'auditor',
      'GET',
      `${API}/pages/${page.id}?body-format=storage`,
    );
    expect(read.status).toBe(200);
    expect((read.body as PageJson).body.storage).toEqual({
      representation: 'storage',
      value: '<p>Our <strong>AI policy</strong>.</p>',
    });
    expect((read.body as PageJson)._links.base).toBe(`${site.url}/wiki`);
  });

  it('refuses a second page with the same title in the space (400, as Confluence)', async () => {
    await createPage(site, 'admin', { spaceId, title: 'Unique title' });
    const res = await callAs(site, 'admin', 'POST', `${API}/pages`, {
      spaceId,
      status: 'current',
      title: 'Unique title',
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errors: [
        {
          status: 400,
          code: 'INVALID_REQUEST_PARAMETER',
          title:
            'A page with this title already exists: A page already exists with the same TITLE in this space',
          detail: null,
        },
      ],
    });
  });

  it('refuses a create without spaceId with a message naming the field', async () => {
    const res = await callAs(site, 'admin', 'POST', `${API}/pages`, { title: 'No space' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('spaceId');
  });

  it('updates with version = current + 1, keeps every version, and reads an old version', async () => {
    const page = await createPage(site, 'admin', {
      spaceId,
      title: 'Statement of Applicability',
      body: storage('<p>v1</p>'),
    });
    const update = await callAs(site, 'manager', 'PUT', `${API}/pages/${page.id}`, {
      id: page.id,
      status: 'current',
      title: 'Statement of Applicability (approved)',
      body: storage('<p>v2</p>'),
      version: { number: 2, message: 'approved' },
    });
    expect(update.status).toBe(200);
    expect(update.body).toMatchObject({
      title: 'Statement of Applicability (approved)',
      version: { number: 2, message: 'approved', authorId: '712020:aims-manager-0002' },
      body: { storage: { value: '<p>v2</p>' } },
    });

    const old = await callAs(
      site,
      'member',
      'GET',
      `${API}/pages/${page.id}?version=1&body-format=storage`,
    );
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({
      title: 'Statement of Applicability',
      status: 'historical',
      version: { number: 1 },
      body: { storage: { value: '<p>v1</p>' } },
    });
    const current = await callAs(
      site,
      'member',
      'GET',
      `${API}/pages/${page.id}?body-format=storage`,
    );
    expect(current.body).toMatchObject({
      status: 'current',
      version: { number: 2 },
      body: { storage: { value: '<p>v2</p>' } },
    });

    const versions = await callAs(
      site,
      'member',
      'GET',
      `${API}/pages/${page.id}/versions?body-format=storage`,
    );
    const results = (
      versions.body as {
        results: {
          number: number;
          message: string;
          page: { title: string; body: { storage: { value: string } } };
        }[];
      }
    ).results;
    expect(results.map((v) => v.number)).toEqual([2, 1]);
    expect(results[1]!.page.body.storage.value).toBe('<p>v1</p>');

    const detail = await callAs(site, 'member', 'GET', `${API}/pages/${page.id}/versions/1`);
    expect(detail.body).toMatchObject({
      number: 1,
      nextVersion: 2,
      authorId: '712020:aims-admin-0001',
    });
    const missing = await callAs(site, 'member', 'GET', `${API}/pages/${page.id}?version=7`);
    expect(missing.status).toBe(404);
  });

  it('answers 409 CONFLICT on a stale version number and changes nothing', async () => {
    const page = await createPage(site, 'admin', {
      spaceId,
      title: 'Stale edits',
      body: storage('<p>original</p>'),
    });
    const ok = await callAs(site, 'admin', 'PUT', `${API}/pages/${page.id}`, {
      id: page.id,
      status: 'current',
      title: 'Stale edits',
      body: storage('<p>second</p>'),
      version: { number: 2 },
    });
    expect(ok.status).toBe(200);
    const stale = await callAs(site, 'manager', 'PUT', `${API}/pages/${page.id}`, {
      id: page.id,
      status: 'current',
      title: 'Stale edits',
      body: storage('<p>lost update</p>'),
      version: { number: 2 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      errors: [
        {
          status: 409,
          code: 'CONFLICT',
          title: 'Version must be incremented on update. Current version is: 2',
          detail: null,
        },
      ],
    });
    const read = await callAs(site, 'admin', 'GET', `${API}/pages/${page.id}?body-format=storage`);
    expect(read.body).toMatchObject({
      version: { number: 2 },
      body: { storage: { value: '<p>second</p>' } },
    });
  });

  it('moves a deleted page to the trash (404 on read), and can restore it', async () => {
    const page = await createPage(site, 'admin', { spaceId, title: 'To be trashed' });
    const del = await callAs(site, 'admin', 'DELETE', `${API}/pages/${page.id}`);
    expect(del.status).toBe(204);
    expect((await callAs(site, 'admin', 'GET', `${API}/pages/${page.id}`)).status).toBe(404);
    const trashed = await callAs(site, 'admin', 'GET', `${API}/pages/${page.id}?status=trashed`);
    expect(trashed.body).toMatchObject({ status: 'trashed' });
    const listed = await callAs(site, 'admin', 'GET', `${API}/pages?title=To%20be%20trashed`);
    expect((listed.body as { results: unknown[] }).results).toHaveLength(0);
    const restore = await callAs(site, 'admin', 'PUT', `${API}/pages/${page.id}`, {
      id: page.id,
      status: 'current',
      title: 'To be trashed',
      version: { number: 2 },
    });
    expect(restore.status).toBe(200);
    expect((await callAs(site, 'admin', 'GET', `${API}/pages/${page.id}`)).status).toBe(200);
  });

  it('moves the children of a trashed page up to its parent, as Confluence Cloud does', async () => {
    const folder = await createPage(site, 'admin', { spaceId, title: 'Old folder' });
    const child = await createPage(site, 'admin', {
      spaceId,
      title: 'Kept child',
      parentId: folder.id,
    });
    expect((await callAs(site, 'admin', 'DELETE', `${API}/pages/${folder.id}`)).status).toBe(204);
    const read = await callAs(site, 'admin', 'GET', `${API}/pages/${child.id}`);
    expect(read.body).toMatchObject({ parentId: homepageId, status: 'current' });
    const ancestors = await callAs(site, 'admin', 'GET', `${API}/pages/${child.id}/ancestors`);
    expect(ancestors.body).toMatchObject({ results: [{ id: homepageId, type: 'page' }] });
  });

  it('answers 404 for unknown pages and spaces', async () => {
    expect((await callAs(site, 'admin', 'GET', `${API}/pages/99999999`)).status).toBe(404);
    expect((await callAs(site, 'admin', 'GET', `${API}/spaces/99999999`)).status).toBe(404);
    const res = await callAs(site, 'admin', 'PUT', `${API}/pages/99999999`, {
      id: '99999999',
      status: 'current',
      title: 'x',
      body: storage('<p/>'),
      version: { number: 2 },
    });
    expect(res.status).toBe(404);
  });

  it('lists the page tree: children of a page and ancestors', async () => {
    const parent = await createPage(site, 'admin', { spaceId, title: 'Management Reviews' });
    const q3 = await createPage(site, 'admin', {
      spaceId,
      title: 'Management Review 2026-Q3',
      parentId: parent.id,
    });
    const q4 = await createPage(site, 'admin', {
      spaceId,
      title: 'Management Review 2026-Q4',
      parentId: parent.id,
    });
    const children = await callAs(site, 'member', 'GET', `${API}/pages/${parent.id}/children`);
    expect((children.body as { results: { id: string; childPosition: number }[] }).results).toEqual(
      [
        {
          id: q3.id,
          status: 'current',
          title: 'Management Review 2026-Q3',
          spaceId,
          childPosition: 0,
        },
        {
          id: q4.id,
          status: 'current',
          title: 'Management Review 2026-Q4',
          spaceId,
          childPosition: 1,
        },
      ],
    );
    const ancestors = await callAs(site, 'member', 'GET', `${API}/pages/${q4.id}/ancestors`);
    expect((ancestors.body as { results: unknown[] }).results).toEqual([
      { id: homepageId, type: 'page' },
      { id: parent.id, type: 'page' },
    ]);
    const roots = await callAs(site, 'member', 'GET', `${API}/spaces/${spaceId}/pages?depth=root`);
    expect((roots.body as { results: { id: string }[] }).results.map((p) => p.id)).toEqual([
      homepageId,
    ]);
  });

  it('publishes avi:confluence:created:page and updated:page with the Forge payload shape', async () => {
    events.length = 0;
    const page = await createPage(site, 'manager', { spaceId, title: 'Evented page' });
    await callAs(site, 'manager', 'PUT', `${API}/pages/${page.id}`, {
      id: page.id,
      status: 'current',
      title: 'Evented page',
      body: storage('<p>edited</p>'),
      version: { number: 2 },
    });
    expect(events.map((e) => e.eventType)).toEqual([
      'avi:confluence:created:page',
      'avi:confluence:updated:page',
    ]);
    expect(events[1]!.payload).toMatchObject({
      eventType: 'avi:confluence:updated:page',
      atlassianId: '712020:aims-manager-0002',
      updateTrigger: 'edit_page',
      content: {
        id: page.id,
        type: 'page',
        status: 'current',
        title: 'Evented page',
        space: { id: Number(spaceId), key: 'AIMS' },
        version: { number: 2, by: { accountId: '712020:aims-manager-0002' } },
      },
    });
    const stale = await callAs(site, 'manager', 'PUT', `${API}/pages/${page.id}`, {
      id: page.id,
      status: 'current',
      title: 'Evented page',
      body: storage('<p>x</p>'),
      version: { number: 2 },
    });
    expect(stale.status).toBe(409);
    expect(events).toHaveLength(2);
  });
});
