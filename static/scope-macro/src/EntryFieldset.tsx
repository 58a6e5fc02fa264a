import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { useI18n } from '../../common';
import { fieldset, legend, tightStack } from '../../common/styles';
import type { ContextIssueKind } from '../../../src/domain/scope/scope-context';
import { label, nativeSelect } from '../../common/styles';

/** One entry of a list being edited: its fields under a legend, and a button to remove it. */
export function EntryFieldset({
  title,
  removeLabel,
  onRemove,
  children,
}: {
  title: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset style={{ ...fieldset, ...tightStack }}>
      <legend style={legend}>{title}</legend>
      {children}
      <div>
        <Button appearance="subtle" onClick={onRemove}>
          {removeLabel}
        </Button>
      </div>
    </fieldset>
  );
}

/** Internal or external, as a labelled choice. */
export function KindField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: ContextIssueKind;
  onChange: (kind: ContextIssueKind) => void;
}) {
  const { t } = useI18n();
  return (
    <div>
      <label htmlFor={id} style={label}>
        {t('scope.kind.label')}
      </label>
      <select
        id={id}
        style={nativeSelect}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as ContextIssueKind)}
      >
        <option value="internal">{t('scope.kind.optionInternal')}</option>
        <option value="external">{t('scope.kind.optionExternal')}</option>
      </select>
    </div>
  );
}
