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

/** A one-paragraph ADF document holding `text` (for seeds and plain-text inputs). */
export function textToAdf(text: string): { type: 'doc'; version: 1; content: unknown[] } {
  return {
    type: 'doc',
    version: 1,
    content: text
      .split(/\n{2,}/)
      .map((p) => ({ type: 'paragraph', content: p ? [{ type: 'text', text: p }] : [] })),
  };
}
