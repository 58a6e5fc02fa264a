import { NativeSelectField, useI18n } from '../../../common';
import type { People } from './people';

/** A labelled choice of people, the first choice nobody (`none` names it; "Nobody" by default). */
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
    <NativeSelectField
      id={id}
      title={title}
      placeholder={none ?? t('panel.people.nobody')}
      options={people.map((p) => ({ value: p.accountId, label: p.displayName }))}
      value={value}
      onChange={onChange}
    />
  );
}
