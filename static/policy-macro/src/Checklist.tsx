import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Lozenge from '@atlaskit/lozenge';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { PolicyView } from '../../../src/ui-contract/policy-macro-view';
import type { PolicyElement } from '../../../src/domain/records/policy-document';
import type { Translator } from '../../common';
import { useI18n, useReportUnsaved } from '../../common';
import { fieldset, keyCell, keyValueTable, muted, valueCell } from '../../common/styles';

type Item = PolicyView['checklist'][number];

/** What an element of clause 5.2 asks of the policy, in the viewer's language. */
const elementName = (t: Translator['t'], element: PolicyElement): string =>
  ({
    'appropriate-to-purpose': t('policy.element.purpose'),
    'framework-for-objectives': t('policy.element.objectives'),
    'commitment-to-requirements': t('policy.element.requirements'),
    'commitment-to-continual-improvement': t('policy.element.improvement'),
  })[element];

/** Read-only clause 5.2 checklist. */
function ChecklistTable({ items }: { items: readonly Item[] }) {
  const { t } = useI18n();
  return (
    <table
      style={keyValueTable}
      aria-label={t('policy.checklist.label')}
      data-testid="policy-checklist"
    >
      <thead>
        <tr>
          <th scope="col" style={keyCell}>
            {t('policy.checklist.thePolicy')}
          </th>
          <th scope="col" style={keyCell}>
            {t('policy.checklist.covered')}
          </th>
          <th scope="col" style={keyCell}>
            {t('policy.checklist.where')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.element}>
            <td style={valueCell}>{elementName(t, item.element)}</td>
            <td style={valueCell}>
              <Lozenge appearance={item.covered ? 'success' : 'moved'}>
                {item.covered ? t('policy.checklist.covered') : t('policy.checklist.notCovered')}
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
  const { t } = useI18n();
  const [draft, setDraft] = useState(items);
  const [saving, setSaving] = useState(false);
  const dirty = draft.some((item, i) => {
    const saved = items[i];
    return !saved || item.covered !== saved.covered || (item.where ?? '') !== (saved.where ?? '');
  });
  useReportUnsaved('policy-checklist', dirty, t('policy.checklist.unsaved'), async () => {
    if (!(await onSave(draft))) throw new Error(t('policy.checklist.notSaved'));
  });
  const update = (element: Item['element'], change: Partial<Item>) =>
    setDraft((list) => list.map((i) => (i.element === element ? { ...i, ...change } : i)));
  return (
    <form
      aria-label={t('policy.checklist.label')}
      data-testid="policy-checklist-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaving(true);
        void onSave(draft).finally(() => setSaving(false));
      }}
      style={{ display: 'flex', flexDirection: 'column', gap: token('space.100') }}
    >
      <p style={muted}>{t('policy.checklist.intro')}</p>
      {draft.map((item) => (
        <fieldset key={item.element} style={fieldset}>
          <legend style={{ padding: `0 ${token('space.050')}` }}>
            {t('policy.checklist.element', { name: elementName(t, item.element) })}
          </legend>
          <Checkbox
            label={t('policy.checklist.coveredBy')}
            name={`covered-${item.element}`}
            isChecked={item.covered}
            onChange={(e) => update(item.element, { covered: e.currentTarget.checked })}
          />
          <label
            htmlFor={`where-${item.element}`}
            style={{ display: 'block', marginTop: token('space.050') }}
          >
            {t('policy.checklist.whereLabel')}
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
          {t('policy.checklist.save')}
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
