import { exportMacroView } from './macro-export';
import { notConfiguredAdf, policyViewToAdf } from './policy/policy-adf';
import { loadPolicyView } from './policy/policy-view';

/**
 * adfExport of the AI Policy macro (PDF/Word export, export_view): the document control,
 * the clause 5.2 checklist and the objectives as ADF, read as the exporting user.
 */
export async function policyExport(payload: unknown) {
  return exportMacroView(payload, 'AI Policy', loadPolicyView, policyViewToAdf, notConfiguredAdf);
}
