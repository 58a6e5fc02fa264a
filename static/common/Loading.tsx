import Spinner from '@atlaskit/spinner';

/** Centered spinner with an accessible status label. */
export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ display: 'flex', gap: 8, alignItems: 'center', padding: 8 }}
    >
      <Spinner size="medium" label={label} />
      <span>{label}…</span>
    </div>
  );
}
