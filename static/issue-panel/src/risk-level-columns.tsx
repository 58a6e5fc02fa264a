import Lozenge from '@atlaskit/lozenge';
import type { Column, Translator } from '../../common';
import type { RiskRow } from '../../../src/ui-contract/issue-panel-view';
import { levelLozenge } from './band-colors';

const level = (value: string | null) =>
  value ? <Lozenge appearance={levelLozenge(value)}>{value}</Lozenge> : '—';

/** The inherent and residual risk level of each risk in a table of risks. */
export const riskLevelColumns = (t: Translator['t']): readonly Column<RiskRow>[] => [
  { key: 'inherent', title: t('panel.risk.inherentColumn'), cell: (r) => level(r.inherentLevel) },
  { key: 'residual', title: t('panel.risk.residualColumn'), cell: (r) => level(r.residualLevel) },
];
