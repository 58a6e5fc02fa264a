import { doc, heading, p, strong, text } from '@atlaskit/adf-utils/builders';
import { utcDate } from '../domain/calendar';
import { stageCountdown } from '../domain/readiness';
import type { CertificationStages } from '../domain/readiness';
import { loadCertificationStages } from '../storage/certification-stages';
import { note } from './adf-blocks';
import { exportMacro, liveDataNote } from './macro-export';
import { readinessConfig } from './readiness/readiness-macro-config';

const TITLE = 'Certification readiness (ISO/IEC 42001)';

const message = (value: string) =>
  doc(heading({ level: 2 })(text(TITLE)), note('warning', text(value)));

const stageText = (date: string | null, days: number | null): string =>
  date === null
    ? 'not set'
    : days === null || days === 0
      ? date
      : `${date} (${days > 0 ? `in ${days} days` : `${-days} days ago`})`;

export function stagesAdf(stages: CertificationStages, today: string) {
  const countdown = stageCountdown(stages, today);
  return [
    p(strong('Stage 1 audit: '), text(stageText(stages.stage1, countdown.stage1))),
    p(strong('Stage 2 audit: '), text(stageText(stages.stage2, countdown.stage2))),
    ...(stages.certificationBody
      ? [p(strong('Certification body: '), text(stages.certificationBody))]
      : []),
  ];
}

/**
 * adfExport of the certification readiness report. No reader: the project, the cycle and the
 * Stage 1 / Stage 2 dates an AIMS manager set (app storage, no Jira or Confluence record); every
 * verdict comes from Jira and the AIMS pages as each reader may see them, so the export leaves
 * them out and says where they are.
 */
export async function readinessExport(payload: unknown) {
  return exportMacro(
    payload,
    'Certification readiness report',
    async (macro) => {
      const checked = readinessConfig.check(macro.rawConfig);
      if (!checked.ok) return message(readinessConfig.notConfigured(checked.problems));
      const c = checked.config;
      const stages = await loadCertificationStages(c.projectKey);
      return doc(
        heading({ level: 2 })(text(`${TITLE}: project ${c.projectKey}, cycle ${c.cycle}`)),
        ...stagesAdf(stages, utcDate(new Date())),
        liveDataNote(
          'Each readiness item (scope, AI policy, SoA, risks, impact assessments, nonconformities, audit coverage, management review, competence, external audit findings) with its verdict',
        ),
      );
    },
    message,
  );
}
