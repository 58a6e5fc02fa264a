import { useI18n } from '../i18n/I18nProvider';
import { label, nativeSelect } from '../styles';
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
    <div>
      <label htmlFor="document-version" style={label}>
        {t('common.document.version.label')}
      </label>
      <select
        id="document-version"
        style={nativeSelect}
        value={view.page.viewedVersion}
        onChange={(e) => onPick(Number(e.currentTarget.value))}
      >
        {versions.map((v) => (
          <option key={v} value={v}>
            {v === view.page.currentVersion
              ? t('common.document.control.current', { version: v })
              : String(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
