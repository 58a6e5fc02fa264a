import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { MacroFrameProps } from '../../common';
import { TextField, callResolver, useAsync } from '../../common';
import { MacroConfigForm } from '../../common/MacroConfigForm';
import { TextAreaField } from '../../common/TextAreaField';

const defaultsSchema = z.object({ projectKey: z.string(), cycle: z.string() });
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The programme (9.2.2): project, cycle, frequency, methods and responsibilities. */
export function AuditProgrammeConfig({ saved }: MacroFrameProps) {
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
      label="Internal audit programme settings"
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
        title="Jira project of the AIMS"
        value={projectKey}
        placeholder="AIMS"
        onChange={setProjectKey}
      />
      <TextField
        id="ap-cycle"
        title="Programme cycle"
        value={cycle}
        placeholder="2026"
        hint="The Audits whose “Audit programme cycle” is this value make up the programme."
        onChange={setCycle}
      />
      <TextAreaField
        id="ap-frequency"
        title="Frequency"
        value={frequency}
        onChange={setFrequency}
      />
      <TextAreaField id="ap-methods" title="Methods" value={methods} onChange={setMethods} />
      <TextAreaField
        id="ap-responsibilities"
        title="Responsibilities"
        value={responsibilities}
        onChange={setResponsibilities}
      />
    </MacroConfigForm>
  );
}
