import fc from 'fast-check';
import type { AdfNode } from '../../../../emulator/adf/adf-node';
import { adfToHtml } from '../../../../emulator/adf/adf-to-html';
import { safeHref } from '../../../../emulator/adf/safe-attributes';

const paragraph = (...content: AdfNode[]): AdfNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content }],
});
const linked = (href: string): AdfNode =>
  paragraph({ type: 'text', text: 'here', marks: [{ type: 'link', attrs: { href } }] });

describe('the one ADF → HTML renderer', () => {
  it.each([
    'https://example.com/a?b=1',
    'http://example.com',
    'MAILTO:aims@example.com',
    '/wiki/pages/1',
    '#clause-10-2',
    'pages/1',
    '//cdn.example.com/x',
  ])('renders %s as a link', (href) => {
    expect(adfToHtml(linked(href))).toContain(`<a href="${href}">here</a>`);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('renders the text of %j without a link', (href) => {
    const out = adfToHtml(linked(href));
    expect(out).toBe('<p>here</p>');
  });

  it('checks card URLs the same way', () => {
    expect(adfToHtml(paragraph({ type: 'inlineCard', attrs: { url: 'javascript:x' } }))).toBe(
      '<p></p>',
    );
    expect(
      adfToHtml(paragraph({ type: 'inlineCard', attrs: { url: 'https://a.example/?q=<b>' } })),
    ).toBe('<p><a href="https://a.example/?q=&lt;b&gt;">https://a.example/?q=&lt;b&gt;</a></p>');
  });

  it('never lets an href escape its attribute or a script link through (property)', () => {
    fc.assert(
      fc.property(fc.string(), (href) => {
        const out = adfToHtml(linked(href));
        const link = /^<p><a href="([^"]*)">here<\/a><\/p>$/.exec(out);
        if (!link) return out === '<p>here</p>';
        return safeHref(href) === href && !/[<>"]/.test(link[1] ?? '');
      }),
    );
  });

  it('styles only plain CSS colours', () => {
    const coloured = (color: string): string =>
      adfToHtml(
        paragraph({ type: 'text', text: 't', marks: [{ type: 'textColor', attrs: { color } }] }),
      );
    expect(coloured('#ff5630')).toBe('<p><span style="color: #ff5630;">t</span></p>');
    expect(coloured('red; background: url(x)')).toBe('<p>t</p>');
  });

  it('carries Confluence classes in product HTML and the shell classes in the shell', () => {
    const doc: AdfNode = {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [] }] }],
            },
          ],
        },
        { type: 'paragraph', content: [{ type: 'status', attrs: { text: 'OK', color: 'green' } }] },
      ],
    };
    expect(adfToHtml(doc)).toBe(
      '<table class="confluenceTable"><tbody><tr><td class="confluenceTd"><p></p></td></tr></tbody></table>' +
        '<p><span class="status-macro aui-lozenge aui-lozenge-success">OK</span></p>',
    );
    expect(adfToHtml(doc, { flavour: 'shell' })).toBe(
      '<div class="table-wrap"><table><tbody><tr><td><p></p></td></tr></tbody></table></div>' +
        '<p><span class="lozenge lozenge-success">OK</span></p>',
    );
  });

  it('replaces extension nodes with what the caller renders, and leaves them out otherwise', () => {
    const doc: AdfNode = {
      type: 'doc',
      content: [{ type: 'extension', attrs: { extensionKey: 'k' } }],
    };
    expect(adfToHtml(doc)).toBe('');
    expect(
      adfToHtml(doc, { renderExtension: (n) => `<i>${String(n.attrs?.extensionKey)}</i>` }),
    ).toBe('<i>k</i>');
  });
});
