import { contentHash } from '../integrity/canonical-hash';
import type { SoaRow } from './soa-row';

/**
 * The digest of all of a row's risks: the stored one, or, for a snapshot from before rows were
 * bounded (whose `risks` holds all of them), the same digest computed from that list.
 */
export const riskDigestOf = (row: SoaRow): string => row.riskDigest ?? contentHash(row.risks);
