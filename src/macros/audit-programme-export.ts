import { doc, heading, p, strong, text } from '@atlaskit/adf-utils/builders';
import { note } from './adf-blocks';
import { auditProgrammeConfig } from './audit-programme/audit-programme-config';
import { exportMacro, liveDataNote } from './macro-export';

const TITLE = 'Internal audit programme (ISO/IEC 42001 9.2.2)';

const message = (value: string) =>
  doc(heading({ level: 2 })(text(TITLE)), note('warning', text(value)));

/**
 * adfExport of the audit programme macro. No reader: the programme the page's configuration holds
 * (cycle, frequency, methods, responsibilities); the coverage comes from Jira as each reader may
 * see it, so the export leaves it out and says where it is.
 */
export async function auditProgrammeExport(payload: unknown) {
  return exportMacro(
    payload,
    'Internal audit programme',
    async (macro) => {
      const checked = auditProgrammeConfig.check(macro.rawConfig);
      if (!checked.ok) return message(auditProgrammeConfig.notConfigured(checked.problems));
      const c = checked.config;
      return doc(
        heading({ level: 2 })(text(`${TITLE}: cycle ${c.cycle}`)),
        p(strong('Frequency: '), text(c.frequency)),
        p(strong('Methods: '), text(c.methods)),
        p(strong('Responsibilities: '), text(c.responsibilities)),
        liveDataNote('Which clauses and controls the audits of the cycle covered'),
      );
    },
    message,
  );
}
