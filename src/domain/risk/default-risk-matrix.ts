/** The default 5×5 matrix a new site starts with; admins can change it (3×3 to 5×5). */
import { parseRiskMatrixConfig } from './parse-risk-matrix-config';
import type { RiskMatrixConfig, RiskMatrixConfigInput } from './risk-matrix-config';

export const DEFAULT_RISK_MATRIX_INPUT: RiskMatrixConfigInput = {
  likelihood: [
    { label: 'Rare', description: 'May happen only in exceptional circumstances' },
    { label: 'Unlikely', description: 'Could happen, but not expected' },
    { label: 'Possible', description: 'Might happen at some time' },
    { label: 'Likely', description: 'Will probably happen in most circumstances' },
    { label: 'Almost certain', description: 'Expected to happen' },
  ],
  consequence: [
    { label: 'Negligible', description: 'No noticeable effect on people or the organization' },
    { label: 'Minor', description: 'Small, easily reversed effect' },
    { label: 'Moderate', description: 'Noticeable harm that can be remedied' },
    { label: 'Major', description: 'Serious harm to people, rights or the organization' },
    { label: 'Severe', description: 'Lasting or irreversible harm' },
  ],
  bands: [
    { id: 'low', label: 'Low', minScore: 1, maxScore: 4 },
    { id: 'medium', label: 'Medium', minScore: 5, maxScore: 9 },
    { id: 'high', label: 'High', minScore: 10, maxScore: 16 },
    { id: 'critical', label: 'Critical', minScore: 17, maxScore: 25 },
  ],
  appetiteBandId: 'medium',
};

export const DEFAULT_RISK_MATRIX: RiskMatrixConfig =
  parseRiskMatrixConfig(DEFAULT_RISK_MATRIX_INPUT);
