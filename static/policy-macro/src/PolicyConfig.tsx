import { useState } from 'react';
import type { MacroFrameProps } from '../../common';
import { Problem, TextField, callResolver, useAsync } from '../../common';
import { MacroConfigForm } from '../../common/MacroConfigForm';
import { PersonField } from '../../common/PersonField';
import { frame } from '../../common/styles';
import { policyConfigOptionsSchema } from '../../../src/ui-contract/policy-macro-view';

const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

/** What the form holds while the options load (it shows a spinner then). */
const LOADING = { people: [], defaults: { objectivesProjectKey: '', reviewIntervalMonths: 12 } };

/** The AI Policy macro's settings: the document, its owner, the review interval, the objectives. */
export function PolicyConfig({ saved }: MacroFrameProps) {
  const { state } = useAsync(() => callResolver('getConfigOptions', policyConfigOptionsSchema), []);
  const [documentReference, setReference] = useState(text(saved.documentReference));
  const [owner, setOwner] = useState(text(saved.ownerAccountId));
  const [interval, setInterval] = useState(text(saved.reviewIntervalMonths));
  const [projectKey, setProjectKey] = useState(text(saved.objectivesProjectKey));
  if (state.status === 'error')
    return (
      <div style={frame}>
        <Problem error={state.error} title="Settings could not be loaded" />
      </div>
    );
  const { people, defaults } = state.status === 'ready' ? state.data : LOADING;
  return (
    <MacroConfigForm
      label="AI policy settings"
      checkFunction="saveConfig"
      loading={state.status === 'loading'}
      config={() => ({
        documentReference: documentReference.trim(),
        ownerAccountId: owner,
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
      <PersonField
        id="owner"
        title="Document owner"
        people={people}
        accountId={owner}
        onChange={setOwner}
        hint="The owner keeps the clause 5.2 checklist; another AIMS manager approves."
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
