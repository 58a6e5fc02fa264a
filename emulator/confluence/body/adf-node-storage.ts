import type { Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { AdfMark, AdfNode } from '../../adf/adf-node';
import { isRecord } from '../../adf/adf-node';
import { camelKey, kebabKey, storageKey } from './adf-key-case';
import { escapeHtml } from '../../core/escape-html';

/**
 * ADF nodes that have no XHTML equivalent — Forge macros (`extension` with extensionType
 * `com.atlassian.ecosystem`) above all — are kept in storage the way Confluence Cloud keeps them:
 *
 *   <ac:adf-extension><ac:adf-node type="extension">
 *     <ac:adf-attribute key="extension-key">…</ac:adf-attribute>
 *     <ac:adf-attribute key="parameters"><ac:adf-parameter key="guest-params">…</ac:adf-parameter></ac:adf-attribute>
 *     …<ac:adf-content>child nodes in storage</ac:adf-content>
 *   </ac:adf-node></ac:adf-extension>
 *
 * Keys are kebab-cased; scalar types other than string carry `type="integer|number|boolean|null"`;
 * arrays are lists of `<ac:adf-parameter-value>` (an empty array is one empty, untyped value);
 * an empty object is `type="object"`. Node marks are `<ac:adf-mark key="type">` with their attrs
 * as parameters. Decoding inverts all of this, so the round trip is lossless.
 */
export function encodeAdfNode(
  node: AdfNode,
  renderChildren: (children: AdfNode[]) => string,
): string {
  let inner = '';
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    if (value === undefined) continue;
    inner += encodeEntry('ac:adf-attribute', key, value);
  }
  for (const mark of node.marks ?? []) inner += encodeMark(mark);
  if (node.content) inner += `<ac:adf-content>${renderChildren(node.content)}</ac:adf-content>`;
  if (node.text !== undefined) inner += `<ac:adf-text>${escapeHtml(node.text)}</ac:adf-text>`;
  return `<ac:adf-extension><ac:adf-node type="${escapeHtml(kebabKey(node.type))}">${inner}</ac:adf-node></ac:adf-extension>`;
}

function encodeMark(mark: AdfMark): string {
  let inner = '';
  for (const [key, value] of Object.entries(mark.attrs ?? {})) {
    if (value !== undefined) inner += encodeEntry('ac:adf-parameter', key, value);
  }
  return `<ac:adf-mark key="${escapeHtml(kebabKey(mark.type))}">${inner}</ac:adf-mark>`;
}

function encodeEntry(tag: string, key: string, value: unknown): string {
  const k = storageKey(key);
  const keyAttrs = `key="${escapeHtml(k.key)}"${k.verbatim ? ' verbatim="true"' : ''}`;
  const { typeAttr, inner } = encodeValue(value);
  return `<${tag} ${keyAttrs}${typeAttr}>${inner}</${tag}>`;
}

function encodeValue(value: unknown): { typeAttr: string; inner: string } {
  if (value === null) return { typeAttr: ' type="null"', inner: '' };
  if (typeof value === 'string') return { typeAttr: '', inner: escapeHtml(value) };
  if (typeof value === 'boolean') return { typeAttr: ' type="boolean"', inner: String(value) };
  if (typeof value === 'number') {
    return {
      typeAttr: Number.isInteger(value) ? ' type="integer"' : ' type="number"',
      inner: String(value),
    };
  }
  if (Array.isArray(value)) {
    if (value.length === 0)
      return { typeAttr: '', inner: '<ac:adf-parameter-value></ac:adf-parameter-value>' };
    const items = value.map((item) => {
      const encoded = encodeValue(item);
      const typeAttr = encoded.typeAttr || (item === '' ? ' type="string"' : '');
      return `<ac:adf-parameter-value${typeAttr}>${encoded.inner}</ac:adf-parameter-value>`;
    });
    return { typeAttr: '', inner: items.join('') };
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return { typeAttr: ' type="object"', inner: '' };
    return {
      typeAttr: '',
      inner: entries.map(([k, v]) => encodeEntry('ac:adf-parameter', k, v)).join(''),
    };
  }
  throw new Error(`Cannot store a ${typeof value} in an ADF attribute`);
}

/** Decodes `<ac:adf-extension>` (its `<ac:adf-node>`; the `<ac:adf-fallback>` is ignored). */
export function decodeAdfExtension(
  element: Element,
  parseChildren: (children: Element['children']) => AdfNode[],
): AdfNode | undefined {
  const nodeElement = element.children.find(
    (c): c is Element => isTag(c) && c.name === 'ac:adf-node',
  );
  if (!nodeElement) return undefined;
  const node: AdfNode = { type: camelKey(nodeElement.attribs.type ?? 'unknown') };
  for (const child of nodeElement.children) {
    if (!isTag(child)) continue;
    if (child.name === 'ac:adf-attribute') {
      node.attrs ??= {};
      node.attrs[entryKey(child)] = decodeValue(child);
    } else if (child.name === 'ac:adf-mark') {
      const mark: AdfMark = { type: camelKey(child.attribs.key ?? '') };
      const params = child.children.filter(
        (c): c is Element => isTag(c) && c.name === 'ac:adf-parameter',
      );
      if (params.length)
        mark.attrs = Object.fromEntries(params.map((p) => [entryKey(p), decodeValue(p)]));
      (node.marks ??= []).push(mark);
    } else if (child.name === 'ac:adf-content') {
      node.content = parseChildren(child.children);
    } else if (child.name === 'ac:adf-text') {
      node.text = textOf(child);
    }
  }
  return node;
}

function entryKey(element: Element): string {
  const key = element.attribs.key ?? '';
  return element.attribs.verbatim === 'true' ? key : camelKey(key);
}

function decodeValue(element: Element): unknown {
  const type = element.attribs.type;
  const tags = element.children.filter(isTag);
  if (type === 'null') return null;
  if (type === 'object') return {};
  if (type === 'boolean') return textOf(element) === 'true';
  if (type === 'integer' || type === 'number') return Number(textOf(element));
  const values = tags.filter((t) => t.name === 'ac:adf-parameter-value');
  if (values.length > 0) {
    const only = values[0]!;
    if (values.length === 1 && !only.attribs.type && only.children.length === 0) return [];
    return values.map((v) => decodeValue(v));
  }
  const params = tags.filter((t) => t.name === 'ac:adf-parameter');
  if (params.length > 0)
    return Object.fromEntries(params.map((p) => [entryKey(p), decodeValue(p)]));
  return textOf(element);
}

function textOf(element: Element): string {
  return element.children.map((c) => (isText(c) ? c.data : isTag(c) ? textOf(c) : '')).join('');
}
