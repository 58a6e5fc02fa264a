import type { CSSProperties } from 'react';
import type { PersonView } from '../../src/ui-contract/wire-shapes';
import { SelectField } from './SelectField';
import { useI18n } from './i18n/I18nProvider';

/** A labelled choice of one person (by account id) from the people Jira shows the viewer. */
export function PersonField({
  id,
  title,
  people,
  accountId,
  onChange,
  isClearable,
  hint,
  style,
}: {
  id: string;
  title: string;
  people: readonly PersonView[];
  /** The chosen person's account id ('' for nobody). */
  accountId: string;
  onChange: (accountId: string) => void;
  isClearable?: boolean;
  hint?: string;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      title={title}
      options={people.map((p) => ({ value: p.accountId, label: p.displayName }))}
      value={accountId}
      onChange={(value) => onChange(value ?? '')}
      placeholder={t('common.chooseOwner')}
      isClearable={isClearable}
      hint={hint}
      style={style}
    />
  );
}
