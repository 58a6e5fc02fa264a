import type { SelectOption } from './SelectField';
import { SelectField } from './SelectField';
import { muted, toolbar } from './styles';
import { useI18n } from './i18n/I18nProvider';

/**
 * A "Show" select over a list and, announced to screen readers as it changes, how many of the
 * list's items it lets through ("12 of 70 requirements shown").
 */
export function ShowFilter<V extends string>({
  id,
  options,
  value,
  onChange,
  shown,
  total,
  noun,
}: {
  id: string;
  options: readonly [SelectOption<V>, ...SelectOption<V>[]];
  value: V;
  onChange: (value: V) => void;
  shown: number;
  total: number;
  /** What the list holds, plural ("requirements"). */
  noun: string;
}) {
  const { t } = useI18n();
  return (
    <div style={toolbar}>
      <SelectField<V>
        id={id}
        title={t('common.show')}
        options={options}
        value={value}
        onChange={(v) => onChange(v ?? options[0].value)}
      />
      <span style={muted} role="status">
        {t('common.shownOf', { shown, total, noun })}
      </span>
    </div>
  );
}
