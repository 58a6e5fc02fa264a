import { useI18n } from '../../common';
import { muted } from '../../common/styles';
import type { GapMacroView } from '../../../src/ui-contract/gap-macro-view';

/** The completed assessments of this page, newest first (each kept frozen on the page). */
export function GapHistory({ view }: { view: GapMacroView }) {
  const { t, date } = useI18n();
  if (view.completed.length === 0) {
    return <p style={muted}>{t('gap.history.none')}</p>;
  }
  return (
    <ol reversed data-testid="gap-history">
      {[...view.completed].reverse().map((c) => (
        <li key={c.id}>{t('gap.history.entry', { title: c.title, date: date(c.completedAt) })}</li>
      ))}
    </ol>
  );
}
