import { contentHash } from '../integrity/canonical-hash';
import type { SoaRow } from './soa-row';

/** The hash an approved SoA snapshot is stored with: any change to any row changes it. */
export function soaContentHash(rows: readonly SoaRow[]): string {
  return contentHash(rows);
}
