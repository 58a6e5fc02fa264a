import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textarea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { NativeSelectField, RefusedError, callResolver, useI18n } from '../../common';
import type { PanelFormField, IssuePanelView } from '../../../src/ui-contract/issue-panel-view';
import { issuePanelViewSchema } from '../../../src/ui-contract/issue-panel-view';
import { card, label, muted, subheading, tightStack } from '../../common/styles';

const initialValues = (fields: readonly PanelFormField[]): Record<string, string> =>
  Object.fromEntries(fields.map((f) => [f.key, f.value ?? '']));

function FieldInput({
  field,
  value,
  onChange,
}: {
  field: PanelFormField;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = `field-${field.key}`;
  const hintId = `${id}-hint`;
  if (field.kind === 'viewer') {
    const me = field.options[0] ?? '';
    return (
      <label
        htmlFor={id}
        style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}
      >
        <input
          id={id}
          type="checkbox"
          checked={value === me}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.currentTarget.checked ? me : '')}
        />
        <span>
          <strong>{field.label}</strong>: {t('panel.form.recordMe')}
        </span>
      </label>
    );
  }
  if (field.kind === 'select') {
    return (
      <NativeSelectField
        id={id}
        name={field.key}
        title={field.label}
        placeholder={t('panel.choose')}
        options={field.options.map((o) => ({ value: o, label: o }))}
        value={value}
        describedBy={hintId}
        onChange={onChange}
      />
    );
  }
  return (
    <div>
      <label htmlFor={id} style={label}>
        {field.label}
      </label>
      {field.kind === 'textarea' && (
        <Textarea
          id={id}
          name={field.key}
          value={value}
          minimumRows={2}
          resize="vertical"
          aria-describedby={hintId}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
      {field.kind === 'text' && (
        <Textfield
          id={id}
          name={field.key}
          value={value}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </div>
  );
}

/**
 * A key that changes when the fields' recorded values change (or `extra`, e.g. the status), so a
 * form given it as its React key starts again from what the issue now records.
 */
export const formKeyOf = (fields: readonly PanelFormField[], extra = ''): string =>
  fields.map((f) => `${f.key}=${f.value ?? ''}`).join('|') + extra;

/**
 * The small form that records the current step's missing fields on the issue (as the viewer),
 * so a person can walk the issue through its steps without leaving it.
 */
export function FieldForm({
  fields,
  onSaved,
  title,
}: {
  fields: readonly PanelFormField[];
  onSaved: (panel: IssuePanelView) => void;
  title?: string;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Record<string, string>>(() => initialValues(fields));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);
  if (fields.length === 0) return null;
  const changed = fields.filter((f) => (values[f.key] ?? '') !== (f.value ?? ''));
  const save = async (): Promise<void> => {
    if (changed.length === 0) {
      setProblem({ message: t('panel.form.nothingEntered'), details: [] });
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const payload = Object.fromEntries(
        changed.map((f) => [f.key, values[f.key] ? values[f.key] : null]),
      );
      const panel = await callResolver('updateFields', issuePanelViewSchema, { values: payload });
      onSaved(panel);
    } catch (error) {
      setProblem({
        message: error instanceof Error ? error.message : t('panel.form.notRecorded'),
        details: error instanceof RefusedError ? error.details : [],
      });
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      aria-labelledby="field-form-title"
      style={{ ...card, ...tightStack }}
      data-testid="field-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="field-form-title" style={subheading}>
        {title ?? t('panel.form.title')}
      </h3>
      {fields.map((f) => (
        <div key={f.key}>
          <FieldInput
            field={f}
            value={values[f.key] ?? ''}
            onChange={(v) => setValues((old) => ({ ...old, [f.key]: v }))}
          />
          <p id={`field-${f.key}-hint`} style={muted}>
            {f.description}
          </p>
        </div>
      ))}
      {problem && (
        <div role="alert">
          <SectionMessage appearance="error" title={problem.message}>
            {problem.details.length > 0 && (
              <ul>
                {problem.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </SectionMessage>
        </div>
      )}
      <div>
        <Button appearance="primary" type="submit" isLoading={saving}>
          {t('panel.form.save')}
        </Button>
      </div>
    </form>
  );
}
