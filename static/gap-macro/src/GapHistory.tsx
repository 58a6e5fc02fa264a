import { muted } from '../../common/styles';
import type { GapMacroView } from '../../../src/ui-contract/gap-macro-view';

/** The completed assessments of this page, newest first (each kept frozen on the page). */
export function GapHistory({ view }: { view: GapMacroView }) {
  if (view.completed.length === 0) {
    return <p style={muted}>No assessment has been completed on this page yet.</p>;
  }
  return (
    <ol reversed data-testid="gap-history">
      {[...view.completed].reverse().map((c) => (
        <li key={c.id}>
          {c.title} — completed {c.completedAt.slice(0, 10)}
        </li>
      ))}
    </ol>
  );
}
