import { useI18n } from '../i18n/I18nProvider';
import { NativeSelectField } from '../NativeSelectField';
import type { DocumentControlView } from '../../../src/ui-contract/document-control-view';

/** Which page version's document control to show (the current one first). */
export function VersionPicker({
  view,
  onPick,
}: {
  view: DocumentControlView;
  onPick: (v: number) => void;
}) {
  const { t } = useI18n();
  const versions = Array.from(
    { length: view.page.currentVersion },
    (_, i) => view.page.currentVersion - i,
  );
  return (
    <NativeSelectField
      id="document-version"
      title={t('common.document.version.label')}
      options={versions.map((v) => ({
        value: v,
        label:
          v === view.page.currentVersion
            ? t('common.document.control.current', { version: v })
            : String(v),
      }))}
      value={view.page.viewedVersion}
      onChange={onPick}
    />
  );
}
