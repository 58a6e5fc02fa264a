import TextArea from '@atlaskit/textarea';
import { label, note } from './styles';

/** A labelled Atlaskit text area, with an optional hint tied to it (aria-describedby). */
export function TextAreaField({
  id,
  title,
  value,
  onChange,
  hint,
  minimumRows = 2,
}: {
  id: string;
  title: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  minimumRows?: number;
}) {
  return (
    <div>
      <label htmlFor={id} style={label}>
        {title}
      </label>
      <TextArea
        id={id}
        name={id}
        value={value}
        minimumRows={minimumRows}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} style={note}>
          {hint}
        </p>
      )}
    </div>
  );
}
