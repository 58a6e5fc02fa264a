import type { AdfMark, AdfNode } from '../../adf/adf-node';
import { isRecord, MARK_TAGS } from '../../adf/adf-node';
import { encodeAdfNode } from './adf-node-storage';
import { escapeHtml } from '../../core/escape-html';

/** Confluence's storage names for ADF status colours. */
export const STATUS_COLOURS: Record<string, string> = {
  neutral: 'Grey',
  purple: 'Purple',
  blue: 'Blue',
  red: 'Red',
  yellow: 'Yellow',
  green: 'Green',
};

/** Native Confluence macros in ADF (`extension` nodes of this type) are `<ac:structured-macro>` in storage. */
export const CONFLUENCE_MACRO_TYPE = 'com.atlassian.confluence.macro.core';

/**
 * Converts an ADF document to Confluence storage format (XHTML). Paragraphs, headings, lists,
 * tables, text marks, code blocks, rules, quotes, status lozenges, dates and mentions map to
 * their storage forms; Forge macros and any other node become `<ac:adf-extension>` (see
 * adf-node-storage.ts) so that nothing is lost on the way back.
 */
export function adfToStorage(doc: AdfNode): string {
  return renderNodes(doc.content ?? []);
}

function renderNodes(nodes: AdfNode[]): string {
  return nodes.map(renderNode).join('');
}

function attr(name: string, value: unknown): string {
  return value === undefined || value === null ? '' : ` ${name}="${escapeHtml(String(value))}"`;
}

function localId(node: AdfNode): string {
  return attr('ac:local-id', node.attrs?.localId);
}

function renderNode(node: AdfNode): string {
  const a = node.attrs ?? {};
  switch (node.type) {
    case 'paragraph':
      if (hasOnly(a, ['localId']))
        return `<p${localId(node)}>${renderNodes(node.content ?? [])}</p>`;
      break;
    case 'heading':
      if (hasOnly(a, ['level', 'localId']) && Number(a.level) >= 1 && Number(a.level) <= 6) {
        return `<h${Number(a.level)}${localId(node)}>${renderNodes(node.content ?? [])}</h${Number(a.level)}>`;
      }
      break;
    case 'bulletList':
      if (hasOnly(a, ['localId']))
        return `<ul${localId(node)}>${renderNodes(node.content ?? [])}</ul>`;
      break;
    case 'orderedList':
      if (hasOnly(a, ['order', 'localId'])) {
        const start = a.order !== undefined ? attr('start', a.order) : '';
        return `<ol${start}${localId(node)}>${renderNodes(node.content ?? [])}</ol>`;
      }
      break;
    case 'listItem':
      if (hasOnly(a, ['localId']))
        return `<li${localId(node)}>${renderNodes(node.content ?? [])}</li>`;
      break;
    case 'blockquote':
      if (hasOnly(a, ['localId']))
        return `<blockquote${localId(node)}>${renderNodes(node.content ?? [])}</blockquote>`;
      break;
    case 'rule':
      if (hasOnly(a, ['localId'])) return `<hr${localId(node)} />`;
      break;
    case 'hardBreak':
      if (hasOnly(a, [])) return '<br />';
      break;
    case 'text':
      return renderText(node.text ?? '', node.marks ?? []);
    case 'table':
      if (hasOnly(a, ['isNumberColumnEnabled', 'layout', 'localId', 'width', 'displayMode'])) {
        return (
          `<table${attr('data-number-column', a.isNumberColumnEnabled)}${attr('data-layout', a.layout)}` +
          `${attr('data-table-width', a.width)}${attr('data-table-display-mode', a.displayMode)}${localId(node)}>` +
          `<tbody>${renderNodes(node.content ?? [])}</tbody></table>`
        );
      }
      break;
    case 'tableRow':
      if (hasOnly(a, ['localId']))
        return `<tr${localId(node)}>${renderNodes(node.content ?? [])}</tr>`;
      break;
    case 'tableHeader':
    case 'tableCell':
      if (hasOnly(a, ['colspan', 'rowspan', 'colwidth', 'background', 'localId'])) {
        const tag = node.type === 'tableHeader' ? 'th' : 'td';
        const colwidth = Array.isArray(a.colwidth)
          ? attr('data-colwidth', a.colwidth.join(','))
          : '';
        return (
          `<${tag}${attr('colspan', a.colspan)}${attr('rowspan', a.rowspan)}${colwidth}` +
          `${attr('data-highlight-colour', a.background)}${localId(node)}>${renderNodes(node.content ?? [])}</${tag}>`
        );
      }
      break;
    case 'codeBlock':
      if (
        hasOnly(a, ['language', 'localId']) &&
        (node.content ?? []).every((c) => c.type === 'text' && !c.marks?.length)
      ) {
        const code = (node.content ?? []).map((c) => c.text ?? '').join('');
        return (
          `<ac:structured-macro ac:name="code"${localId(node)}>` +
          (a.language !== undefined
            ? `<ac:parameter ac:name="language">${escapeHtml(String(a.language))}</ac:parameter>`
            : '') +
          `<ac:plain-text-body><![CDATA[${code.replace(/]]>/g, ']]]]><![CDATA[>')}]]></ac:plain-text-body></ac:structured-macro>`
        );
      }
      break;
    case 'status':
      if (
        hasOnly(a, ['text', 'color', 'localId']) &&
        typeof a.color === 'string' &&
        STATUS_COLOURS[a.color]
      ) {
        return (
          `<ac:structured-macro ac:name="status"${localId(node)}>` +
          `<ac:parameter ac:name="colour">${STATUS_COLOURS[a.color]}</ac:parameter>` +
          `<ac:parameter ac:name="title">${escapeHtml(String(a.text ?? ''))}</ac:parameter></ac:structured-macro>`
        );
      }
      break;
    case 'date':
      if (hasOnly(a, ['timestamp']) && isMidnightUtc(a.timestamp)) {
        return `<time datetime="${new Date(Number(a.timestamp)).toISOString().slice(0, 10)}" />`;
      }
      break;
    case 'mention':
      if (hasOnly(a, ['id']) && typeof a.id === 'string') {
        return `<ac:link><ri:user ri:account-id="${escapeHtml(a.id)}" /></ac:link>`;
      }
      break;
    case 'extension':
    case 'bodiedExtension':
      if (a.extensionType === CONFLUENCE_MACRO_TYPE && isSimpleNativeMacro(node))
        return renderNativeMacro(node);
      break;
  }
  return encodeAdfNode(node, renderNodes);
}

function hasOnly(attrs: Record<string, unknown>, allowed: string[]): boolean {
  return Object.keys(attrs).every((k) => allowed.includes(k) || attrs[k] === undefined);
}

function isMidnightUtc(timestamp: unknown): boolean {
  const ms = Number(timestamp);
  return (
    typeof timestamp === 'string' &&
    Number.isInteger(ms) &&
    ms % 86_400_000 === 0 &&
    String(ms) === timestamp
  );
}

function isSimpleNativeMacro(node: AdfNode): boolean {
  const a = node.attrs ?? {};
  if (
    !hasOnly(a, ['extensionType', 'extensionKey', 'parameters', 'localId']) ||
    typeof a.extensionKey !== 'string'
  )
    return false;
  if (a.parameters === undefined) return true;
  if (!isRecord(a.parameters) || !hasOnly(a.parameters, ['macroParams'])) return false;
  const params = a.parameters.macroParams;
  if (params === undefined) return true;
  return (
    isRecord(params) &&
    Object.values(params).every(
      (p) => isRecord(p) && hasOnly(p, ['value']) && typeof p.value === 'string',
    )
  );
}

function renderNativeMacro(node: AdfNode): string {
  const a = node.attrs ?? {};
  const parameters =
    isRecord(a.parameters) && isRecord(a.parameters.macroParams) ? a.parameters.macroParams : {};
  let inner = '';
  for (const [name, p] of Object.entries(parameters)) {
    inner += `<ac:parameter ac:name="${escapeHtml(name)}">${escapeHtml(String((p as { value: string }).value))}</ac:parameter>`;
  }
  if (node.type === 'bodiedExtension')
    inner += `<ac:rich-text-body>${renderNodes(node.content ?? [])}</ac:rich-text-body>`;
  return `<ac:structured-macro ac:name="${escapeHtml(String(a.extensionKey))}"${localId(node)}>${inner}</ac:structured-macro>`;
}

function renderText(text: string, marks: AdfMark[]): string {
  let html = escapeHtml(text);
  for (const mark of [...marks].reverse()) html = wrapMark(html, mark);
  return html;
}

function wrapMark(html: string, mark: AdfMark): string {
  const a = mark.attrs ?? {};
  const tag = MARK_TAGS[mark.type];
  if (tag) return `<${tag}>${html}</${tag}>`;
  switch (mark.type) {
    case 'link':
      return `<a href="${escapeHtml(String(a.href ?? ''))}"${attr('title', a.title)}>${html}</a>`;
    case 'subsup':
      return a.type === 'sup' ? `<sup>${html}</sup>` : `<sub>${html}</sub>`;
    case 'textColor':
      return `<span style="color: ${escapeHtml(String(a.color ?? ''))};">${html}</span>`;
    case 'backgroundColor':
      return `<span data-highlight-colour="${escapeHtml(String(a.color ?? ''))}">${html}</span>`;
    default:
      return `<span data-adf-mark="${escapeHtml(JSON.stringify(mark))}">${html}</span>`;
  }
}
