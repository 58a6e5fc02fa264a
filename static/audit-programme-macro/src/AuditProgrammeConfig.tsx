import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { MacroFrameProps } from '../../common';
import { TextField, callResolver, useAsync, useI18n } from '../../common';
import { MacroConfigForm } from '../../common/MacroConfigForm';
import { TextAreaField } from '../../common/TextAreaField';

const defaultsSchema = z.object({ projectKey: z.string(), cycle: z.string() });
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The programme (9.2.2): project, cycle, frequency, methods and responsibilities. */
export function AuditProgrammeConfig({ saved }: MacroFrameProps) {
  const { t } = useI18n();
  const { state } = useAsync(() => callResolver('getConfigDefaults', defaultsSchema), []);
  const [projectKey, setProjectKey] = useState(textOf(saved.projectKey));
  const [cycle, setCycle] = useState(textOf(saved.cycle));
  const [frequency, setFrequency] = useState(textOf(saved.frequency));
  const [methods, setMethods] = useState(textOf(saved.methods));
  const [responsibilities, setResponsibilities] = useState(textOf(saved.responsibilities));
  useEffect(() => {
    if (state.status !== 'ready') return;
    if (!projectKey) setProjectKey(state.data.projectKey);
    if (!cycle) setCycle(state.data.cycle);
  }, [state.status]);
  return (
    <MacroConfigForm
      label={t('auditProgramme.config.label')}
      checkFunction="checkConfig"
      loading={state.status === 'loading'}
      errorTestId="audit-programme-config-error"
      config={() => ({
        projectKey: projectKey.trim().toUpperCase(),
        cycle: cycle.trim(),
        frequency,
        methods,
        responsibilities,
      })}
    >
      <TextField
        id="ap-project"
        title={t('auditProgramme.config.project')}
        value={projectKey}
        placeholder="AIMS"
        onChange={setProjectKey}
      />
      <TextField
        id="ap-cycle"
        title={t('auditProgramme.config.cycle')}
        value={cycle}
        placeholder="2026"
        hint={t('auditProgramme.config.cycleHint')}
        onChange={setCycle}
      />
      <TextAreaField
        id="ap-frequency"
        title={t('auditProgramme.frequency')}
        value={frequency}
        onChange={setFrequency}
      />
      <TextAreaField
        id="ap-methods"
        title={t('auditProgramme.methods')}
        value={methods}
        onChange={setMethods}
      />
      <TextAreaField
        id="ap-responsibilities"
        title={t('auditProgramme.responsibilities')}
        value={responsibilities}
        onChange={setResponsibilities}
      />
    </MacroConfigForm>
  );
}
