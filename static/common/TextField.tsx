import Textfield from '@atlaskit/textfield';
import { fieldError, label, note } from './styles';

/**
 * A labelled text field with an optional hint and error under it, both tied to the field
 * (aria-describedby); an error also marks the field invalid.
 */
export function TextField({
  id,
  title,
  value,
  onChange,
  placeholder,
  hint,
  error,
  type = 'text',
  min,
  max,
  autoComplete,
}: {
  id: string;
  title: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
  error?: string;
  type?: 'text' | 'number' | 'password';
  min?: number;
  max?: number;
  autoComplete?: string;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div>
      <label htmlFor={id} style={label}>
        {title}
      </label>
      <Textfield
        id={id}
        name={id}
        type={type}
        value={value}
        placeholder={placeholder}
        min={min}
        max={max}
        autoComplete={autoComplete}
        isInvalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
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
