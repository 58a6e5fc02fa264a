import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Problem } from './Problem';
import { useI18n } from './i18n/I18nProvider';
import type { UnsavedEdit } from './unsaved-edits';
import { row } from './styles';

/**
 * The question asked before something that is recorded for good (an approval, a held review,
 * provisioning): what will happen, a confirm button that takes the focus, and Cancel (or Escape).
 * With `unsaved` input, it first says what is not saved (the record would not hold it, and the
 * macro reloads afterwards) and offers to save it: the confirm button comes back once it is saved.
 */
export function Confirmation({
  title,
  confirmLabel,
  onConfirm,
  onCancel,
  appearance = 'information',
  busy = false,
  unsaved = [],
  testId,
  children,
}: {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** `warning` for what changes more than a record (the confirm button is a warning too). */
  appearance?: 'information' | 'warning';
  busy?: boolean;
  /** Input typed and not saved yet, which this would leave out. */
  unsaved?: readonly UnsavedEdit[];
  testId?: string;
  children: ReactNode;
}) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(undefined);
  const hasUnsaved = unsaved.length > 0;
  useEffect(() => confirmRef.current?.focus(), [hasUnsaved]);
  const saveFirst = async (): Promise<void> => {
    setSaving(true);
    setSaveError(undefined);
    try {
      for (const edit of unsaved) await edit.save();
    } catch (err) {
      setSaveError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div
      role="group"
      aria-label={title}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <SectionMessage appearance={hasUnsaved ? 'warning' : appearance} title={title}>
        {hasUnsaved ? (
          <div data-testid="unsaved-warning">
            <p>
              <strong>{t('common.confirm.unsaved')}</strong>
            </p>
            <ul>
              {unsaved.map((edit) => (
                <li key={edit.label}>{edit.label}</li>
              ))}
            </ul>
            <p>{t('common.confirm.unsavedLost')}</p>
          </div>
        ) : (
          children
        )}
        {saveError !== undefined && (
          <Problem error={saveError} title={t('common.confirm.notSaved')} />
        )}
        <div style={row}>
          {hasUnsaved ? (
            <Button
              ref={confirmRef}
              appearance="primary"
              isDisabled={saving}
              onClick={() => void saveFirst()}
            >
              {saving ? t('common.confirm.saving') : t('common.confirm.saveFirst')}
            </Button>
          ) : (
            <Button
              ref={confirmRef}
              appearance={appearance === 'warning' ? 'warning' : 'primary'}
              isDisabled={busy}
              onClick={onConfirm}
            >
              {confirmLabel}
            </Button>
          )}
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </SectionMessage>
    </div>
  );
}
