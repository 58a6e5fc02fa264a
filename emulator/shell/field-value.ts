import type { SafeHtml } from './html';
import { html } from './html';
import { isAdfNode } from '../adf/adf-node';
import { adfToHtml } from './adf-html';

/** A Jira field value as a reader sees it (option values, user names, ADF text, lists). */
export function fieldValueHtml(value: unknown): SafeHtml {
  if (value === null || value === undefined || value === '')
    return html`<span class="muted">None</span>`;
  if (typeof value === 'string') {
    return /^\d{4}-\d{2}-\d{2}T/.test(value)
      ? html`<time datetime="${value}">${formatDateTime(value)}</time>`
      : html`${value}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return html`${String(value)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return html`<span class="muted">None</span>`;
    return html`${value.map((v, i) => html`${i > 0 ? ', ' : ''}${fieldValueHtml(v)}`)}`;
  }
  if (isAdfNode(value) && value.type === 'doc') return adfToHtml(value);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const key of ['value', 'displayName', 'name', 'key']) {
      const v = o[key];
      if (typeof v === 'string') {
        const child = o.child as Record<string, unknown> | undefined;
        return typeof child?.value === 'string' ? html`${v} / ${child.value}` : html`${v}`;
      }
    }
    return html`<code>${JSON.stringify(value).slice(0, 200)}</code>`;
  }
  return html`${String(value)}`;
}

/** "2026-11-27 01:23" in UTC: stable for tests and screenshots. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)}`;
}
