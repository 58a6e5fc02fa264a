import { canonicalJson, contentHash } from '../integrity/canonical-hash';
import type { SoaRow } from './soa-row';

/**
 * The digest of which risks a row's control treats (keys and titles of all of them): the stored
 * one, or, for a snapshot from before rows were bounded (whose `risks` holds all of them), the
 * same digest computed from that list.
 */
export const riskDigestOf = (row: SoaRow): string =>
  row.riskDigest ?? contentHash(row.risks.map((r) => ({ key: r.key, title: r.title })));

/** True when two rows' risks differ: which risks they are, or what the listed ones say. */
export const risksDiffer = (a: SoaRow, b: SoaRow): boolean =>
  riskDigestOf(a) !== riskDigestOf(b) || canonicalJson(a.risks) !== canonicalJson(b.risks);
