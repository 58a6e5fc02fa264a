import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { view } from '@forge/bridge';
import { z } from 'zod';
import { Loading, useAsync, callResolver, Problem } from '../../common';
import { policyConfigOptionsSchema } from '../../../src/ui-contract/policy-macro-view';
import { frame, label, muted, row, stack } from '../../common/styles';

const savedSchema = z.object({ config: z.record(z.string(), z.unknown()) });

const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

/**
 * The macro's configuration: checked by the app first (a bad one is refused with the reasons
 * and nothing is saved), then handed to Confluence with view.submit.
 */
export function PolicyConfig({ saved }: { saved: Record<string, unknown> }) {
  const { state } = useAsync(() => callResolver('getConfigOptions', policyConfigOptionsSchema), []);
  const [documentReference, setReference] = useState(text(saved.documentReference));
  const [owner, setOwner] = useState(text(saved.ownerAccountId));
  const [interval, setInterval] = useState(text(saved.reviewIntervalMonths));
  const [projectKey, setProjectKey] = useState(text(saved.objectivesProjectKey));
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  if (state.status === 'loading')
    return (
      <div style={frame}>
        <Loading label="Loading settings" />
      </div>
    );
  if (state.status === 'error')
    return (
      <div style={frame}>
        <Problem error={state.error} title="Settings could not be loaded" />
      </div>
    );
  const { people, defaults } = state.data;
  const options = people.map((p) => ({ label: p.displayName, value: p.accountId }));
  const save = async (): Promise<void> => {
    setSaving(true);
    setError(undefined);
    try {
      const config = {
        documentReference: documentReference.trim(),
        ownerAccountId: owner,
        reviewIntervalMonths: Number(interval || defaults.reviewIntervalMonths),
        objectivesProjectKey: (projectKey || defaults.objectivesProjectKey).trim().toUpperCase(),
      };
      const checked = await callResolver('saveConfig', savedSchema, { config });
      await view.submit({ config: checked.config });
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      aria-label="AI policy settings"
      style={{ ...frame, ...stack }}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div>
        <label htmlFor="documentReference" style={label}>
          Document ID
        </label>
        <Textfield
          id="documentReference"
          name="documentReference"
          value={documentReference}
          placeholder="AIMS-POL-001"
          onChange={(e) => setReference(e.currentTarget.value)}
        />
      </div>
      <div>
        <label htmlFor="owner" style={label}>
          Document owner
        </label>
        <Select
          inputId="owner"
          options={options}
          value={options.find((o) => o.value === owner) ?? null}
          onChange={(o) => setOwner(o?.value ?? '')}
          placeholder="Choose the owner"
        />
        <p style={muted}>
          The owner keeps the clause 5.2 checklist; another AIMS manager approves.
        </p>
      </div>
      <div>
        <label htmlFor="reviewIntervalMonths" style={label}>
          Review interval (months)
        </label>
        <Textfield
          id="reviewIntervalMonths"
          name="reviewIntervalMonths"
          type="number"
          min={1}
          max={60}
          value={interval}
          placeholder={String(defaults.reviewIntervalMonths)}
          onChange={(e) => setInterval(e.currentTarget.value)}
        />
      </div>
      <div>
        <label htmlFor="objectivesProjectKey" style={label}>
          Jira project of the AI objectives
        </label>
        <Textfield
          id="objectivesProjectKey"
          name="objectivesProjectKey"
          value={projectKey}
          placeholder={defaults.objectivesProjectKey}
          onChange={(e) => setProjectKey(e.currentTarget.value)}
        />
      </div>
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
