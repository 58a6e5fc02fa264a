import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { isCDATA, isTag, isText } from 'domhandler';
import type { AdfDoc, AdfMark, AdfNode } from '../../adf/adf-node';
import { INLINE_NODE_TYPES } from '../../adf/adf-node';
import { decodeAdfExtension } from './adf-node-storage';
import { CONFLUENCE_MACRO_TYPE, STATUS_COLOURS } from './adf-to-storage';

const COLOUR_TO_STATUS = Object.fromEntries(
  Object.entries(STATUS_COLOURS).map(([k, v]) => [v.toLowerCase(), k]),
);

/**
 * Converts Confluence storage format (XHTML) to an ADF document: the inverse of adfToStorage.
 * Elements it does not know are unwrapped (their text is kept).
 */
export function storageToAdf(storage: string): AdfDoc {
  const dom = parseDocument(storage, {
    xmlMode: false,
    recognizeSelfClosing: true,
    recognizeCDATA: true,
    lowerCaseAttributeNames: false,
  });
  return { type: 'doc', version: 1, content: blocks(dom.children) };
}

/** Parses children where blocks are expected; stray inline content is gathered into paragraphs. */
function blocks(children: ChildNode[]): AdfNode[] {
  const out: AdfNode[] = [];
  let inline: AdfNode[] = [];
  const flush = (): void => {
    if (inline.some((n) => n.type !== 'text' || (n.text ?? '').trim() !== '')) {
      out.push({ type: 'paragraph', content: inline });
    }
    inline = [];
  };
  for (const node of nodes(children, [])) {
    if (INLINE_NODE_TYPES.has(node.type)) inline.push(node);
    else {
      flush();
      out.push(node);
    }
  }
  flush();
  return out;
}

function inlineOnly(children: ChildNode[], marks: AdfMark[]): AdfNode[] {
  return mergeText(nodes(children, marks));
}

function mergeText(list: AdfNode[]): AdfNode[] {
  const out: AdfNode[] = [];
  for (const node of list) {
    const last = out[out.length - 1];
    if (
      last &&
      node.type === 'text' &&
      last.type === 'text' &&
      JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])
    ) {
      last.text = (last.text ?? '') + (node.text ?? '');
    } else out.push(node);
  }
  return out.filter((n) => n.type !== 'text' || (n.text ?? '') !== '');
}

function nodes(children: ChildNode[], marks: AdfMark[]): AdfNode[] {
  return children.flatMap((c) => node(c, marks));
}

function withLocalId(
  attrs: Record<string, unknown>,
  el: Element,
): Record<string, unknown> | undefined {
  const id = el.attribs['ac:local-id'];
  const result = id !== undefined ? { ...attrs, localId: id } : attrs;
  return Object.keys(result).length ? result : undefined;
}

function make(
  type: string,
  attrs: Record<string, unknown> | undefined,
  content?: AdfNode[],
): AdfNode {
  const n: AdfNode = { type };
  if (attrs) n.attrs = attrs;
  if (content && !(content.length === 0 && (type === 'paragraph' || type === 'heading')))
    n.content = content;
  return n;
}

function textNode(text: string, marks: AdfMark[]): AdfNode {
  return marks.length ? { type: 'text', text, marks } : { type: 'text', text };
}

function node(child: ChildNode, marks: AdfMark[]): AdfNode[] {
  if (isText(child)) return child.data === '' ? [] : [textNode(child.data, marks)];
  if (isCDATA(child))
    return child.children.flatMap((c) => (isText(c) ? [textNode(c.data, marks)] : []));
  if (!isTag(child)) return [];
  const el = child;
  const at = el.attribs;
  switch (el.name) {
    case 'p':
      return [make('paragraph', withLocalId({}, el), inlineOnly(el.children, []))];
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return [
        make(
          'heading',
          withLocalId({ level: Number(el.name.slice(1)) }, el),
          inlineOnly(el.children, []),
        ),
      ];
    case 'ul':
      return [make('bulletList', withLocalId({}, el), listItems(el))];
    case 'ol':
      return [
        make(
          'orderedList',
          withLocalId(at.start !== undefined ? { order: Number(at.start) } : {}, el),
          listItems(el),
        ),
      ];
    case 'li':
      return [make('listItem', withLocalId({}, el), blocks(el.children))];
    case 'blockquote':
      return [make('blockquote', withLocalId({}, el), blocks(el.children))];
    case 'hr':
      return [make('rule', withLocalId({}, el))];
    case 'br':
      return [{ type: 'hardBreak' }];
    case 'table':
      return [table(el)];
    case 'tbody':
    case 'thead':
    case 'tfoot':
    case 'colgroup':
      return [];
    case 'tr':
      return [
        make(
          'tableRow',
          withLocalId({}, el),
          el.children.filter(isTag).flatMap((c) => node(c, [])),
        ),
      ];
    case 'th':
    case 'td':
      return [tableCell(el)];
    case 'pre':
      return [
        make(
          'codeBlock',
          undefined,
          inlineOnly(el.children, []).map((t) => ({ type: 'text', text: t.text ?? '' })),
        ),
      ];
    case 'time':
      return at.datetime
        ? [make('date', { timestamp: String(Date.parse(`${at.datetime}T00:00:00Z`)) })]
        : [];
    case 'ac:link': {
      const user = el.children.find((c): c is Element => isTag(c) && c.name === 'ri:user');
      const accountId = user?.attribs['ri:account-id'];
      return accountId ? [make('mention', { id: accountId })] : nodes(el.children, marks);
    }
    case 'ac:adf-extension': {
      const decoded = decodeAdfExtension(el, (children) =>
        isInlineContainer(el) ? inlineOnly(children, []) : blocks(children),
      );
      return decoded ? [decoded] : [];
    }
    case 'ac:structured-macro':
      return structuredMacro(el);
    case 'span':
      if (at['data-adf-mark'])
        return nodes(el.children, [...marks, JSON.parse(at['data-adf-mark']) as AdfMark]);
      if (at['data-highlight-colour']) {
        return nodes(el.children, [
          ...marks,
          { type: 'backgroundColor', attrs: { color: at['data-highlight-colour'] } },
        ]);
      }
      {
        const color = /(?:^|;)\s*color:\s*([^;]+)/.exec(at.style ?? '')?.[1]?.trim();
        return nodes(
          el.children,
          color ? [...marks, { type: 'textColor', attrs: { color } }] : marks,
        );
      }
    case 'strong':
    case 'b':
      return nodes(el.children, [...marks, { type: 'strong' }]);
    case 'em':
    case 'i':
      return nodes(el.children, [...marks, { type: 'em' }]);
    case 'u':
      return nodes(el.children, [...marks, { type: 'underline' }]);
    case 's':
    case 'del':
    case 'strike':
      return nodes(el.children, [...marks, { type: 'strike' }]);
    case 'code':
      return nodes(el.children, [...marks, { type: 'code' }]);
    case 'sub':
    case 'sup':
      return nodes(el.children, [...marks, { type: 'subsup', attrs: { type: el.name } }]);
    case 'a': {
      const attrs: Record<string, unknown> = { href: at.href ?? '' };
      if (at.title !== undefined) attrs.title = at.title;
      return nodes(el.children, [...marks, { type: 'link', attrs }]);
    }
    default:
      return nodes(el.children, marks);
  }
}

/** Whether an `<ac:adf-extension>` holds an inline node (its content is then inline too). */
function isInlineContainer(el: Element): boolean {
  const n = el.children.find((c): c is Element => isTag(c) && c.name === 'ac:adf-node');
  const type = n?.attribs.type ?? '';
  return ['paragraph', 'heading', 'code-block', 'decision-item', 'task-item'].includes(type);
}

function listItems(el: Element): AdfNode[] {
  return el.children
    .filter(isTag)
    .flatMap((c) => (c.name === 'li' ? node(c, []) : [make('listItem', undefined, blocks([c]))]));
}

function table(el: Element): AdfNode {
  const at = el.attribs;
  const attrs: Record<string, unknown> = {};
  if (at['data-number-column'] !== undefined)
    attrs.isNumberColumnEnabled = at['data-number-column'] === 'true';
  if (at['data-layout'] !== undefined) attrs.layout = at['data-layout'];
  if (at['data-table-width'] !== undefined) attrs.width = Number(at['data-table-width']);
  if (at['data-table-display-mode'] !== undefined)
    attrs.displayMode = at['data-table-display-mode'];
  const rows = el.children
    .filter(isTag)
    .flatMap((c) =>
      c.name === 'tr'
        ? [c]
        : ['tbody', 'thead', 'tfoot'].includes(c.name)
          ? c.children.filter(isTag)
          : [],
    )
    .filter((r) => r.name === 'tr');
  return make(
    'table',
    withLocalId(attrs, el),
    rows.flatMap((r) => node(r, [])),
  );
}

function tableCell(el: Element): AdfNode {
  const at = el.attribs;
  const attrs: Record<string, unknown> = {};
  if (at.colspan !== undefined) attrs.colspan = Number(at.colspan);
  if (at.rowspan !== undefined) attrs.rowspan = Number(at.rowspan);
  if (at['data-colwidth'] !== undefined)
    attrs.colwidth = at['data-colwidth'].split(',').map(Number);
  if (at['data-highlight-colour'] !== undefined) attrs.background = at['data-highlight-colour'];
  const content = blocks(el.children);
  return make(
    el.name === 'th' ? 'tableHeader' : 'tableCell',
    withLocalId(attrs, el),
    content.length ? content : [{ type: 'paragraph' }],
  );
}

function macroParameters(el: Element): Record<string, string> {
  const params: Record<string, string> = {};
  for (const c of el.children) {
    if (isTag(c) && c.name === 'ac:parameter') params[c.attribs['ac:name'] ?? ''] = textContent(c);
  }
  return params;
}

function textContent(el: Element): string {
  return el.children
    .map((c) =>
      isText(c)
        ? c.data
        : isCDATA(c)
          ? textContent(c as unknown as Element)
          : isTag(c)
            ? textContent(c)
            : '',
    )
    .join('');
}

function structuredMacro(el: Element): AdfNode[] {
  const name = el.attribs['ac:name'] ?? '';
  const params = macroParameters(el);
  const body = el.children.find(
    (c): c is Element =>
      isTag(c) && (c.name === 'ac:rich-text-body' || c.name === 'ac:plain-text-body'),
  );
  if (name === 'code') {
    const attrs = withLocalId(
      params.language !== undefined ? { language: params.language } : {},
      el,
    );
    const code = body ? textContent(body) : '';
    return [make('codeBlock', attrs, code ? [{ type: 'text', text: code }] : undefined)];
  }
  if (name === 'status') {
    const color = COLOUR_TO_STATUS[(params.colour ?? 'grey').toLowerCase()] ?? 'neutral';
    return [make('status', withLocalId({ text: params.title ?? '', color }, el))];
  }
  const parameters: Record<string, unknown> = {};
  if (Object.keys(params).length) {
    parameters.macroParams = Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, { value: v }]),
    );
  }
  const attrs: Record<string, unknown> = {
    extensionType: CONFLUENCE_MACRO_TYPE,
    extensionKey: name,
  };
  if (Object.keys(parameters).length) attrs.parameters = parameters;
  if (body?.name === 'ac:rich-text-body')
    return [make('bodiedExtension', withLocalId(attrs, el), blocks(body.children))];
  return [make('extension', withLocalId(attrs, el))];
}
