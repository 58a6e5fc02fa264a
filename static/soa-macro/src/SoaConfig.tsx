import { useEffect, useState } from 'react';
import { Checkbox } from '@atlaskit/checkbox';
import type { MacroFrameProps } from '../../common';
import { TextField, callResolver, useAsync } from '../../common';
import { MacroConfigForm } from '../../common/MacroConfigForm';
import { soaConfigDefaultsSchema } from '../../../src/ui-contract/soa-macro-view';

/** The SoA macro's settings: the AIMS project, and whether the organization's controls are listed. */
export function SoaConfig({ saved }: MacroFrameProps) {
  const { state } = useAsync(() => callResolver('getConfigDefaults', soaConfigDefaultsSchema), []);
  const [projectKey, setProjectKey] = useState(
    typeof saved.projectKey === 'string' ? saved.projectKey : '',
  );
  const [includeOrg, setIncludeOrg] = useState(
    saved.includeOrganizationControls !== false && saved.includeOrganizationControls !== 'false',
  );
  useEffect(() => {
    if (state.status === 'ready' && !projectKey) setProjectKey(state.data.projectKey);
  }, [state.status]);
  return (
    <MacroConfigForm
      label="Statement of Applicability settings"
      checkFunction="checkConfig"
      loading={state.status === 'loading'}
      errorTestId="soa-config-error"
      config={() => ({
        projectKey: projectKey.trim().toUpperCase(),
        includeOrganizationControls: includeOrg,
      })}
    >
      <TextField
        id="soa-project"
        title="Jira project of the AIMS"
        value={projectKey}
        placeholder="AIMS"
        hint="The project the app provisioned: its AI Control and AI Risk issues are the rows of the SoA."
        onChange={setProjectKey}
      />
      <Checkbox
        name="includeOrganizationControls"
        label="Include the organization's own controls (beside Annex A)"
        isChecked={includeOrg}
        onChange={(e) => setIncludeOrg(e.currentTarget.checked)}
      />
    </MacroConfigForm>
  );
}
