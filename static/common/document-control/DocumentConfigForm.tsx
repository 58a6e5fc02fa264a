import { useState } from 'react';
import type { z } from 'zod';
import type { MacroFrameProps } from '../mount-macro';
import { MacroConfigForm } from '../MacroConfigForm';
import { PersonField } from '../PersonField';
import { Problem } from '../Problem';
import { TextField } from '../TextField';
import { callResolver } from '../resolver-call';
import { frame } from '../styles';
import { useAsync } from '../use-async';
import type { PersonView } from '../../../src/ui-contract/wire-shapes';

const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

type Options = {
  people: readonly PersonView[];
  defaults: { reviewIntervalMonths: number } & Record<string, unknown>;
};

/**
 * A controlled document macro's settings: the document ID, its owner, the review interval and the
 * Jira project it reads (`projectField` names it). The app checks them (`saveConfig`) before
 * Confluence saves them.
 */
export function DocumentConfigForm({
  saved,
  label,
  referencePlaceholder,
  ownerHint,
  projectField,
  optionsSchema,
}: MacroFrameProps & {
  label: string;
  referencePlaceholder: string;
  ownerHint: string;
  projectField: { key: string; title: string };
  optionsSchema: z.ZodType<Options>;
}) {
  const { state } = useAsync(() => callResolver('getConfigOptions', optionsSchema), []);
  const [documentReference, setReference] = useState(text(saved.documentReference));
  const [owner, setOwner] = useState(text(saved.ownerAccountId));
  const [interval, setInterval] = useState(text(saved.reviewIntervalMonths));
  const [projectKey, setProjectKey] = useState(text(saved[projectField.key]));
  if (state.status === 'error')
    return (
      <div style={frame}>
        <Problem error={state.error} title="Settings could not be loaded" />
      </div>
    );
  const { people, defaults }: Options =
    state.status === 'ready' ? state.data : { people: [], defaults: { reviewIntervalMonths: 12 } };
  const defaultProject = text(defaults[projectField.key]);
  return (
    <MacroConfigForm
      label={label}
      checkFunction="saveConfig"
      loading={state.status === 'loading'}
      config={() => ({
        documentReference: documentReference.trim(),
        ownerAccountId: owner,
        reviewIntervalMonths: Number(interval || defaults.reviewIntervalMonths),
        [projectField.key]: (projectKey || defaultProject).trim().toUpperCase(),
      })}
    >
      <TextField
        id="documentReference"
        title="Document ID"
        value={documentReference}
        placeholder={referencePlaceholder}
        onChange={setReference}
      />
      <PersonField
        id="owner"
        title="Document owner"
        people={people}
        accountId={owner}
        onChange={setOwner}
        hint={ownerHint}
      />
      <TextField
        id="reviewIntervalMonths"
        title="Review interval (months)"
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
