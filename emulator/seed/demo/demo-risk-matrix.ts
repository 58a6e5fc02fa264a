/**
 * Demo: the risk criteria (6.1.2) as the bank set them on the admin page — the 5×5 scales with its
 * own meaning of each level, the four risk levels and the appetite (Medium) — saved by the Jira
 * administrator through the admin page's resolver, as a click on "Save risk matrix" would.
 * Idempotent: saving the same matrix again changes nothing.
 */
import type { ForgeHost } from '../../forge-host';
import { invokeAdminPage } from './demo-admin-page';

export const DEMO_RISK_MATRIX = {
  likelihood: [
    { label: 'Rare', description: 'Less than once in ten years across all our AI systems' },
    { label: 'Unlikely', description: 'Once in three to ten years' },
    { label: 'Possible', description: 'Once in one to three years' },
    { label: 'Likely', description: 'About once a year' },
    { label: 'Almost certain', description: 'Several times a year' },
  ],
  consequence: [
    { label: 'Negligible', description: 'No customer affected; no regulatory interest' },
    { label: 'Minor', description: 'A few customers inconvenienced, fixed within a day' },
    { label: 'Moderate', description: 'Customers harmed and compensated; a complaint trend' },
    { label: 'Major', description: 'Many customers harmed or rights affected; regulator informed' },
    { label: 'Severe', description: 'Lasting harm to people or society; licence at stake' },
  ],
  bands: [
    { id: 'low', label: 'Low', minScore: 1, maxScore: 4 },
    { id: 'medium', label: 'Medium', minScore: 5, maxScore: 9 },
    { id: 'high', label: 'High', minScore: 10, maxScore: 16 },
    { id: 'critical', label: 'Critical', minScore: 17, maxScore: 25 },
  ],
  appetiteBandId: 'medium',
};

/** Saves the demo's risk matrix as the Jira administrator (admin page resolver). */
export async function seedRiskMatrix(host: ForgeHost): Promise<void> {
  await invokeAdminPage(
    host,
    'saveRiskMatrix',
    { matrix: DEMO_RISK_MATRIX },
    'The demo risk matrix was not saved',
  );
}
