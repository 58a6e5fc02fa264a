import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { view } from '@forge/bridge';
import { Loading, errorMessageOf, useAsync, callResolver, detailsOf } from '../../common';
import { checkedMacroConfigSchema } from '../../../src/ui-contract/wire-shapes';
import { soaConfigDefaultsSchema } from '../../../src/ui-contract/soa-macro-view';
import { frame, label, muted, row, stack } from '../../common/styles';

/**
 * The macro's settings: checked by the app first (a bad configuration is refused with its
 * reasons and nothing is saved), then handed to Confluence with view.submit.
 */
export function SoaConfig({ saved }: { saved: Record<string, unknown> }) {
  const { state } = useAsync(() => callResolver('getConfigDefaults', soaConfigDefaultsSchema), []);
  const [projectKey, setProjectKey] = useState(
    typeof saved.projectKey === 'string' ? saved.projectKey : '',
  );
  const [includeOrg, setIncludeOrg] = useState(
    saved.includeOrganizationControls !== false && saved.includeOrganizationControls !== 'false',
  );
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (state.status === 'ready' && !projectKey) setProjectKey(state.data.projectKey);
  }, [state.status]);
  if (state.status === 'loading')
    return (
      <div style={frame}>
        <Loading label="Loading settings" />
      </div>
    );
  const save = async (): Promise<void> => {
    setSaving(true);
    setError(undefined);
    try {
      const checked = await callResolver('checkConfig', checkedMacroConfigSchema, {
        config: {
          projectKey: projectKey.trim().toUpperCase(),
          includeOrganizationControls: includeOrg,
        },
      });
      await view.submit({ config: checked.config });
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      aria-label="Statement of Applicability settings"
      style={{ ...frame, ...stack }}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div>
        <label htmlFor="soa-project" style={label}>
          Jira project of the AIMS
        </label>
        <Textfield
          id="soa-project"
          name="projectKey"
          value={projectKey}
          placeholder="AIMS"
          onChange={(e) => setProjectKey(e.currentTarget.value)}
        />
        <p style={muted}>
          The project the app provisioned: its AI Control and AI Risk issues are the rows of the
          SoA.
        </p>
      </div>
      <Checkbox
        name="includeOrganizationControls"
        label="Include the organization's own controls (beside Annex A)"
        isChecked={includeOrg}
        onChange={(e) => setIncludeOrg(e.currentTarget.checked)}
      />
      {error !== undefined && (
        <div role="alert" data-testid="soa-config-error">
          <SectionMessage appearance="error" title="The settings were not saved">
            <p>{errorMessageOf(error)}</p>
            {detailsOf(error).length > 0 && (
              <ul>
                {detailsOf(error).map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </SectionMessage>
        </div>
      )}
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
