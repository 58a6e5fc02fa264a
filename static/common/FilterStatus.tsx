import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { muted } from './styles';

/**
 * Beside a filter that asks the app again: "Filtering…" with a spinner while the answer is on its
 * way, then how many items it shows ("12 controls shown"), announced to screen readers.
 */
export function FilterStatus({
  busy,
  shown,
  noun,
  testId,
}: {
  busy: boolean;
  shown: number;
  /** What the list holds, plural ("controls"). */
  noun: string;
  testId?: string;
}) {
  return (
    <span
      role="status"
      aria-live="polite"
      aria-busy={busy}
      data-testid={testId}
      style={{ ...muted, display: 'inline-flex', gap: token('space.075'), alignItems: 'center' }}
    >
      {busy ? (
        <>
          <Spinner size="small" label="Filtering" />
          Filtering…
        </>
      ) : (
        `${shown} ${noun} shown`
      )}
    </span>
  );
}
