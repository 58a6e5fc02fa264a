import type { ThemeAppearance } from '@atlaskit/lozenge';
import { GAP_STATUS_NAMES, type GapStatus } from '../../../src/domain/gap-analysis/gap-assessment';

export const STATUS_APPEARANCE: Readonly<Record<GapStatus, ThemeAppearance>> = {
  'not-started': 'removed',
  partly: 'moved',
  conformant: 'success',
  'not-applicable': 'default',
};

export const statusName = (status: GapStatus | null | undefined): string =>
  status ? GAP_STATUS_NAMES[status] : 'Not assessed';

export const percent = (score: number | null): string => (score === null ? 'n/a' : `${score}%`);
