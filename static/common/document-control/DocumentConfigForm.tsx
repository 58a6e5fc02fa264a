import { useState } from 'react';
import type { z } from 'zod';
import type { MacroFrameProps } from '../mount-macro';
import { useI18n } from '../i18n/I18nProvider';
import { MacroConfigForm } from '../MacroConfigForm';
import { Problem } from '../Problem';
import { TextField } from '../TextField';
import { callResolver } from '../resolver-call';
import { frame } from '../styles';
import { useAsync } from '../use-async';

const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

type Options = {
  defaults: { reviewIntervalMonths: number } & Record<string, unknown>;
};

/**
 * A controlled document macro's settings: the document ID, the review interval and the Jira
 * project it reads (`projectField` names it). The app checks them (`saveConfig`) before Confluence
 * saves them. The owner is not a setting (any page editor could change it): an AIMS manager sets
 * it in the macro.
 */
export function DocumentConfigForm({
  saved,
  label,
  referencePlaceholder,
  projectField,
  optionsSchema,
}: MacroFrameProps & {
  label: string;
  referencePlaceholder: string;
  projectField: { key: string; title: string };
  optionsSchema: z.ZodType<Options>;
}) {
  const { t } = useI18n();
  const { state } = useAsync(() => callResolver('getConfigOptions', optionsSchema), []);
  const [documentReference, setReference] = useState(text(saved.documentReference));
  const [interval, setInterval] = useState(text(saved.reviewIntervalMonths));
  const [projectKey, setProjectKey] = useState(text(saved[projectField.key]));
  if (state.status === 'error')
    return (
      <div style={frame}>
        <Problem error={state.error} title={t('common.document.config.loadFailed')} />
      </div>
    );
  const { defaults }: Options =
    state.status === 'ready' ? state.data : { defaults: { reviewIntervalMonths: 12 } };
  const defaultProject = text(defaults[projectField.key]);
  return (
    <MacroConfigForm
      label={label}
      checkFunction="saveConfig"
      loading={state.status === 'loading'}
      config={() => ({
        documentReference: documentReference.trim(),
        reviewIntervalMonths: Number(interval || defaults.reviewIntervalMonths),
        [projectField.key]: (projectKey || defaultProject).trim().toUpperCase(),
      })}
    >
      <TextField
        id="documentReference"
        title={t('common.document.config.reference')}
        value={documentReference}
        placeholder={referencePlaceholder}
        onChange={setReference}
      />
      <TextField
        id="reviewIntervalMonths"
        title={t('common.document.config.interval')}
        type="number"
        min={1}
        max={60}
        value={interval}
        placeholder={String(defaults.reviewIntervalMonths)}
        onChange={setInterval}
      />
      <TextField
        id={projectField.key}
        title={projectField.title}
        value={projectKey}
        placeholder={defaultProject}
        onChange={setProjectKey}
      />
    </MacroConfigForm>
  );
}
