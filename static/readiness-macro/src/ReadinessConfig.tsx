import { useState } from 'react';
import type { MacroFrameProps } from '../../common';
import { TextField } from '../../common';
import { MacroConfigForm } from '../../common/MacroConfigForm';
import { configText as textOf, useProjectAndCycle } from '../../common/use-project-and-cycle';

/** The project, the audit cycle, and the pages of the SoA and of the last management review. */
export function ReadinessConfig({ saved }: MacroFrameProps) {
  const { loading, projectKey, setProjectKey, cycle, setCycle } = useProjectAndCycle(saved);
  const [soaPageId, setSoaPageId] = useState(textOf(saved.soaPageId));
  const [reviewPageId, setReviewPageId] = useState(textOf(saved.reviewPageId));
  return (
    <MacroConfigForm
      label="Certification readiness report settings"
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
        title="Jira project of the AIMS"
        value={projectKey}
        placeholder="AIMS"
        onChange={setProjectKey}
      />
      <TextField
        id="rd-cycle"
        title="Audit programme cycle"
        value={cycle}
        placeholder="2026"
        hint="The cycle whose audits' coverage of clauses and controls the report judges."
        onChange={setCycle}
      />
      <TextField
        id="rd-soa"
        title="Statement of Applicability page (id)"
        value={soaPageId}
        hint="The page with the approved SoA macro."
        onChange={setSoaPageId}
      />
      <TextField
        id="rd-review"
        title="Last management review page (id)"
        value={reviewPageId}
        hint="The page of the last management review held."
        onChange={setReviewPageId}
      />
    </MacroConfigForm>
  );
}
