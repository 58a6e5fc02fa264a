import type { SafeHtml } from './html';
import { escapeHtml, html, trusted } from './html';

/** An ADF node as stored by Jira and Confluence (only the parts the renderer reads). */
export interface AdfNode {
  type: string;
  version?: number;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: AdfNode[];
}

export function isAdfNode(value: unknown): value is AdfNode {
  return typeof value === 'object' && value !== null && typeof (value as AdfNode).type === 'string';
}

/** Renders an extension node (Forge macro) — supplied by the page that knows the context. */
export type ExtensionRenderer = (node: AdfNode) => SafeHtml;

function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  return /^(https?:|mailto:|\/|#)/i.test(href) ? href : undefined;
}

function applyMarks(text: string, marks: AdfNode['marks']): string {
  let out = escapeHtml(text);
  for (const mark of marks ?? []) {
    switch (mark.type) {
      case 'strong':
        out = `<strong>${out}</strong>`;
        break;
      case 'em':
        out = `<em>${out}</em>`;
        break;
      case 'underline':
        out = `<u>${out}</u>`;
        break;
      case 'strike':
        out = `<s>${out}</s>`;
        break;
      case 'code':
        out = `<code>${out}</code>`;
        break;
      case 'subsup':
        out = mark.attrs?.type === 'sup' ? `<sup>${out}</sup>` : `<sub>${out}</sub>`;
        break;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        if (href) out = `<a href="${escapeHtml(href)}">${out}</a>`;
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function attrNumber(node: AdfNode, name: string, fallback: number): number {
  const v = node.attrs?.[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function cellAttrs(node: AdfNode): string {
  const colspan = attrNumber(node, 'colspan', 1);
  const rowspan = attrNumber(node, 'rowspan', 1);
  return `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
}

/** ADF → HTML for display: paragraphs, headings, lists, tables, marks, panels, code, mentions, … */
export function adfToHtml(doc: unknown, renderExtension?: ExtensionRenderer): SafeHtml {
  const renderNode = (node: AdfNode): string => {
    const inner = (): string => (node.content ?? []).map(renderNode).join('');
    switch (node.type) {
      case 'doc':
        return inner();
      case 'text':
        return applyMarks(node.text ?? '', node.marks);
      case 'paragraph':
        return `<p>${inner()}</p>`;
      case 'heading': {
        const level = Math.min(6, Math.max(1, attrNumber(node, 'level', 2)));
        return `<h${level}>${inner()}</h${level}>`;
      }
      case 'bulletList':
        return `<ul>${inner()}</ul>`;
      case 'orderedList':
        return `<ol>${inner()}</ol>`;
      case 'listItem':
        return `<li>${inner()}</li>`;
      case 'taskList':
        return `<ul class="task-list">${inner()}</ul>`;
      case 'taskItem':
        return `<li>${node.attrs?.state === 'DONE' ? '☑' : '☐'} ${inner()}</li>`;
      case 'hardBreak':
        return '<br />';
      case 'rule':
        return '<hr />';
      case 'blockquote':
        return `<blockquote>${inner()}</blockquote>`;
      case 'codeBlock':
        return `<pre><code>${inner()}</code></pre>`;
      case 'panel':
        return `<div class="panel panel-${escapeHtml(String(node.attrs?.panelType ?? 'info'))}">${inner()}</div>`;
      case 'table':
        return `<div class="table-wrap"><table>${inner()}</table></div>`;
      case 'tableRow':
        return `<tr>${inner()}</tr>`;
      case 'tableHeader':
        return `<th${cellAttrs(node)}>${inner()}</th>`;
      case 'tableCell':
        return `<td${cellAttrs(node)}>${inner()}</td>`;
      case 'mention':
        return `<span class="mention">@${escapeHtml(String(node.attrs?.text ?? node.attrs?.id ?? '')).replace(/^@/, '')}</span>`;
      case 'emoji':
        return escapeHtml(String(node.attrs?.text ?? node.attrs?.shortName ?? ''));
      case 'date': {
        const ts = Number(node.attrs?.timestamp);
        return Number.isFinite(ts) ? `<time>${new Date(ts).toISOString().slice(0, 10)}</time>` : '';
      }
      case 'status':
        return `<span class="lozenge">${escapeHtml(String(node.attrs?.text ?? ''))}</span>`;
      case 'inlineCard':
      case 'blockCard': {
        const href = safeHref(node.attrs?.url);
        return href ? `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>` : '';
      }
      case 'expand':
      case 'nestedExpand':
        return `<details><summary>${escapeHtml(String(node.attrs?.title ?? 'Details'))}</summary>${inner()}</details>`;
      case 'extension':
      case 'bodiedExtension':
      case 'inlineExtension':
        return renderExtension ? renderExtension(node).value : '';
      default:
        return inner();
    }
  };
  if (!isAdfNode(doc)) return html``;
  return trusted(`<div class="adf">${renderNode(doc)}</div>`);
}

/** All nodes of a document, depth first (to find extension nodes by localId). */
export function* walkAdf(node: AdfNode): Generator<AdfNode> {
  yield node;
  for (const child of node.content ?? []) yield* walkAdf(child);
}

/** A plain-text body as ADF paragraphs (blank lines separate paragraphs). */
export function textToAdf(text: string): AdfNode {
  const paragraphs = text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return {
    version: 1,
    type: 'doc',
    content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
  };
}
