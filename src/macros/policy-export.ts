import { exportMacroView } from './macro-export';
import { notConfiguredAdf, policyViewToAdf } from './policy/policy-adf';
import { loadPolicyExportView } from './policy/policy-view';

/**
 * adfExport of the AI Policy macro (PDF/Word export, page history, export_view). No reader: the
 * document control, the clause 5.2 checklist and the approval as the page stores them (read from
 * this page as the app); the AI objectives, Jira issues, are left out with a note.
 */
export async function policyExport(payload: unknown) {
  return exportMacroView(
    payload,
    'AI Policy',
    loadPolicyExportView,
    policyViewToAdf,
    notConfiguredAdf,
  );
}
