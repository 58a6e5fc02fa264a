import { useState } from 'react';
import type { MacroFrameProps } from '../../common';
import { TextField, useI18n } from '../../common';
import { MacroConfigForm } from '../../common/MacroConfigForm';
import { configText as textOf, useProjectAndCycle } from '../../common/use-project-and-cycle';
import { TextAreaField } from '../../common/TextAreaField';

/** The programme (9.2.2): project, cycle, frequency, methods and responsibilities. */
export function AuditProgrammeConfig({ saved }: MacroFrameProps) {
  const { t } = useI18n();
  const { loading, projectKey, setProjectKey, cycle, setCycle } = useProjectAndCycle(saved);
  const [frequency, setFrequency] = useState(textOf(saved.frequency));
  const [methods, setMethods] = useState(textOf(saved.methods));
  const [responsibilities, setResponsibilities] = useState(textOf(saved.responsibilities));
  return (
    <MacroConfigForm
      label={t('auditProgramme.config.label')}
      checkFunction="checkConfig"
      loading={loading}
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
