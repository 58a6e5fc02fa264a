import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { GapStatus } from '../../../src/domain/gap-analysis/gap-assessment';
import type { Translator } from '../../common';

export const STATUS_APPEARANCE: Readonly<Record<GapStatus, ThemeAppearance>> = {
  'not-started': 'removed',
  partly: 'moved',
  conformant: 'success',
  'not-applicable': 'default',
};

type T = Translator['t'];

const STATUS_NAMES: Readonly<Record<GapStatus, (t: T) => string>> = {
  'not-started': (t) => t('gap.status.notStarted'),
  partly: (t) => t('gap.status.partly'),
  conformant: (t) => t('gap.status.conformant'),
  'not-applicable': (t) => t('gap.status.notApplicable'),
};

/** A status as the viewer's language names it. */
export const statusName = (t: T, status: GapStatus | null | undefined): string =>
  status ? STATUS_NAMES[status](t) : t('gap.status.unassessed');

/** A readiness score in the viewer's locale ("n/a" when nothing counts). */
export const percent = ({ t, percent: format }: Translator, score: number | null): string =>
  score === null ? t('gap.noScore') : format(score);
