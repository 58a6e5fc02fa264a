import type { PageBody } from '../models/page-types';
import type { AdfDoc } from '../../adf/adf-node';
import { emptyDoc, isRecord } from '../../adf/adf-node';
import { adfToStorage } from './adf-to-storage';
import { storageToAdf } from './storage-to-adf';

/** The representations a body is stored and written in. */
export const PRIMARY_FORMATS = ['storage', 'atlas_doc_format'] as const;
export type PrimaryFormat = (typeof PRIMARY_FORMATS)[number];

/** Parses an `atlas_doc_format` value; undefined when it is not an ADF document. */
export function parseAdf(value: string): AdfDoc | undefined {
  if (value.trim() === '') return emptyDoc();
  try {
    const parsed: unknown = JSON.parse(value);
    if (isRecord(parsed) && parsed.type === 'doc' && Array.isArray(parsed.content))
      return parsed as unknown as AdfDoc;
  } catch {
    // not JSON
  }
  return undefined;
}

/** The body as an ADF document, whatever it was stored as. */
export function bodyAsAdf(body: PageBody): AdfDoc {
  if (body.representation === 'atlas_doc_format') return parseAdf(body.value) ?? emptyDoc();
  return storageToAdf(body.value);
}

/** The body in storage format (XHTML), whatever it was stored as. */
export function bodyAsStorage(body: PageBody): string {
  if (body.representation === 'storage') return body.value;
  return adfToStorage(parseAdf(body.value) ?? emptyDoc());
}

/** The body in a primary representation: stored value as is, or converted. */
export function bodyIn(body: PageBody, representation: PageBody['representation']): string {
  if (representation === body.representation) return body.value;
  return representation === 'storage' ? bodyAsStorage(body) : JSON.stringify(bodyAsAdf(body));
}
