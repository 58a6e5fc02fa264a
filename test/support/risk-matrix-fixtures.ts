/**
 * A 4×4 risk matrix as an administrator might configure it: its own labels, and an appetite of
 * "Low", lower than the default's "Medium", so 2 × 3 = 6 needs an acceptance here but not by default.
 */
export const FOUR_BY_FOUR_RISK_MATRIX = {
  likelihood: [
    { label: 'Rare' },
    { label: 'Unlikely' },
    { label: 'Likely', description: 'Expected at least once a year' },
    { label: 'Almost certain' },
  ],
  consequence: [{ label: 'Minor' }, { label: 'Moderate' }, { label: 'Major' }, { label: 'Severe' }],
  bands: [
    { id: 'low', label: 'Low', minScore: 1, maxScore: 3 },
    { id: 'medium', label: 'Medium', minScore: 4, maxScore: 6 },
    { id: 'high', label: 'High', minScore: 7, maxScore: 12 },
    { id: 'critical', label: 'Critical', minScore: 13, maxScore: 16 },
  ],
  appetiteBandId: 'low',
};
