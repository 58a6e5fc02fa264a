import { escapeHtml } from '../core/escape-html';
import type { AdfMark, AdfNode } from './adf-node';
import { EXTENSION_NODE_TYPES, isRecord, MARK_TAGS } from './adf-node';
import { safeColor, safeHref } from './safe-attributes';

/** Renders one extension (macro) node to HTML; returns '' to leave it out. */
export type ExtensionRenderer = (node: AdfNode) => string;

/**
 * Who styles the HTML: `product` is what Confluence's `view` / `export_view` bodies and Jira's
 * `renderedFields` carry (Confluence's table and lozenge classes); `shell` is the site's own pages,
 * styled by shell.css (scrolling tables, lozenges, expands as `<details>`).
 */
export type HtmlFlavour = 'product' | 'shell';

export interface AdfHtmlOptions {
  /** Extension (macro) nodes; default: left out. */
  renderExtension?: ExtensionRenderer;
  flavour?: HtmlFlavour;
}

interface FlavourMarkup {
  table(rows: string): string;
  cellClass(tag: 'th' | 'td'): string;
  status(lozenge: string, text: string): string;
  expand(title: string, inner: string): string;
}

const FLAVOURS: Record<HtmlFlavour, FlavourMarkup> = {
  product: {
    table: (rows) => `<table class="confluenceTable"><tbody>${rows}</tbody></table>`,
    cellClass: (tag) => (tag === 'th' ? ' class="confluenceTh"' : ' class="confluenceTd"'),
    status: (lozenge, text) =>
      `<span class="status-macro aui-lozenge aui-lozenge-${lozenge}">${text}</span>`,
    expand: (title, inner) =>
      `<div class="expand"><div class="expand-title">${title}</div>${inner}</div>`,
  },
  shell: {
    table: (rows) => `<div class="table-wrap"><table><tbody>${rows}</tbody></table></div>`,
    cellClass: () => '',
    status: (lozenge, text) => `<span class="lozenge lozenge-${lozenge}">${text}</span>`,
    expand: (title, inner) => `<details><summary>${title}</summary>${inner}</details>`,
  },
};

/** Status colours → lozenge appearance. */
const LOZENGE: Record<string, string> = {
  neutral: 'default',
  purple: 'new',
  blue: 'inprogress',
  red: 'removed',
  yellow: 'moved',
  green: 'success',
};

const SIMPLE_BLOCKS: Record<string, string> = {
  paragraph: 'p',
  bulletList: 'ul',
  listItem: 'li',
  blockquote: 'blockquote',
  tableRow: 'tr',
  decisionItem: 'li',
};

function whole(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function text(value: unknown): string {
  return escapeHtml(value === undefined || value === null ? '' : String(value));
}

function isoDay(timestamp: unknown): string | undefined {
  const ms = Number(timestamp);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined;
}

function link(href: unknown, inner: string): string | undefined {
  const safe = safeHref(href);
  return safe === undefined ? undefined : `<a href="${escapeHtml(safe)}">${inner}</a>`;
}

function cellAttributes(a: Record<string, unknown>): string {
  const colspan = whole(a.colspan) ?? 1;
  const rowspan = whole(a.rowspan) ?? 1;
  const background = safeColor(a.background);
  return (
    (colspan > 1 ? ` colspan="${colspan}"` : '') +
    (rowspan > 1 ? ` rowspan="${rowspan}"` : '') +
    (background ? ` style="background-color: ${escapeHtml(background)};"` : '')
  );
}

/** A text node with its marks, the first mark innermost. Links and colours only when safe. */
function markedText(value: string, marks: AdfMark[]): string {
  let out = escapeHtml(value);
  for (const mark of marks) {
    const a = isRecord(mark.attrs) ? mark.attrs : {};
    const tag = MARK_TAGS[mark.type];
    if (tag) {
      out = `<${tag}>${out}</${tag}>`;
      continue;
    }
    switch (mark.type) {
      case 'subsup':
        out = a.type === 'sup' ? `<sup>${out}</sup>` : `<sub>${out}</sub>`;
        break;
      case 'link':
        out = link(a.href, out) ?? out;
        break;
      case 'textColor':
      case 'backgroundColor': {
        const color = safeColor(a.color);
        const property = mark.type === 'textColor' ? 'color' : 'background-color';
        if (color) out = `<span style="${property}: ${escapeHtml(color)};">${out}</span>`;
        break;
      }
    }
  }
  return out;
}

/**
 * ADF → HTML, the emulator's one renderer: Confluence `view` / `export_view` bodies, Jira
 * `renderedFields` and the shell's pages. Text is escaped, links render only with a safe scheme
 * (http, https, mailto or relative), colours only when they are plain CSS colours; extension nodes
 * become what `renderExtension` returns; media and unknown nodes render their children.
 */
export function adfToHtml(doc: AdfNode, options: AdfHtmlOptions = {}): string {
  const flavour = FLAVOURS[options.flavour ?? 'product'];
  const renderExtension = options.renderExtension ?? ((): string => '');

  function renderNode(node: AdfNode): string {
    const a = node.attrs ?? {};
    const inner = (): string => (node.content ?? []).map(renderNode).join('');
    if (EXTENSION_NODE_TYPES.has(node.type)) return renderExtension(node);
    const simple = SIMPLE_BLOCKS[node.type];
    if (simple) return `<${simple}>${inner()}</${simple}>`;
    switch (node.type) {
      case 'text':
        return markedText(node.text ?? '', node.marks ?? []);
      case 'heading': {
        const level = Math.min(6, Math.max(1, whole(a.level) ?? 1));
        return `<h${level}>${inner()}</h${level}>`;
      }
      case 'orderedList': {
        const start = whole(a.order);
        return `<ol${start !== undefined ? ` start="${start}"` : ''}>${inner()}</ol>`;
      }
      case 'rule':
        return '<hr />';
      case 'hardBreak':
        return '<br />';
      case 'table':
        return flavour.table(inner());
      case 'tableHeader':
      case 'tableCell': {
        const tag = node.type === 'tableHeader' ? 'th' : 'td';
        return `<${tag}${flavour.cellClass(tag)}${cellAttributes(a)}>${inner()}</${tag}>`;
      }
      case 'codeBlock':
        return `<pre><code>${escapeHtml((node.content ?? []).map((c) => c.text ?? '').join(''))}</code></pre>`;
      case 'panel':
        return `<div class="panel panel-${text(a.panelType ?? 'info')}">${inner()}</div>`;
      case 'expand':
      case 'nestedExpand':
        return flavour.expand(text(a.title ?? ''), inner());
      case 'layoutSection':
        return `<div class="layout-section">${inner()}</div>`;
      case 'layoutColumn':
        return `<div class="layout-column">${inner()}</div>`;
      case 'status':
        return flavour.status(LOZENGE[String(a.color)] ?? 'default', text(a.text));
      case 'date': {
        const day = isoDay(a.timestamp);
        return day ? `<time datetime="${day}">${day}</time>` : '';
      }
      case 'mention':
        return `<span class="mention">@${text(String(a.text ?? a.id ?? '').replace(/^@/, ''))}</span>`;
      case 'emoji':
        return text(a.text ?? a.shortName);
      case 'inlineCard':
      case 'blockCard':
      case 'embedCard':
        return link(a.url, text(a.url)) ?? '';
      case 'taskList':
        return `<ul class="task-list">${inner()}</ul>`;
      case 'decisionList':
        return `<ul class="decision-list">${inner()}</ul>`;
      case 'taskItem':
        return `<li>${a.state === 'DONE' ? '☑' : '☐'} ${inner()}</li>`;
      default:
        // doc, media and anything unknown: its children, if any
        return inner();
    }
  }

  return renderNode(doc);
}
