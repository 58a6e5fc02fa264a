import { textToAdf } from '../../../emulator/adf/adf-text';
import { adfToHtml } from '../../../emulator/shell/adf-html';
import { forgeMacroOf, setMacroConfig } from '../../../emulator/shell/forge-macro';
import { safeNext } from '../../../emulator/shell/session';
import { html } from '../../../emulator/shell/html';

describe('ADF rendering in the shell', () => {
  it('renders headings, marks, lists and tables', () => {
    const out = adfToHtml({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Scope' }] },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'bold',
              marks: [{ type: 'strong' }, { type: 'link', attrs: { href: 'https://example.com' } }],
            },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }],
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
                  type: 'tableHeader',
                  attrs: { colspan: 2 },
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'H' }] }],
                },
              ],
            },
          ],
        },
      ],
    }).value;
    expect(out).toContain('<h2>Scope</h2>');
    expect(out).toContain('<a href="https://example.com"><strong>bold</strong></a>');
    expect(out).toContain('<ul><li><p>one</p></li></ul>');
    expect(out).toContain('<th colspan="2"><p>H</p></th>');
  });

  it('escapes text and drops script links', () => {
    const out = adfToHtml({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: '<img src=x onerror=alert(1)>',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    }).value;
    expect(out).not.toContain('<img');
    expect(out).not.toContain('javascript:');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes interpolated values in the html template', () => {
    expect(html`<p title="${'"><script>'}">${'<b>'}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;</p>',
    );
  });

  it('turns plain text into ADF paragraphs', () => {
    expect(textToAdf('a\n\n\nb')).toEqual({
      version: 1,
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'b' }] },
      ],
    });
  });
});

describe('Forge macro nodes', () => {
  const node = {
    type: 'extension',
    attrs: {
      extensionType: 'com.atlassian.ecosystem',
      extensionKey: 'app-id/env-id/static/soa-macro',
      localId: 'l-1',
      parameters: { guestParams: { project: 'AIMS' } },
    },
  };

  it('reads module key, localId and saved config', () => {
    expect(forgeMacroOf(node)).toEqual({
      moduleKey: 'soa-macro',
      localId: 'l-1',
      config: { project: 'AIMS' },
    });
  });

  it('ignores other extension types', () => {
    expect(
      forgeMacroOf({
        type: 'extension',
        attrs: { extensionType: 'com.atlassian.confluence.macro.core', extensionKey: 'toc' },
      }),
    ).toBeUndefined();
  });

  it('stores a submitted config as guestParams, keeping other parameters', () => {
    const copy = JSON.parse(
      JSON.stringify({
        ...node,
        attrs: { ...node.attrs, parameters: { localId: 'l-1', guestParams: {} } },
      }),
    );
    setMacroConfig(copy, { project: 'SEC' });
    expect(copy.attrs.parameters).toEqual({ localId: 'l-1', guestParams: { project: 'SEC' } });
  });
});

describe('sign-in redirect targets', () => {
  it('accepts site paths only', () => {
    expect(safeNext('/jira/browse/A-1')).toBe('/jira/browse/A-1');
    expect(safeNext('//evil.example')).toBe('/jira');
    expect(safeNext('https://evil.example')).toBe('/jira');
    expect(safeNext('/\\evil')).toBe('/jira');
    expect(safeNext(undefined)).toBe('/jira');
  });
});
