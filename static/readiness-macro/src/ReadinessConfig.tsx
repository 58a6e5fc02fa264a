import { useState } from 'react';
import type { MacroFrameProps } from '../../common';
import { TextField, useI18n } from '../../common';
import { MacroConfigForm } from '../../common/MacroConfigForm';
import { configText as textOf, useProjectAndCycle } from '../../common/use-project-and-cycle';

/** The project, the audit cycle, and the pages of the SoA and of the last management review. */
export function ReadinessConfig({ saved }: MacroFrameProps) {
  const { t } = useI18n();
  const { loading, projectKey, setProjectKey, cycle, setCycle } = useProjectAndCycle(saved);
  const [soaPageId, setSoaPageId] = useState(textOf(saved.soaPageId));
  const [reviewPageId, setReviewPageId] = useState(textOf(saved.reviewPageId));
  return (
    <MacroConfigForm
      label={t('readiness.config.label')}
      checkFunction="checkConfig"
      loading={loading}
      errorTestId="readiness-config-error"
      config={() => ({
        projectKey: projectKey.trim().toUpperCase(),
        cycle: cycle.trim(),
        soaPageId: soaPageId.trim(),
        reviewPageId: reviewPageId.trim(),
      })}
    >
      <TextField
        id="rd-project"
        title={t('readiness.config.project')}
        value={projectKey}
        placeholder="AIMS"
        onChange={setProjectKey}
      />
      <TextField
        id="rd-cycle"
        title={t('readiness.config.cycle')}
        value={cycle}
        placeholder="2026"
        hint={t('readiness.config.cycleHint')}
        onChange={setCycle}
      />
      <TextField
        id="rd-soa"
        title={t('readiness.config.soa')}
        value={soaPageId}
        hint={t('readiness.config.soaHint')}
        onChange={setSoaPageId}
      />
      <TextField
        id="rd-review"
        title={t('readiness.config.review')}
        value={reviewPageId}
        hint={t('readiness.config.reviewHint')}
        onChange={setReviewPageId}
      />
    </MacroConfigForm>
  );
}
