import DynamicTable from '@atlaskit/dynamic-table';
import type { ConfiguredReadinessView } from '../../../src/ui-contract/readiness-macro-view';
import { MoreInJira, TitledSection, tableOf } from '../../common';
import type { Column } from '../../common';
import { muted } from '../../common/styles';

type Finding = ConfiguredReadinessView['externalFindings']['first'][number];

const COLUMNS: readonly Column<Finding>[] = [
  { key: 'key', title: 'Finding', width: 15, cell: (f) => f.key },
  { key: 'summary', title: 'Summary', width: 45, cell: (f) => f.summary },
  { key: 'grade', title: 'Grade', cell: (f) => f.grade ?? 'Not graded' },
  { key: 'status', title: 'Status', cell: (f) => f.status },
];

/** The findings of the external audit, imported through the findings import (newest first). */
export function ExternalFindings({
  findings,
}: {
  findings: ConfiguredReadinessView['externalFindings'];
}) {
  return (
    <TitledSection
      titleId="readiness-external"
      title="External audit findings"
      testId="readiness-external-findings"
    >
      {findings.first.length === 0 ? (
        <p style={muted}>
          No finding imported with the source “External audit” that you can see. Import them on the
          app’s admin page (CSV, source “External audit”) or through the findings webhook.
        </p>
      ) : (
        <div data-testid="readiness-external-table">
          <DynamicTable
            label="External audit findings"
            {...tableOf(COLUMNS, findings.first, (f) => f.key)}
          />
        </div>
      )}
      {findings.more && (
        <MoreInJira
          shown={findings.first.length}
          total={findings.more.total}
          what="external audit findings"
          jql={findings.more.jql}
        />
      )}
    </TitledSection>
  );
}
