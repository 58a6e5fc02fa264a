import type { RunningSite } from '../../../emulator/core/site';
import type { ExtensionExportRequest } from '../../../emulator/core/extension-export';
import { callAs, startTestSite } from '../../support/test-site';
import type { PageJson } from './confluence-helpers';
import { adf, aimsSpace, API, createPage, forgeMacro, storage } from './confluence-helpers';

describe('Confluence export_view with Forge macros', () => {
  let site: RunningSite;
  let pageId: string;
  const requests: ExtensionExportRequest[] = [];

  beforeAll(async () => {
    site = await startTestSite();
    const { id: spaceId } = await aimsSpace(site);
    const page = await createPage(site, 'admin', {
      spaceId,
      title: 'Statement of Applicability',
      body: adf({
        type: 'doc',
        version: 1,
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Before the macro.' }] },
          forgeMacro('soa-1', { projectKey: 'AIMS' }),
          { type: 'paragraph', content: [{ type: 'text', text: 'After the macro.' }] },
        ],
      }),
    });
    pageId = page.id;
  });
  afterAll(() => site.close());

  async function exportView(login: 'member' | 'auditor'): Promise<string> {
    const res = await callAs(site, login, 'GET', `${API}/pages/${pageId}?body-format=export_view`);
    expect(res.status).toBe(200);
    const body = (res.body as PageJson).body.export_view!;
    expect(body.representation).toBe('export_view');
    return body.value;
  }

  it('exports macros as nothing when no Forge host renders them', async () => {
    site.ctx.extensionExport.exporter = undefined;
    expect(await exportView('member')).toBe('<p>Before the macro.</p><p>After the macro.</p>');
  });

  it('replaces each Forge macro by the ADF its exporter returns, rendered as the requesting user', async () => {
    site.ctx.extensionExport.exporter = {
      render: async (request) => {
        requests.push(request);
        return [
          {
            type: 'table',
            content: [
              {
                type: 'tableRow',
                content: [
                  {
                    type: 'tableHeader',
                    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Control' }] }],
                  },
                  {
                    type: 'tableCell',
                    content: [
                      {
                        type: 'paragraph',
                        content: [{ type: 'text', text: `A.2.2 for ${request.accountId}` }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ];
      },
    };
    const html = await exportView('auditor');
    expect(html).toBe(
      '<p>Before the macro.</p><div class="forge-macro-export"><table class="confluenceTable"><tbody><tr>' +
        '<th class="confluenceTh"><p>Control</p></th><td class="confluenceTd"><p>A.2.2 for 712020:aims-auditor-0003</p></td>' +
        '</tr></tbody></table></div><p>After the macro.</p>',
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      pageId,
      accountId: '712020:aims-auditor-0003',
      exportType: 'export_view',
      node: {
        type: 'extension',
        attrs: {
          extensionType: 'com.atlassian.ecosystem',
          localId: 'soa-1',
          parameters: { guestParams: { projectKey: 'AIMS' } },
        },
      },
    });
    expect(requests[0]!.node).not.toHaveProperty('attrs.__aimsExportIndex');

    await exportView('member');
    expect(requests[1]!.accountId).toBe('712020:aims-member-0004');
  });

  it('shows a failing macro export as a message in place of the macro, not a failed export', async () => {
    site.ctx.extensionExport.exporter = {
      render: () => Promise.reject(new Error('resolver timed out')),
    };
    const html = await exportView('member');
    expect(html).toContain('This macro could not be exported: resolver timed out');
    expect(html).toContain('After the macro.');
  });

  it('renders links only with safe schemes (http, https, mailto), in the page and in a macro export', async () => {
    const linked = (href: string, text: string) => ({
      type: 'paragraph',
      content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }],
    });
    const { id: spaceId } = await aimsSpace(site);
    const unsafe = ['javascript:alert(1)', 'JaVaScRiPt:alert(2)', 'java\tscript:alert(3)'];
    const page = await createPage(site, 'admin', {
      spaceId,
      title: 'Links of every kind',
      body: adf({
        type: 'doc',
        version: 1,
        content: [
          linked('https://example.com/policy', 'policy'),
          linked('mailto:aims@example.com', 'mail'),
          ...unsafe.map((href, i) => linked(href, `bad ${i}`)),
          {
            type: 'paragraph',
            content: [{ type: 'inlineCard', attrs: { url: 'data:text/html,x' } }],
          },
          forgeMacro('soa-2', { projectKey: 'AIMS' }),
        ],
      }),
    });
    site.ctx.extensionExport.exporter = {
      render: () => Promise.resolve([linked('javascript:alert(4)', 'exported bad')]),
    };
    const res = await callAs(
      site,
      'member',
      'GET',
      `${API}/pages/${page.id}?body-format=export_view`,
    );
    const html = (res.body as PageJson).body.export_view!.value;
    expect(html).toContain('<a href="https://example.com/policy">policy</a>');
    expect(html).toContain('<a href="mailto:aims@example.com">mail</a>');
    for (const text of ['bad 0', 'bad 1', 'bad 2', 'exported bad']) expect(html).toContain(text);
    expect(html).not.toMatch(/javascript|data:/i);
    expect(html.match(/<a /g)).toHaveLength(2);

    // A storage-format body is read the same way
    const fromStorage = await createPage(site, 'admin', {
      spaceId,
      title: 'Storage links',
      body: storage(
        '<p><a href="javascript:alert(5)">storage bad</a> <a href="https://ok.example">ok</a></p>',
      ),
    });
    const res2 = await callAs(
      site,
      'member',
      'GET',
      `${API}/pages/${fromStorage.id}?body-format=export_view`,
    );
    const html2 = (res2.body as PageJson).body.export_view!.value;
    expect(html2).toContain('storage bad');
    expect(html2).toContain('<a href="https://ok.example">ok</a>');
    expect(html2).not.toMatch(/javascript/i);
  });
});
