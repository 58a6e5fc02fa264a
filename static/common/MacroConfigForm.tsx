import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { view } from '@forge/bridge';
import { Loading } from './Loading';
import { Problem } from './Problem';
import { useI18n } from './i18n/I18nProvider';
import { frame, row, stack } from './styles';
import { useConfigSubmit } from './use-config-submit';

/**
 * A macro's configuration form: its fields, then Save (the app checks the configuration with
 * `checkFunction` before Confluence saves it; a refusal is shown with its reasons) and Cancel.
 * While `loading`, a spinner stands in for the form.
 */
export function MacroConfigForm({
  label,
  checkFunction,
  config,
  loading = false,
  errorTestId,
  children,
}: {
  label: string;
  checkFunction: string;
  /** The configuration as the fields hold it now. */
  config: () => Record<string, unknown>;
  loading?: boolean;
  errorTestId?: string;
  children: ReactNode;
}) {
  const { save, saving, error } = useConfigSubmit(checkFunction);
  const { t } = useI18n();
  if (loading)
    return (
      <div style={frame}>
        <Loading label={t('common.loadingSettings')} />
      </div>
    );
  return (
    <form
      aria-label={label}
      style={{ ...frame, ...stack }}
      onSubmit={(e) => {
        e.preventDefault();
        void save(config());
      }}
    >
      {children}
      {error !== undefined && (
        <Problem error={error} title={t('common.settingsNotSaved')} testId={errorTestId} />
      )}
      <div style={row}>
        <Button type="submit" appearance="primary" isDisabled={saving}>
          {t('common.save')}
        </Button>
        <Button appearance="subtle" onClick={() => void view.close()}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
