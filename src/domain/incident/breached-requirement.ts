import { normalizeIso42001Id } from '../catalog';

/**
 * What an incident names as the breached requirement: an ISO/IEC 42001 clause or Annex A control
 * (written "ISO42001:A.6.2.6", "A.6.2.6" or "8.4"), which must exist, or any other requirement in
 * words (a law, a contract, an internal policy).
 */
export type BreachedRequirement =
  | { readonly kind: 'iso42001'; readonly id: string }
  | { readonly kind: 'other'; readonly text: string }
  | { readonly kind: 'unknown-iso42001'; readonly text: string };

/** Looks like an ISO/IEC 42001 reference: its namespace, or a bare clause or Annex A number. */
const ISO_LIKE = /^(iso\s*\/?\s*(iec\s*)?42001\s*:|a\.\d|\d+(\.\d+)*$)/i;

export function breachedRequirementOf(text: string): BreachedRequirement {
  const trimmed = text.trim();
  if (!ISO_LIKE.test(trimmed)) return { kind: 'other', text: trimmed };
  const namespaced = trimmed.replace(/^iso\s*\/?\s*(iec\s*)?42001\s*:/i, 'ISO42001:');
  try {
    return { kind: 'iso42001', id: normalizeIso42001Id(namespaced) };
  } catch {
    return { kind: 'unknown-iso42001', text: trimmed };
  }
}
