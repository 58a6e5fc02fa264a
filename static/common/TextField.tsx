import Textfield from '@atlaskit/textfield';
import { LabelledField } from './LabelledField';

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
  return (
    <LabelledField id={id} title={title} hint={hint} error={error}>
      {({ describedBy, invalid }) => (
        <Textfield
          id={id}
          name={id}
          type={type}
          value={value}
          placeholder={placeholder}
          min={min}
          max={max}
          autoComplete={autoComplete}
          isInvalid={invalid}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </LabelledField>
  );
}
