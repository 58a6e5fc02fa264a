import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import { LabelledField } from './LabelledField';

/** One choice: what is stored and what a person reads (already translated). */
export interface NativeSelectOption<V extends string | number> {
  value: V;
  label: string;
}

/** A browser <select> in the Atlaskit field colours, as tall as the Atlaskit fields beside it. */
const select: CSSProperties = {
  font: token('font.body'),
  color: token('color.text'),
  backgroundColor: token('color.background.input'),
  border: `${token('border.width')} solid ${token('color.border.input')}`,
  borderRadius: token('radius.small'),
  padding: `${token('space.050')} ${token('space.100')}`,
  minHeight: '2.25rem',
  width: '100%',
};
const invalid: CSSProperties = { ...select, borderColor: token('color.border.danger') };
const disabledSelect: CSSProperties = {
  ...select,
  color: token('color.text.disabled'),
  backgroundColor: token('color.background.disabled'),
};

interface Common<V extends string | number> {
  id: string;
  /** The form field's name; the id when not given. */
  name?: string;
  title: string;
  options: readonly NativeSelectOption<V>[];
  hint?: string;
  error?: string;
  /** Ids of descriptions shown elsewhere on the page, read after the hint and error. */
  describedBy?: string;
  disabled?: boolean;
}

/** Without a placeholder one of the options is always chosen. */
interface Chosen<V extends string | number> extends Common<V> {
  placeholder?: undefined;
  value: V;
  onChange: (value: V) => void;
}

/** With one, the first choice is the placeholder ("Choose…", "Nobody"): its value is ''. */
interface Optional<V extends string | number> extends Common<V> {
  placeholder: string;
  value: V | '';
  onChange: (value: V | '') => void;
}

/**
 * A labelled browser <select> (keyboard and screen readers as the browser gives them; the menu is
 * the browser's own, so it is never clipped by a small frame) with an optional hint and error under
 * it, both tied to it (aria-describedby); an error also marks it invalid. All words come from the
 * caller, translated. For a searchable or clearable choice, `./SelectField` (@atlaskit/select,
 * about 36–40 KB more of first download in an app that has no other Atlaskit select).
 */
export function NativeSelectField<V extends string | number>(props: Chosen<V> | Optional<V>) {
  const { id, name, title, options, hint, error, describedBy, disabled, placeholder } = props;
  const pick = (raw: string): void => {
    const chosen = options.find((o) => String(o.value) === raw);
    if (chosen) props.onChange(chosen.value);
    else if (props.placeholder !== undefined) props.onChange('');
  };
  return (
    <LabelledField id={id} title={title} hint={hint} error={error} describedBy={describedBy}>
      {(description) => (
        <select
          id={id}
          name={name ?? id}
          style={disabled ? disabledSelect : description.invalid ? invalid : select}
          value={String(props.value)}
          disabled={disabled}
          aria-invalid={description.invalid ? true : undefined}
          aria-describedby={description.describedBy}
          onChange={(e) => pick(e.currentTarget.value)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={String(o.value)}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
