import { useEffect, useState } from 'react';
import { Checkbox } from '@atlaskit/checkbox';
import type { MacroFrameProps } from '../../common';
import { TextField, callResolver, useAsync, useI18n } from '../../common';
import { MacroConfigForm } from '../../common/MacroConfigForm';
import { soaConfigDefaultsSchema } from '../../../src/ui-contract/soa-macro-view';

/** The SoA macro's settings: the AIMS project, and whether the organization's controls are listed. */
export function SoaConfig({ saved }: MacroFrameProps) {
  const { t } = useI18n();
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
      label={t('soa.config.label')}
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
        title={t('soa.config.project')}
        value={projectKey}
        placeholder="AIMS"
        hint={t('soa.config.projectHint')}
        onChange={setProjectKey}
      />
      <Checkbox
        name="includeOrganizationControls"
        label={t('soa.config.includeOrg')}
        isChecked={includeOrg}
        onChange={(e) => setIncludeOrg(e.currentTarget.checked)}
      />
    </MacroConfigForm>
  );
}
