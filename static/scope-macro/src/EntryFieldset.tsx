import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { NativeSelectField, useI18n } from '../../common';
import { fieldset, legend, tightStack } from '../../common/styles';
import type { ContextIssueKind } from '../../../src/domain/scope/scope-context';

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
    <NativeSelectField<ContextIssueKind>
      id={id}
      title={t('scope.kind.label')}
      options={[
        { value: 'internal', label: t('scope.kind.optionInternal') },
        { value: 'external', label: t('scope.kind.optionExternal') },
      ]}
      value={value}
      onChange={onChange}
    />
  );
}
