import type { AdfDoc } from './adf-node';

/** Plain text of an ADF document (text nodes; block nodes separated by newlines). */
export function adfToText(node: unknown): string {
  const parts: string[] = [];
  walk(node, parts);
  return parts
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'listItem',
  'codeBlock',
  'blockquote',
  'panel',
  'tableCell',
  'tableHeader',
  'rule',
]);

function walk(node: unknown, out: string[]): void {
  if (typeof node !== 'object' || node === null) return;
  const n = node as { type?: unknown; text?: unknown; content?: unknown; attrs?: unknown };
  if (n.type === 'text' && typeof n.text === 'string') out.push(n.text);
  if (n.type === 'hardBreak') out.push('\n');
  if (n.type === 'mention' && typeof n.attrs === 'object' && n.attrs !== null) {
    const text = (n.attrs as { text?: unknown }).text;
    if (typeof text === 'string') out.push(text);
  }
  if (Array.isArray(n.content)) for (const child of n.content) walk(child, out);
  if (typeof n.type === 'string' && BLOCKS.has(n.type)) out.push('\n');
}

/** Plain text as an ADF document: one paragraph per block of text (blank lines separate them). */
export function textToAdf(text: string): AdfDoc {
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
