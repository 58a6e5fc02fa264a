import { useState } from 'react';
import type { MacroFrameProps } from '../../common';
import { TextField, callResolver, useAsync } from '../../common';
import { MacroConfigForm } from '../../common/MacroConfigForm';
import { reviewPeopleSchema } from '../../../src/ui-contract/review-macro-view';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The Management Review macro's settings: title, Jira project, period, previous review. */
export function ReviewConfig({ saved }: MacroFrameProps) {
  const { state } = useAsync(() => callResolver('getPeople', reviewPeopleSchema), []);
  const [title, setTitle] = useState(text(saved.title));
  const [projectKey, setProjectKey] = useState(text(saved.projectKey));
  const [periodStart, setStart] = useState(text(saved.periodStart));
  const [periodEnd, setEnd] = useState(text(saved.periodEnd));
  const [previous, setPrevious] = useState(text(saved.previousReviewPageId));
  const defaultProject = state.status === 'ready' ? state.data.defaults.projectKey : 'AIMS';
  return (
    <MacroConfigForm
      label="Management review settings"
      checkFunction="checkConfig"
      loading={state.status === 'loading'}
      config={() => ({
        title: title.trim(),
        projectKey: (projectKey || defaultProject).trim().toUpperCase(),
        periodStart: periodStart.trim(),
        periodEnd: periodEnd.trim(),
        ...(previous.trim() ? { previousReviewPageId: previous.trim() } : {}),
      })}
    >
      <TextField
        id="title"
        title="Title"
        value={title}
        placeholder="Management Review 2026-Q4"
        onChange={setTitle}
      />
      <TextField
        id="projectKey"
        title="Jira project of the AIMS"
        value={projectKey}
        placeholder={defaultProject}
        onChange={setProjectKey}
      />
      <TextField
        id="periodStart"
        title="Period start (YYYY-MM-DD)"
        value={periodStart}
        placeholder="2026-10-01"
        onChange={setStart}
      />
      <TextField
        id="periodEnd"
        title="Period end (YYYY-MM-DD)"
        value={periodEnd}
        placeholder="2026-12-31"
        onChange={setEnd}
      />
      <TextField
        id="previousReviewPageId"
        title="Previous review page id (optional)"
        value={previous}
        placeholder="e.g. 65539"
        hint="The Confluence page of the previous management review; its decisions become input a)."
        onChange={setPrevious}
      />
    </MacroConfigForm>
  );
}
