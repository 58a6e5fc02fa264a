import { useState } from 'react';
import type { MacroFrameProps } from '../../common';
import { Problem, TextField, callResolver, useAsync } from '../../common';
import { MacroConfigForm } from '../../common/MacroConfigForm';
import { frame } from '../../common/styles';
import { policyConfigOptionsSchema } from '../../../src/ui-contract/policy-macro-view';

const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

/** What the form holds while the options load (it shows a spinner then). */
const LOADING = { people: [], defaults: { objectivesProjectKey: '', reviewIntervalMonths: 12 } };

/**
 * The AI Policy macro's settings: the document, the review interval, the objectives. The owner is
 * not a setting (any page editor could change it): an AIMS manager sets it in the macro.
 */
export function PolicyConfig({ saved }: MacroFrameProps) {
  const { state } = useAsync(() => callResolver('getConfigOptions', policyConfigOptionsSchema), []);
  const [documentReference, setReference] = useState(text(saved.documentReference));
  const [interval, setInterval] = useState(text(saved.reviewIntervalMonths));
  const [projectKey, setProjectKey] = useState(text(saved.objectivesProjectKey));
  if (state.status === 'error')
    return (
      <div style={frame}>
        <Problem error={state.error} title="Settings could not be loaded" />
      </div>
    );
  const { defaults } = state.status === 'ready' ? state.data : LOADING;
  return (
    <MacroConfigForm
      label="AI policy settings"
      checkFunction="saveConfig"
      loading={state.status === 'loading'}
      config={() => ({
        documentReference: documentReference.trim(),
        reviewIntervalMonths: Number(interval || defaults.reviewIntervalMonths),
        objectivesProjectKey: (projectKey || defaults.objectivesProjectKey).trim().toUpperCase(),
      })}
    >
      <TextField
        id="documentReference"
        title="Document ID"
        value={documentReference}
        placeholder="AIMS-POL-001"
        onChange={setReference}
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
        id="objectivesProjectKey"
        title="Jira project of the AI objectives"
        value={projectKey}
        placeholder={defaults.objectivesProjectKey}
        onChange={setProjectKey}
      />
    </MacroConfigForm>
  );
}
