import type { CSSProperties } from 'react';
import { label, nativeSelect } from '../../../common/styles';
import type { People } from './people';

const fieldSelect: CSSProperties = { ...nativeSelect, minHeight: '2.25rem', width: '100%' };

/** A labelled <select> of people (with "Nobody" when `none` is given). */
export function PersonSelect({
  id,
  title,
  people,
  value,
  onChange,
  none = 'Nobody',
}: {
  id: string;
  title: string;
  people: People;
  value: string;
  onChange: (accountId: string) => void;
  none?: string;
}) {
  return (
    <div>
      <label htmlFor={id} style={label}>
        {title}
      </label>
      <select
        id={id}
        style={fieldSelect}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{none}</option>
        {people.map((p) => (
          <option key={p.accountId} value={p.accountId}>
            {p.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}
