import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Lozenge from '@atlaskit/lozenge';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';
import { useReportUnsaved } from '../../common';
import { fieldset, keyCell, keyValueTable, muted, valueCell } from '../../common/styles';

type Item = PolicyView['checklist'][number];

/** Read-only clause 5.2 checklist. */
function ChecklistTable({ items }: { items: readonly Item[] }) {
  return (
    <table style={keyValueTable} aria-label="Clause 5.2 checklist" data-testid="policy-checklist">
      <thead>
        <tr>
          <th scope="col" style={keyCell}>
            The AI policy…
          </th>
          <th scope="col" style={keyCell}>
            Covered
          </th>
          <th scope="col" style={keyCell}>
            Where the page covers it
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.element}>
            <td style={valueCell}>{item.name}</td>
            <td style={valueCell}>
              <Lozenge appearance={item.covered ? 'success' : 'moved'}>
                {item.covered ? 'Covered' : 'Not covered'}
              </Lozenge>
            </td>
            <td style={valueCell}>{item.where ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The owner's editable checklist: tick each element and say where the page covers it. */
function ChecklistForm({
  items,
  onSave,
}: {
  items: readonly Item[];
  /** Saves the checklist; resolves to whether it was saved (a refusal is shown by the macro). */
  onSave: (items: readonly Item[]) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState(items);
  const [saving, setSaving] = useState(false);
  const dirty = draft.some((item, i) => {
    const saved = items[i];
    return !saved || item.covered !== saved.covered || (item.where ?? '') !== (saved.where ?? '');
  });
  useReportUnsaved('policy-checklist', dirty, 'The clause 5.2 checklist', async () => {
    if (!(await onSave(draft))) throw new Error('The checklist was not saved (see above).');
  });
  const update = (element: Item['element'], change: Partial<Item>) =>
    setDraft((list) => list.map((i) => (i.element === element ? { ...i, ...change } : i)));
  return (
    <form
      aria-label="Clause 5.2 checklist"
      data-testid="policy-checklist-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaving(true);
        void onSave(draft).finally(() => setSaving(false));
      }}
      style={{ display: 'flex', flexDirection: 'column', gap: token('space.100') }}
    >
      <p style={muted}>
        As the document owner, tick each element the page covers and say where (a heading or
        section).
      </p>
      {draft.map((item) => (
        <fieldset key={item.element} style={fieldset}>
          <legend style={{ padding: `0 ${token('space.050')}` }}>The policy {item.name}</legend>
          <Checkbox
            label="Covered by this page"
            name={`covered-${item.element}`}
            isChecked={item.covered}
            onChange={(e) => update(item.element, { covered: e.currentTarget.checked })}
          />
          <label
            htmlFor={`where-${item.element}`}
            style={{ display: 'block', marginTop: token('space.050') }}
          >
            Where (heading or section)
          </label>
          <Textfield
            id={`where-${item.element}`}
            name={`where-${item.element}`}
            value={item.where ?? ''}
            onChange={(e) => update(item.element, { where: e.currentTarget.value })}
          />
        </fieldset>
      ))}
      <div>
        <Button type="submit" appearance="primary" isDisabled={saving}>
          Save checklist
        </Button>
      </div>
    </form>
  );
}

export function Checklist({
  view,
  onSave,
}: {
  view: PolicyView;
  onSave: (items: readonly Item[]) => Promise<boolean>;
}) {
  const editable = view.viewer.isOwner && view.page.isCurrent && view.status !== 'superseded';
  return editable ? (
    <ChecklistForm items={view.checklist} onSave={onSave} />
  ) : (
    <ChecklistTable items={view.checklist} />
  );
}
