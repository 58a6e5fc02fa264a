import type { AdfMark, AdfNode } from './adf-node';
import { EXTENSION_NODE_TYPES, isRecord } from './adf-node';
import { escapeAttr, escapeText } from './markup-escape';

/** Renders one extension (macro) node to HTML; returns '' to leave it out. */
export type ExtensionRenderer = (node: AdfNode) => string;

const STATUS_CLASS: Record<string, string> = {
  neutral: 'default',
  purple: 'new',
  blue: 'inprogress',
  red: 'removed',
  yellow: 'moved',
  green: 'success',
};

/**
 * Renders ADF to plain HTML, as Confluence's `view` / `export_view` bodies are: no `ac:` markup,
 * macros replaced by what `renderExtension` returns.
 */
export function adfToHtml(doc: AdfNode, renderExtension: ExtensionRenderer): string {
  const render = (nodes: AdfNode[] | undefined): string => (nodes ?? []).map(renderNode).join('');

  function renderNode(node: AdfNode): string {
    const a = node.attrs ?? {};
    const children = (): string => render(node.content);
    if (EXTENSION_NODE_TYPES.has(node.type)) return renderExtension(node);
    switch (node.type) {
      case 'doc':
        return children();
      case 'paragraph':
        return `<p>${children()}</p>`;
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(a.level) || 1));
        return `<h${level}>${children()}</h${level}>`;
      }
      case 'bulletList':
        return `<ul>${children()}</ul>`;
      case 'orderedList':
        return `<ol${a.order !== undefined ? ` start="${escapeAttr(String(a.order))}"` : ''}>${children()}</ol>`;
      case 'listItem':
        return `<li>${children()}</li>`;
      case 'blockquote':
        return `<blockquote>${children()}</blockquote>`;
      case 'rule':
        return '<hr />';
      case 'hardBreak':
        return '<br />';
      case 'text':
        return renderText(node.text ?? '', node.marks ?? []);
      case 'table':
        return `<table class="confluenceTable"><tbody>${children()}</tbody></table>`;
      case 'tableRow':
        return `<tr>${children()}</tr>`;
      case 'tableHeader':
      case 'tableCell': {
        const tag = node.type === 'tableHeader' ? 'th' : 'td';
        const span =
          (a.colspan !== undefined && a.colspan !== 1
            ? ` colspan="${escapeAttr(String(a.colspan))}"`
            : '') +
          (a.rowspan !== undefined && a.rowspan !== 1
            ? ` rowspan="${escapeAttr(String(a.rowspan))}"`
            : '');
        const cls = tag === 'th' ? 'confluenceTh' : 'confluenceTd';
        const style =
          typeof a.background === 'string'
            ? ` style="background-color: ${escapeAttr(a.background)};"`
            : '';
        return `<${tag} class="${cls}"${span}${style}>${children()}</${tag}>`;
      }
      case 'codeBlock':
        return `<pre><code>${escapeText((node.content ?? []).map((c) => c.text ?? '').join(''))}</code></pre>`;
      case 'panel':
        return `<div class="panel panel-${escapeAttr(String(a.panelType ?? 'info'))}">${children()}</div>`;
      case 'expand':
      case 'nestedExpand':
        return `<div class="expand"><div class="expand-title">${escapeText(String(a.title ?? ''))}</div>${children()}</div>`;
      case 'layoutSection':
        return `<div class="layout-section">${children()}</div>`;
      case 'layoutColumn':
        return `<div class="layout-column">${children()}</div>`;
      case 'status': {
        const cls = STATUS_CLASS[String(a.color)] ?? 'default';
        return `<span class="status-macro aui-lozenge aui-lozenge-${cls}">${escapeText(String(a.text ?? ''))}</span>`;
      }
      case 'date': {
        const ms = Number(a.timestamp);
        return Number.isFinite(ms)
          ? `<time datetime="${new Date(ms).toISOString().slice(0, 10)}">${new Date(ms).toISOString().slice(0, 10)}</time>`
          : '';
      }
      case 'mention':
        return `<span class="mention">${escapeText(String(a.text ?? `@${String(a.id ?? '')}`))}</span>`;
      case 'emoji':
        return escapeText(String(a.text ?? a.shortName ?? ''));
      case 'inlineCard':
      case 'blockCard':
      case 'embedCard': {
        const url = typeof a.url === 'string' ? a.url : '';
        return url ? `<a href="${escapeAttr(url)}">${escapeText(url)}</a>` : '';
      }
      case 'taskList':
      case 'decisionList':
        return `<ul class="${node.type === 'taskList' ? 'task-list' : 'decision-list'}">${children()}</ul>`;
      case 'taskItem':
        return `<li>${a.state === 'DONE' ? '&#9745; ' : '&#9744; '}${children()}</li>`;
      case 'decisionItem':
        return `<li>${children()}</li>`;
      default:
        // media and anything unknown: its children, if any (an export has no place for them otherwise)
        return children();
    }
  }

  return render(doc.type === 'doc' ? doc.content : [doc]);
}

function renderText(text: string, marks: AdfMark[]): string {
  let html = escapeText(text);
  for (const mark of [...marks].reverse()) {
    const a = isRecord(mark.attrs) ? mark.attrs : {};
    switch (mark.type) {
      case 'strong':
        html = `<strong>${html}</strong>`;
        break;
      case 'em':
        html = `<em>${html}</em>`;
        break;
      case 'underline':
        html = `<u>${html}</u>`;
        break;
      case 'strike':
        html = `<s>${html}</s>`;
        break;
      case 'code':
        html = `<code>${html}</code>`;
        break;
      case 'subsup':
        html = a.type === 'sup' ? `<sup>${html}</sup>` : `<sub>${html}</sub>`;
        break;
      case 'link':
        html = `<a href="${escapeAttr(String(a.href ?? ''))}">${html}</a>`;
        break;
      case 'textColor':
        html = `<span style="color: ${escapeAttr(String(a.color ?? ''))};">${html}</span>`;
        break;
      case 'backgroundColor':
        html = `<span style="background-color: ${escapeAttr(String(a.color ?? ''))};">${html}</span>`;
        break;
    }
  }
  return html;
}
