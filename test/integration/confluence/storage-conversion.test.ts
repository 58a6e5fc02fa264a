import fc from 'fast-check';
import { adfToStorage } from '../../../emulator/confluence/body/adf-to-storage';
import { storageToAdf } from '../../../emulator/confluence/body/storage-to-adf';
import type { AdfNode } from '../../../emulator/adf/adf-node';
import { forgeMacro } from './confluence-helpers';

function doc(...content: unknown[]): AdfNode {
  return { type: 'doc', version: 1, content } as AdfNode;
}

function roundTrip(d: AdfNode): AdfNode {
  return storageToAdf(adfToStorage(d));
}

/** JSON values as a macro's configuration may hold them (no undefined, finite numbers). */
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ minLength: 1 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

describe('storage ⇄ atlas_doc_format conversion', () => {
  it('round-trips any Forge macro configuration losslessly', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1 }), jsonValue, { maxKeys: 5 }),
        (guestParams) => {
          const d = doc(forgeMacro('m-1', guestParams));
          expect(roundTrip(d)).toEqual(d);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('round-trips bodied and inline Forge macros with their content', () => {
    const bodied = {
      type: 'bodiedExtension',
      attrs: {
        extensionType: 'com.atlassian.ecosystem',
        extensionKey: 'app/env/static/review-macro',
        parameters: { localId: 'b-1', guestParams: { period: '2026-Q3' } },
        layout: 'default',
        localId: 'b-1',
      },
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Inside <the> "body" & more', marks: [{ type: 'strong' }] },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'item' }] }],
            },
          ],
        },
      ],
    };
    const inline = {
      type: 'inlineExtension',
      attrs: {
        extensionType: 'com.atlassian.ecosystem',
        extensionKey: 'app/env/static/badge',
        parameters: { guestParams: { level: 3 } },
      },
    };
    const d = doc(bodied, {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Status: ' }, inline, { type: 'text', text: ' done' }],
    });
    const xhtml = adfToStorage(d);
    expect(xhtml).toContain('<ac:adf-node type="bodied-extension">');
    expect(xhtml).toContain('<p>Status: <ac:adf-extension><ac:adf-node type="inline-extension">');
    expect(roundTrip(d)).toEqual(d);
  });

  it('keeps ADF-only nodes (panels, expands, unknown marks) through storage', () => {
    const d = doc(
      {
        type: 'panel',
        attrs: { panelType: 'warning' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Overdue' }] }],
      },
      {
        type: 'expand',
        attrs: { title: 'Details' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'More' }] }],
      },
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'note',
            marks: [{ type: 'annotation', attrs: { id: 'a1', annotationType: 'inlineComment' } }],
          },
        ],
      },
      {
        type: 'codeBlock',
        attrs: { language: 'json' },
        content: [{ type: 'text', text: '{"a": "]]>"}' }],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'date', attrs: { timestamp: '1790294400000' } },
          { type: 'mention', attrs: { id: '712020:aims-auditor-0003' } },
        ],
      },
    );
    expect(roundTrip(d)).toEqual(d);
  });

  it('reads native Confluence macros in storage as extensions and writes them back', () => {
    const xhtml =
      '<ac:structured-macro ac:name="toc"><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>' +
      '<p><ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Red</ac:parameter><ac:parameter ac:name="title">OVERDUE</ac:parameter></ac:structured-macro></p>';
    const parsed = storageToAdf(xhtml);
    expect(parsed.content).toEqual([
      {
        type: 'extension',
        attrs: {
          extensionType: 'com.atlassian.confluence.macro.core',
          extensionKey: 'toc',
          parameters: { macroParams: { maxLevel: { value: '2' } } },
        },
      },
      {
        type: 'paragraph',
        content: [{ type: 'status', attrs: { text: 'OVERDUE', color: 'red' } }],
      },
    ]);
    expect(adfToStorage(parsed)).toBe(xhtml);
  });

  it('decodes HTML entities that Confluence storage uses', () => {
    expect(storageToAdf('<p>a&nbsp;b &amp; c</p>').content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'a\u00a0b & c' }] },
    ]);
  });
});
