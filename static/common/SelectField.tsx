import type { CSSProperties } from 'react';
import Select from '@atlaskit/select';
import { label, note } from './styles';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

/** A labelled Atlaskit select of one value; `onChange` gets undefined when it is cleared. */
export function SelectField<V extends string>({
  id,
  title,
  options,
  value,
  onChange,
  placeholder,
  isClearable = false,
  hint,
  style,
}: {
  id: string;
  title: string;
  options: readonly SelectOption<V>[];
  value: V | '';
  onChange: (value: V | undefined) => void;
  placeholder?: string;
  isClearable?: boolean;
  hint?: string;
  style?: CSSProperties;
}) {
  return (
    <div style={style}>
      <label htmlFor={id} style={label}>
        {title}
      </label>
      <Select<SelectOption<V>>
        inputId={id}
        options={options}
        value={options.find((o) => o.value === value) ?? null}
        onChange={(o) => onChange(o?.value)}
        placeholder={placeholder}
        isClearable={isClearable}
      />
      {hint && <p style={note}>{hint}</p>}
    </div>
  );
}
