import { useState } from 'react';
import type { MacroFrameProps } from '../../common';
import { TextField, callResolver, useAsync, useI18n } from '../../common';
import { MacroConfigForm } from '../../common/MacroConfigForm';
import { reviewPeopleSchema } from '../../../src/ui-contract/review-macro-view';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The Management Review macro's settings: title, Jira project, period, previous review. */
export function ReviewConfig({ saved }: MacroFrameProps) {
  const { t } = useI18n();
  const { state } = useAsync(() => callResolver('getPeople', reviewPeopleSchema), []);
  const [title, setTitle] = useState(text(saved.title));
  const [projectKey, setProjectKey] = useState(text(saved.projectKey));
  const [periodStart, setStart] = useState(text(saved.periodStart));
  const [periodEnd, setEnd] = useState(text(saved.periodEnd));
  const [previous, setPrevious] = useState(text(saved.previousReviewPageId));
  const defaultProject = state.status === 'ready' ? state.data.defaults.projectKey : 'AIMS';
  return (
    <MacroConfigForm
      label={t('review.config.label')}
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
        title={t('review.config.title')}
        value={title}
        placeholder={t('review.config.titlePlaceholder')}
        onChange={setTitle}
      />
      <TextField
        id="projectKey"
        title={t('review.config.project')}
        value={projectKey}
        placeholder={defaultProject}
        onChange={setProjectKey}
      />
      <TextField
        id="periodStart"
        title={t('review.config.start')}
        value={periodStart}
        placeholder="2026-10-01"
        onChange={setStart}
      />
      <TextField
        id="periodEnd"
        title={t('review.config.end')}
        value={periodEnd}
        placeholder="2026-12-31"
        onChange={setEnd}
      />
      <TextField
        id="previousReviewPageId"
        title={t('review.config.previous')}
        value={previous}
        placeholder={t('review.config.previousPlaceholder')}
        hint={t('review.config.previousHint')}
        onChange={setPrevious}
      />
    </MacroConfigForm>
  );
}
