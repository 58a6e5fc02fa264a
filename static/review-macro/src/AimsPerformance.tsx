import type { ReactNode } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import type { Column } from '../../common';
import { JiraSearchLink, TitledSection, tableOf } from '../../common';
import { muted, subheading } from '../../common/styles';
import { FINDING_GRADES } from '../../../src/domain/records/audit-finding';
import type {
  ConfiguredReviewView,
  ReviewInputsView,
} from '../../../src/ui-contract/review-macro-view';
import {
  COUNTED_BY_JIRA,
  GRADE_LABELS,
  competenceFiguresText,
  competenceGapLines,
  incidentFiguresText,
  policyAwarenessLines,
} from '../../../src/ui-contract/review-labels';
import { Figure, figures } from './ReviewFigures';
import { TrendTable } from './TrendTable';

interface GradeRow {
  month: string;
  byGrade: ReviewInputsView['d']['auditResults']['byGrade'];
  total: boolean;
}

const bold = (total: boolean, content: ReactNode) => (total ? <strong>{content}</strong> : content);

const GRADE_COLUMNS: Column<GradeRow>[] = [
  { key: 'month', title: 'Month', cell: (r) => bold(r.total, r.month) },
  ...FINDING_GRADES.map((g) => ({
    key: g,
    title: GRADE_LABELS[g],
    cell: (r: GradeRow) => bold(r.total, r.byGrade[g]),
  })),
];

interface LevelRow {
  key: string;
  label: string;
  count: number;
}

const LEVEL_COLUMNS: Column<LevelRow>[] = [
  { key: 'level', title: 'Level', cell: (r) => r.label },
  { key: 'count', title: 'Risks', cell: (r) => r.count },
];

type KpiRow = NonNullable<ReviewInputsView['d']['monitoring']>[number];

const resultText = (r: KpiRow['latest']): string => (r ? `${r.value} (${r.on})` : 'None recorded');

const KPI_COLUMNS: Column<KpiRow>[] = [
  { key: 'name', title: 'KPI', cell: (r) => r.name },
  { key: 'target', title: 'Target', cell: (r) => r.target },
  { key: 'latest', title: 'Latest result', cell: (r) => resultText(r.latest) },
  { key: 'previous', title: 'Previous result', cell: (r) => resultText(r.previous) },
  { key: 'owner', title: 'Owner', cell: (r) => r.owner },
];

/** 9.3.2 d) AIMS performance with its trends: nonconformities, corrective actions, audits, risks, SoA, incidents. */
export function AimsPerformance({
  view,
  inputs,
}: {
  view: ConfiguredReviewView;
  inputs: ReviewInputsView;
}) {
  const d = inputs.d;
  // One row a month, then the period's total (in bold).
  const gradeRows: GradeRow[] = [
    ...d.auditResults.byMonth.map((m) => ({ month: m.month, byGrade: m.byGrade, total: false })),
    { month: 'Total', byGrade: d.auditResults.byGrade, total: true },
  ];
  const levelRows: LevelRow[] = [
    ...d.riskLevels.bands.map((b) => ({ key: b.bandId, label: b.label, count: b.count })),
    { key: 'none', label: 'Not assessed', count: d.riskLevels.notAssessed },
  ];
  return (
    <TitledSection
      titleId="input-d"
      title={`d) AIMS performance and trends (${inputs.period.start} to ${inputs.period.end})`}
      testId="input-d"
    >
      <div style={figures}>
        <Figure label="nonconformities opened" value={d.nonconformities.opened} />
        <Figure label="corrective actions closed" value={d.correctiveActions.closed} />
        <Figure label="audit findings" value={d.auditResults.total} />
        <Figure
          label="SoA implemented"
          value={d.soa && d.soa.implementedPercent !== null ? `${d.soa.implementedPercent}%` : '—'}
        />
      </div>
      <TrendTable
        title="Nonconformities"
        trends={d.nonconformities}
        overdueJql={view.searches?.overdueNonconformities ?? null}
        testId="trend-nonconformities"
      />
      <TrendTable
        title="Corrective actions"
        trends={d.correctiveActions}
        overdueJql={view.searches?.overdueCorrectiveActions ?? null}
        testId="trend-corrective-actions"
      />
      <h4 style={subheading}>Audit results by grade</h4>
      <DynamicTable
        label="Audit findings by grade and month"
        {...tableOf(GRADE_COLUMNS, gradeRows, (r) => (r.total ? 'total' : r.month))}
      />
      {view.ungradedFindings > 0 && (
        <p style={muted}>
          {view.ungradedFindings} finding(s) have no grade yet and are not counted.
        </p>
      )}
      <p style={muted}>{COUNTED_BY_JIRA}</p>
      <h4 style={subheading}>Risk levels (open risks, now)</h4>
      <DynamicTable
        label="Open risks by level"
        {...tableOf(LEVEL_COLUMNS, levelRows, (r) => r.key)}
      />
      <p style={muted}>{COUNTED_BY_JIRA}</p>
      <h4 style={subheading}>Monitoring and measurement results (9.3.2 d) 2)</h4>
      {d.monitoring && d.monitoring.length > 0 ? (
        <DynamicTable
          label="Latest results of the monitoring register"
          {...tableOf(KPI_COLUMNS, d.monitoring, (r) => r.name)}
        />
      ) : (
        <p style={muted}>
          {d.monitoring
            ? 'The monitoring register on the AIMS overview has no KPI yet.'
            : 'Not part of this review (held before the monitoring register).'}
        </p>
      )}
      <h4 style={subheading}>Statement of Applicability</h4>
      <p>
        {d.soa
          ? `${d.soa.implemented} of ${d.soa.applicable} applicable controls implemented (${d.soa.implementedPercent ?? 0}%).`
          : 'No applicable controls are recorded (or you cannot see them).'}
      </p>
      <h4 style={subheading}>AI incidents (A.8.4)</h4>
      <p data-testid="review-incidents">
        {incidentFiguresText(d.incidents)}
        {d.incidents && view.searches?.incidents && (
          <>
            {' · '}
            <JiraSearchLink jql={view.searches.incidents}>These incidents in Jira</JiraSearchLink>
          </>
        )}
      </p>
      <h4 style={subheading}>Competence (7.2, A.4.6)</h4>
      <p data-testid="review-competence">
        {competenceFiguresText(d.competence)}
        {d.competence && view.searches?.competenceExpired && (
          <>
            {' · '}
            <JiraSearchLink jql={view.searches.competenceExpired}>Expired in Jira</JiraSearchLink>
          </>
        )}
        {d.competence && view.searches?.competenceExpiring && (
          <>
            {' · '}
            <JiraSearchLink jql={view.searches.competenceExpiring}>Expiring in Jira</JiraSearchLink>
          </>
        )}
      </p>
      <div data-testid="review-competence-gaps">
        {competenceGapLines(d.competence?.gaps).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <p style={muted}>{COUNTED_BY_JIRA}</p>
      <h4 style={subheading}>Awareness of the AI policy (7.3)</h4>
      <div data-testid="review-policy-awareness">
        {policyAwarenessLines(d.policyAwareness).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </TitledSection>
  );
}
