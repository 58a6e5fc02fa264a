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
  const versions = Array.from(
    { length: view.page.currentVersion },
    (_, i) => view.page.currentVersion - i,
  );
  return (
    <div>
      <label htmlFor="document-version" style={label}>
        Show the document control of page version
      </label>
      <select
        id="document-version"
        style={nativeSelect}
        value={view.page.viewedVersion}
        onChange={(e) => onPick(Number(e.currentTarget.value))}
      >
        {versions.map((v) => (
          <option key={v} value={v}>
            {v === view.page.currentVersion ? `${v} (current)` : String(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
