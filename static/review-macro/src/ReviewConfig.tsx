import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { view } from '@forge/bridge';
import { z } from 'zod';
import { Loading, useAsync, callResolver, Problem } from '../../common';
import { reviewPeopleSchema } from '../../../src/ui-contract/review-macro-view';
import { frame, label, muted, row, stack } from '../../common/styles';

const checkedSchema = z.object({ config: z.record(z.string(), z.unknown()) });
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function Field({
  id,
  title,
  value,
  placeholder,
  hint,
  onChange,
}: {
  id: string;
  title: string;
  value: string;
  placeholder?: string;
  hint?: string;
  onChange: (value: string) => void;
}) {
  return (
    <div>
      <label htmlFor={id} style={label}>
        {title}
      </label>
      <Textfield
        id={id}
        name={id}
        value={value}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} style={muted}>
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * The macro's settings: checked by the app first (a bad configuration is refused with the
 * reasons and nothing is saved), then handed to Confluence with view.submit.
 */
export function ReviewConfig({ saved }: { saved: Record<string, unknown> }) {
  const { state } = useAsync(() => callResolver('getPeople', reviewPeopleSchema), []);
  const [title, setTitle] = useState(text(saved.title));
  const [projectKey, setProjectKey] = useState(text(saved.projectKey));
  const [periodStart, setStart] = useState(text(saved.periodStart));
  const [periodEnd, setEnd] = useState(text(saved.periodEnd));
  const [previous, setPrevious] = useState(text(saved.previousReviewPageId));
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  if (state.status === 'loading') {
    return (
      <div style={frame}>
        <Loading label="Loading settings" />
      </div>
    );
  }
  const defaultProject = state.status === 'ready' ? state.data.defaults.projectKey : 'AIMS';
  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const config = {
        title: title.trim(),
        projectKey: (projectKey || defaultProject).trim().toUpperCase(),
        periodStart: periodStart.trim(),
        periodEnd: periodEnd.trim(),
        ...(previous.trim() ? { previousReviewPageId: previous.trim() } : {}),
      };
      const checked = await callResolver('checkConfig', checkedSchema, { config });
      await view.submit({ config: checked.config });
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      aria-label="Management review settings"
      style={{ ...frame, ...stack }}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field
        id="title"
        title="Title"
        value={title}
        placeholder="Management Review 2026-Q4"
        onChange={setTitle}
      />
      <Field
        id="projectKey"
        title="Jira project of the AIMS"
        value={projectKey}
        placeholder={defaultProject}
        onChange={setProjectKey}
      />
      <Field
        id="periodStart"
        title="Period start (YYYY-MM-DD)"
        value={periodStart}
        placeholder="2026-10-01"
        onChange={setStart}
      />
      <Field
        id="periodEnd"
        title="Period end (YYYY-MM-DD)"
        value={periodEnd}
        placeholder="2026-12-31"
        onChange={setEnd}
      />
      <Field
        id="previousReviewPageId"
        title="Previous review page id (optional)"
        value={previous}
        placeholder="e.g. 65539"
        hint="The Confluence page of the previous management review; its decisions become input a)."
        onChange={setPrevious}
      />
      {error !== undefined && <Problem error={error} title="The settings were not saved" />}
      <div style={row}>
        <Button type="submit" appearance="primary" isDisabled={saving}>
          Save
        </Button>
        <Button appearance="subtle" onClick={() => void view.close()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
