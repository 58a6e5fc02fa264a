import type { ReactNode } from 'react';
import { fieldError, label, note } from './styles';

/** What a control needs from its frame: the ids that describe it, and whether it is in error. */
export interface FieldDescription {
  describedBy: string | undefined;
  invalid: boolean;
}

/**
 * A form field's frame: its label (for the control of `id`), the control, then an optional hint
 * and error under it. The control is given the ids of the hint, the error and `describedBy` (a
 * description shown elsewhere) for aria-describedby, and whether there is an error.
 */
export function LabelledField({
  id,
  title,
  hint,
  error,
  describedBy,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  error?: string;
  describedBy?: string;
  children: (description: FieldDescription) => ReactNode;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', describedBy ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div>
      <label htmlFor={id} style={label}>
        {title}
      </label>
      {children({ describedBy: described || undefined, invalid: Boolean(error) })}
      {hint && (
        <p id={`${id}-hint`} style={note}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} style={fieldError} data-testid={`error-${id}`}>
          {error}
        </p>
      )}
    </div>
  );
}
