import type { RunningSite } from '../../../emulator/core/site';
import { callAs, startTestSite } from '../../support/test-site';
import type { PageJson } from './confluence-helpers';
import { adf, aimsSpace, API, createPage, forgeMacro, storage } from './confluence-helpers';

const policyDoc = {
  type: 'doc',
  version: 1,
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'AI Policy' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Approved by ' },
        { type: 'text', text: 'top management', marks: [{ type: 'strong' }, { type: 'em' }] },
        { type: 'text', text: ', see ' },
        {
          type: 'text',
          text: 'ISO/IEC 42001',
          marks: [{ type: 'link', attrs: { href: 'https://www.iso.org/standard/81230.html' } }],
        },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'A.2.2', marks: [{ type: 'code' }] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Purpose' }] }],
        },
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Objectives' }] }],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { order: 3 },
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Third' }] }],
        },
      ],
    },
    {
      type: 'table',
      attrs: { isNumberColumnEnabled: false, layout: 'default', localId: 'tbl-1' },
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1 },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Control' }] }],
            },
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1 },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Status' }] }],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1 },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A.2.2' }] }],
            },
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1 },
              content: [
                {
                  type: 'paragraph',
                  content: [
                    {
                      type: 'status',
                      attrs: { text: 'IMPLEMENTED', color: 'green', localId: 'st-1' },
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    forgeMacro('macro-1', {
      projectKey: 'AIMS',
      groups: ['A.2', 'A.6'],
      showExcluded: true,
      pageSize: 50,
      empty: [],
      nested: { previousReviewPageId: '65540', 'already-kebab': 'x' },
      nothing: null,
      label: '',
    }),
    { type: 'rule' },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'line 1' },
        { type: 'hardBreak' },
        { type: 'text', text: 'line 2' },
      ],
    },
  ],
};

describe('Confluence body formats: storage and atlas_doc_format', () => {
  let site: RunningSite;
  let spaceId: string;

  beforeAll(async () => {
    site = await startTestSite();
    ({ id: spaceId } = await aimsSpace(site));
  });
  afterAll(() => site.close());

  async function read(id: string, format: string): Promise<string> {
    const res = await callAs(site, 'member', 'GET', `${API}/pages/${id}?body-format=${format}`);
    expect(res.status).toBe(200);
    return (res.body as PageJson).body[format]!.value;
  }

  it('returns an ADF body exactly as stored', async () => {
    const page = await createPage(site, 'admin', {
      spaceId,
      title: 'ADF as stored',
      body: adf(policyDoc),
    });
    expect(JSON.parse(await read(page.id, 'atlas_doc_format'))).toEqual(policyDoc);
  });

  it('renders a Forge macro in storage as <ac:adf-extension> and round-trips the page through storage losslessly', async () => {
    const page = await createPage(site, 'admin', {
      spaceId,
      title: 'Round trip source',
      body: adf(policyDoc),
    });
    const xhtml = await read(page.id, 'storage');
    expect(xhtml).toContain('<ac:adf-extension><ac:adf-node type="extension">');
    expect(xhtml).toContain(
      '<ac:adf-attribute key="extension-type">com.atlassian.ecosystem</ac:adf-attribute>',
    );
    expect(xhtml).toContain('<ac:adf-parameter key="guest-params">');
    expect(xhtml).toContain(
      '<ac:adf-parameter key="show-excluded" type="boolean">true</ac:adf-parameter>',
    );
    expect(xhtml).toContain(
      '<table data-number-column="false" data-layout="default" ac:local-id="tbl-1"><tbody><tr><th',
    );
    expect(xhtml).toContain('<ac:parameter ac:name="colour">Green</ac:parameter>');

    // Someone writes that storage back (as a storage-format client would); ADF readers get the same document.
    const copy = await createPage(site, 'admin', {
      spaceId,
      title: 'Round trip copy',
      body: storage(xhtml),
    });
    expect(JSON.parse(await read(copy.id, 'atlas_doc_format'))).toEqual(policyDoc);
    expect(await read(copy.id, 'storage')).toBe(xhtml);
  });

  it('converts storage written by hand into ADF paragraphs, headings, lists, tables and marks', async () => {
    const page = await createPage(site, 'admin', {
      spaceId,
      title: 'Hand-written storage',
      body: storage(
        '<h2>Scope</h2><p>The <em>AIMS</em> covers <span style="color: #ff5630;">all</span> systems.</p>' +
          '<ul><li><p>One</p></li><li>Two</li></ul><table><tbody><tr><td>cell</td></tr></tbody></table>',
      ),
    });
    expect(JSON.parse(await read(page.id, 'atlas_doc_format'))).toEqual({
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Scope' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The ' },
            { type: 'text', text: 'AIMS', marks: [{ type: 'em' }] },
            { type: 'text', text: ' covers ' },
            {
              type: 'text',
              text: 'all',
              marks: [{ type: 'textColor', attrs: { color: '#ff5630' } }],
            },
            { type: 'text', text: ' systems.' },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }],
            },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Two' }] }],
            },
          ],
        },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cell' }] }],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('refuses an atlas_doc_format body that is not an ADF document', async () => {
    const res = await callAs(site, 'admin', 'POST', `${API}/pages`, {
      spaceId,
      status: 'current',
      title: 'Broken ADF',
      body: { representation: 'atlas_doc_format', value: '{"type":"paragraph"' },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('atlas_doc_format');
  });

  it('accepts the nested body form { storage: { representation, value } }', async () => {
    const res = await callAs(site, 'admin', 'POST', `${API}/pages`, {
      spaceId,
      status: 'current',
      title: 'Nested body',
      body: { storage: { representation: 'storage', value: '<p>nested</p>' } },
    });
    expect(res.status).toBe(200);
    expect(await read((res.body as PageJson).id, 'storage')).toBe('<p>nested</p>');
  });
});
