import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { TrendTable } from './TrendTable';
import type {
  ConfiguredReviewView,
  ReviewInputsView,
} from '../../../src/ui-contract/review-macro-view';
import { FINDING_GRADES } from '../../../src/domain/records/audit-finding';
import { GRADE_LABELS } from '../../../src/ui-contract/review-labels';
import { muted, ruledSection, subheading } from '../../common/styles';

const figures: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: token('space.200'),
};
const figure: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  padding: `${token('space.075')} ${token('space.150')}`,
  borderRadius: token('radius.medium'),
  backgroundColor: token('color.background.neutral'),
};
const figureValue: CSSProperties = { font: token('font.heading.medium') };

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div style={figure}>
      <span style={figureValue}>{value}</span>
      <span style={muted}>{label}</span>
    </div>
  );
}

/** 9.3.2 a) the actions decided at the previous review, with their status now. */
export function PreviousActions({
  view,
  inputs,
}: {
  view: ConfiguredReviewView;
  inputs: ReviewInputsView;
}) {
  const a = inputs.a;
  const rows = a.actions.map((x) => ({
    key: x.key,
    cells: [
      { key: 'key', content: x.key },
      { key: 'summary', content: x.summary ?? '—' },
      {
        key: 'status',
        content: (
          <Lozenge appearance={x.done ? 'success' : x.overdue ? 'removed' : 'inprogress'}>
            {x.status}
          </Lozenge>
        ),
      },
      {
        key: 'owner',
        content: x.ownerAccountId ? (view.names[x.ownerAccountId] ?? x.ownerAccountId) : '—',
      },
      { key: 'due', content: x.dueDate ?? '—' },
      { key: 'overdue', content: x.overdue ? <Lozenge appearance="removed">Overdue</Lozenge> : '' },
    ],
  }));
  return (
    <section style={ruledSection} aria-labelledby="input-a" data-testid="input-a">
      <h3 id="input-a" style={subheading}>
        a) Status of actions from previous management reviews
      </h3>
      {view.previousReviewPageId ? (
        <>
          <div style={figures}>
            <Figure label="actions" value={a.total} />
            <Figure label="done" value={a.done} />
            <Figure label="open" value={a.open} />
            <Figure label="overdue" value={a.overdue} />
          </div>
          <DynamicTable
            label="Actions from the previous review"
            head={{
              cells: ['Action', 'Summary', 'Status', 'Owner', 'Due', ''].map((c, i) => ({
                key: ['key', 'summary', 'status', 'owner', 'due', 'overdue'][i] ?? c,
                content: c,
              })),
            }}
            rows={rows}
            emptyView={<p style={muted}>No actions from the previous review that you can see.</p>}
          />
        </>
      ) : (
        <p style={muted}>No previous review is configured (set it in the macro's settings).</p>
      )}
    </section>
  );
}

/** 9.3.2 d) AIMS performance with trends, and e) opportunities for improvement. */
export function PerformanceAndImprovement({
  view,
  inputs,
}: {
  view: ConfiguredReviewView;
  inputs: ReviewInputsView;
}) {
  const d = inputs.d;
  const gradeHead = {
    cells: [
      { key: 'month', content: 'Month' },
      ...FINDING_GRADES.map((g) => ({ key: g, content: GRADE_LABELS[g] })),
    ],
  };
  const gradeRows = [
    ...d.auditResults.byMonth.map((m) => ({
      key: m.month,
      cells: [
        { key: 'month', content: m.month },
        ...FINDING_GRADES.map((g) => ({ key: g, content: m.byGrade[g] ?? 0 })),
      ],
    })),
    {
      key: 'total',
      cells: [
        { key: 'month', content: <strong>Total</strong> },
        ...FINDING_GRADES.map((g) => ({
          key: g,
          content: <strong>{d.auditResults.byGrade[g] ?? 0}</strong>,
        })),
      ],
    },
  ];
  const e = inputs.e;
  return (
    <>
      <section style={ruledSection} aria-labelledby="input-d" data-testid="input-d">
        <h3 id="input-d" style={subheading}>
          d) AIMS performance and trends ({inputs.period.start} to {inputs.period.end})
        </h3>
        <div style={figures}>
          <Figure label="nonconformities opened" value={d.nonconformities.opened} />
          <Figure label="corrective actions closed" value={d.correctiveActions.closed} />
          <Figure label="audit findings" value={d.auditResults.total} />
          <Figure
            label="SoA implemented"
            value={
              d.soa && d.soa.implementedPercent !== null ? `${d.soa.implementedPercent}%` : '—'
            }
          />
        </div>
        <TrendTable
          title="Nonconformities"
          trends={d.nonconformities}
          testId="trend-nonconformities"
        />
        <TrendTable
          title="Corrective actions"
          trends={d.correctiveActions}
          testId="trend-corrective-actions"
        />
        <h4 style={subheading}>Audit results by grade</h4>
        <DynamicTable label="Audit findings by grade and month" head={gradeHead} rows={gradeRows} />
        {view.ungradedFindings > 0 && (
          <p style={muted}>
            {view.ungradedFindings} finding(s) have no grade yet and are not counted.
          </p>
        )}
        <h4 style={subheading}>Risk levels (open risks, now)</h4>
        <DynamicTable
          label="Open risks by level"
          head={{
            cells: [
              { key: 'level', content: 'Level' },
              { key: 'count', content: 'Risks' },
            ],
          }}
          rows={[
            ...d.riskLevels.bands.map((b) => ({
              key: b.bandId,
              cells: [
                { key: 'level', content: b.label },
                { key: 'count', content: b.count },
              ],
            })),
            {
              key: 'none',
              cells: [
                { key: 'level', content: 'Not assessed' },
                { key: 'count', content: d.riskLevels.notAssessed },
              ],
            },
          ]}
        />
        <h4 style={subheading}>Statement of Applicability</h4>
        <p>
          {d.soa
            ? `${d.soa.implemented} of ${d.soa.applicable} applicable controls implemented (${d.soa.implementedPercent ?? 0}%).`
            : 'No applicable controls are recorded (or you cannot see them).'}
        </p>
      </section>
      <section style={ruledSection} aria-labelledby="input-e" data-testid="input-e">
        <h3 id="input-e" style={subheading}>
          e) Opportunities for continual improvement
        </h3>
        <DynamicTable
          label="Opportunities for improvement"
          head={{
            cells: [
              { key: 'key', content: 'Item' },
              { key: 'summary', content: 'Summary' },
              { key: 'origin', content: 'Origin' },
              { key: 'open', content: 'State' },
            ],
          }}
          rows={e.opportunities.map((o) => ({
            key: o.key,
            cells: [
              { key: 'key', content: o.key },
              { key: 'summary', content: o.summary ?? '—' },
              {
                key: 'origin',
                content: o.origin === 'audit-finding' ? 'Audit finding' : 'Improvement item',
              },
              {
                key: 'open',
                content: (
                  <Lozenge appearance={o.open ? 'inprogress' : 'success'}>
                    {o.open ? 'Open' : 'Closed'}
                  </Lozenge>
                ),
              },
            ],
          }))}
          emptyView={<p style={muted}>No opportunities for improvement that you can see.</p>}
        />
      </section>
    </>
  );
}
