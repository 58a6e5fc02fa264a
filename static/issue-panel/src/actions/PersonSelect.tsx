import type { CSSProperties } from 'react';
import { useI18n } from '../../../common';
import { label, nativeSelect } from '../../../common/styles';
import type { People } from './people';

const fieldSelect: CSSProperties = { ...nativeSelect, minHeight: '2.25rem', width: '100%' };

/** A labelled <select> of people, the first choice nobody (`none` names it; "Nobody" by default). */
export function PersonSelect({
  id,
  title,
  people,
  value,
  onChange,
  none,
}: {
  id: string;
  title: string;
  people: People;
  value: string;
  onChange: (accountId: string) => void;
  none?: string;
}) {
  const { t } = useI18n();
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
        <option value="">{none ?? t('panel.people.nobody')}</option>
        {people.map((p) => (
          <option key={p.accountId} value={p.accountId}>
            {p.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}
