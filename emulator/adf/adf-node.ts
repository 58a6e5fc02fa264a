import { z } from 'zod';

/** The JSON shape of an ADF node or mark (as Jira stores it and Confluence in `atlas_doc_format`). */
export interface AdfMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  marks?: AdfMark[];
  text?: string;
}

export interface AdfDoc extends AdfNode {
  type: 'doc';
  version: number;
  content: AdfNode[];
}

/** An ADF document at a REST boundary: a `doc` with a version and content (nodes not checked). */
export const adfDocSchema = z
  .object({ type: z.literal('doc'), version: z.number(), content: z.array(z.unknown()) })
  .loose();

/** ADF node types that sit inside a paragraph (everything else is a block). */
export const INLINE_NODE_TYPES = new Set([
  'text',
  'hardBreak',
  'mention',
  'emoji',
  'date',
  'status',
  'inlineCard',
  'inlineExtension',
  'placeholder',
  'mediaInline',
]);

/** Forge macros are ADF extensions of this type (extensionKey `{appId}/{envId}/static/{moduleKey}`). */
export const FORGE_EXTENSION_TYPE = 'com.atlassian.ecosystem';

/** Marks that are one plain element in HTML and in storage format alike. */
export const MARK_TAGS: Readonly<Record<string, string>> = {
  strong: 'strong',
  em: 'em',
  underline: 'u',
  strike: 's',
  code: 'code',
};

export const EXTENSION_NODE_TYPES = new Set(['extension', 'bodiedExtension', 'inlineExtension']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isAdfNode(value: unknown): value is AdfNode {
  return isRecord(value) && typeof value.type === 'string';
}

export function emptyDoc(): AdfDoc {
  return { type: 'doc', version: 1, content: [] };
}
