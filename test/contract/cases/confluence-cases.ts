import type { ContractCaseTable } from '../support/contract-case';

const ATLAS_DOC = JSON.stringify({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'AI policy (ADF)' }] }],
});

/** Contract cases for C1's Confluence REST v2 routes, keyed by `<method> <spec path>`. */
export const CONFLUENCE_CASES: ContractCaseTable = {
  // ---- spaces ----
  'get /spaces': async () => ({
    path: '/wiki/api/v2/spaces?keys=AIMS&description-format=plain&limit=5',
    expectStatus: 200,
  }),
  'get /spaces/{id}': async (fx) => ({
    path: `/wiki/api/v2/spaces/${await fx.spaceId()}?description-format=view`,
    expectStatus: 200,
  }),
  'get /spaces/{id}/pages': async (fx) => {
    await fx.sharedPage();
    return {
      path: `/wiki/api/v2/spaces/${await fx.spaceId()}/pages?body-format=storage&limit=1`,
      expectStatus: 200,
    };
  },

  // ---- pages ----
  'get /pages': async (fx) => {
    await fx.sharedPage();
    return {
      path: `/wiki/api/v2/pages?space-id=${await fx.spaceId()}&limit=1&body-format=storage`,
      expectStatus: 200,
    };
  },
  'post /pages': async (fx) => ({
    path: '/wiki/api/v2/pages',
    body: {
      spaceId: await fx.spaceId(),
      status: 'current',
      title: fx.unique('Contract ADF page'),
      body: { representation: 'atlas_doc_format', value: ATLAS_DOC },
    },
    expectStatus: 200,
  }),
  'get /pages/{id}': async (fx) => ({
    path: `/wiki/api/v2/pages/${(await fx.sharedPage()).id}?body-format=atlas_doc_format&include-version=true`,
    expectStatus: 200,
  }),
  'get /pages/{id}/operations': async (fx) => ({
    path: `/wiki/api/v2/pages/${(await fx.sharedPage()).id}/operations`,
    expectStatus: 200,
  }),
  'put /pages/{id}': async (fx) => {
    const page = await fx.newPage();
    return {
      path: `/wiki/api/v2/pages/${page.id}`,
      body: {
        id: page.id,
        status: 'current',
        title: `${page.title} (v2)`,
        body: { representation: 'storage', value: '<p>Second version</p>' },
        version: { number: page.version + 1, message: 'contract update' },
      },
      expectStatus: 200,
    };
  },
  'delete /pages/{id}': async (fx) => ({
    path: `/wiki/api/v2/pages/${(await fx.newPage()).id}`,
    expectStatus: 204,
  }),
  'get /pages/{id}/children': async (fx) => {
    const parent = await fx.newPage();
    await fx.call('POST', '/wiki/api/v2/pages', {
      spaceId: await fx.spaceId(),
      status: 'current',
      title: fx.unique('Contract child'),
      parentId: parent.id,
      body: { representation: 'storage', value: '<p>child</p>' },
    });
    return { path: `/wiki/api/v2/pages/${parent.id}/children`, expectStatus: 200 };
  },
  'get /pages/{id}/ancestors': async (fx) => {
    const parent = await fx.newPage();
    const child = (await fx.call('POST', '/wiki/api/v2/pages', {
      spaceId: await fx.spaceId(),
      status: 'current',
      title: fx.unique('Contract child'),
      parentId: parent.id,
      body: { representation: 'storage', value: '<p>child</p>' },
    })) as { id: string };
    return { path: `/wiki/api/v2/pages/${child.id}/ancestors`, expectStatus: 200 };
  },

  // ---- versions ----
  'get /pages/{id}/versions': async (fx) => {
    const page = await fx.newPage();
    await fx.call('PUT', `/wiki/api/v2/pages/${page.id}`, {
      id: page.id,
      status: 'current',
      title: page.title,
      body: { representation: 'storage', value: '<p>v2</p>' },
      version: { number: page.version + 1 },
    });
    return {
      path: `/wiki/api/v2/pages/${page.id}/versions?body-format=storage`,
      expectStatus: 200,
    };
  },
  'get /pages/{page-id}/versions/{version-number}': async (fx) => ({
    path: `/wiki/api/v2/pages/${(await fx.sharedPage()).id}/versions/1`,
    expectStatus: 200,
  }),

  // ---- content properties ----
  'get /pages/{page-id}/properties': async (fx) => {
    const page = await fx.newPage();
    await fx.newPageProperty(page.id);
    return { path: `/wiki/api/v2/pages/${page.id}/properties`, expectStatus: 200 };
  },
  'post /pages/{page-id}/properties': async (fx) => ({
    path: `/wiki/api/v2/pages/${(await fx.sharedPage()).id}/properties`,
    body: { key: fx.unique('aims-contract').replace(/\s+/g, '-'), value: { clause: '5.2' } },
    expectStatus: 200,
  }),
  'get /pages/{page-id}/properties/{property-id}': async (fx) => {
    const page = await fx.sharedPage();
    const property = await fx.newPageProperty(page.id);
    return { path: `/wiki/api/v2/pages/${page.id}/properties/${property.id}`, expectStatus: 200 };
  },
  'put /pages/{page-id}/properties/{property-id}': async (fx) => {
    const page = await fx.sharedPage();
    const property = await fx.newPageProperty(page.id);
    return {
      path: `/wiki/api/v2/pages/${page.id}/properties/${property.id}`,
      body: {
        key: property.key,
        value: { checked: false },
        version: { number: property.version + 1 },
      },
      expectStatus: 200,
    };
  },
  'delete /pages/{page-id}/properties/{property-id}': async (fx) => {
    const page = await fx.sharedPage();
    const property = await fx.newPageProperty(page.id);
    return { path: `/wiki/api/v2/pages/${page.id}/properties/${property.id}`, expectStatus: 204 };
  },
};
