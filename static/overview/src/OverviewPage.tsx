import type { CSSProperties, ReactNode } from 'react';
import { Suspense, lazy } from 'react';
import { token } from '@atlaskit/tokens';
import { bodyCell, headCell } from './table-styles';
import { Loading, MoreInJira, Problem, TitledSection, callResolver, useAsync } from '../../common';
import { looseStack, muted, note, roomyFrame, stack } from '../../common/styles';
import { DEFAULT_RISK_MATRIX } from '../../../src/domain/risk/default-risk-matrix';
import type {
  ConfiguredOverview,
  FigureView,
  ShareView,
} from '../../../src/ui-contract/overview-view';
import { overviewViewSchema } from '../../../src/ui-contract/overview-view';
import { FigureLink, FigureTile, JqlLink, tiles } from './FigureLink';
import { HeatMapTable } from './HeatMapTable';
import { MonitoringRegister } from './MonitoringRegister';
import { CompetenceRequirements } from './CompetenceRequirements';

const TrendChart = lazy(() => import('./Charts.js').then((m) => ({ default: m.TrendChart })));
const RiskLevelChart = lazy(() =>
  import('./Charts.js').then((m) => ({ default: m.RiskLevelChart })),
);

const table: CSSProperties = { borderCollapse: 'collapse', minWidth: '24rem' };
const th = headCell;
const td = bodyCell;
const columns: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: token('space.300') };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <TitledSection titleId={id} title={title} level="h2" testId={id}>
      <div style={stack}>{children}</div>
    </TitledSection>
  );
}

function ShareLine({ share, what }: { share: ShareView; what: string }) {
  return (
    <p style={{ margin: 0 }} data-testid={`share-${what}`}>
      <strong style={{ font: token('font.heading.medium') }}>
        {share.percent === null ? '—' : `${share.percent}%`}
      </strong>{' '}
      {what}: <FigureLink figure={share.part} /> {share.part.label.toLowerCase()} of{' '}
      <FigureLink figure={share.whole} /> {share.whole.label.toLowerCase()}
    </p>
  );
}

/** Which clauses and controls the audit programme's cycle covers (from the audits read as the viewer). */
function ProgrammeCoverage({
  coverage: c,
}: {
  coverage: NonNullable<ConfiguredOverview['audits']['programme']>;
}) {
  return (
    <p style={{ margin: 0 }} data-testid="audit-programme-coverage">
      <strong style={{ font: token('font.heading.medium') }}>
        {c.audited} of {c.requirements}
      </strong>{' '}
      clauses and Annex A controls audited in cycle {c.cycle} ({c.plannedOnly} planned only,{' '}
      {c.notCovered} not covered yet), from{' '}
      <JqlLink jql={c.jql} label={`the cycle's audits (${c.cycle}): open in Jira`}>
        the cycle&apos;s audits
      </JqlLink>
    </p>
  );
}

/** A table whose rows are labels and whose cells are linked figures. */
function FigureTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: readonly string[];
  rows: readonly { label: string; figures: readonly FigureView[] }[];
}) {
  return (
    <table style={table}>
      <caption style={{ ...muted, textAlign: 'left' }}>{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col" style={th}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row" style={{ ...td, textAlign: 'left', fontWeight: 'normal' }}>
              {r.label}
            </th>
            {r.figures.map((f) => (
              <td key={f.label} style={td}>
                <FigureLink figure={f} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Overview({ view, reload }: { view: ConfiguredOverview; reload: () => void }) {
  const ncs = view.nonconformities;
  const bandOrder = DEFAULT_RISK_MATRIX.bands.map((b) => b.id);
  return (
    <div style={looseStack}>
      <p style={note}>
        Project {view.projectKey}, on {view.asOf}. Every number opens the Jira search that gives it;
        you see only what Jira lets you see.
      </p>

      <Section id="nonconformities" title="Nonconformities and corrective actions (10.2)">
        <div style={tiles}>
          <FigureTile figure={ncs.open} />
          <FigureTile figure={view.correctiveActions.onTime} note="Corrective actions" />
          <FigureTile figure={view.correctiveActions.late} note="Corrective actions" />
          <FigureTile figure={view.correctiveActions.closed} note="Corrective actions" />
        </div>
        <FigureTable
          caption="Open nonconformities by age; findings graded as nonconformities still open, by grade"
          head={['Age', 'Nonconformities', 'Major (findings)', 'Minor (findings)']}
          rows={ncs.byAge.map((b) => ({ label: b.band, figures: [b.all, b.major, b.minor] }))}
        />
        <p style={{ margin: 0 }} data-testid="closure-time">
          Mean time from finding to effective closure:{' '}
          <strong>
            {ncs.closure.meanDays === null ? 'none closed yet' : `${ncs.closure.meanDays} days`}
          </strong>{' '}
          over <FigureLink figure={ncs.closure.closed} /> nonconformities closed as effective
          {ncs.closure.longestDays !== null && ` (longest ${ncs.closure.longestDays} days)`}.
        </p>
      </Section>

      <Section id="risks" title="AI risks (6.1.2, 6.1.3)">
        <div style={tiles}>
          <FigureTile figure={view.risks.open} />
        </div>
        <div style={columns}>
          <FigureTable
            caption="Open risks by level: inherent and residual"
            head={['Level', 'Inherent', 'Residual']}
            rows={view.risks.levels.map((l) => ({
              label: l.band,
              figures: [l.inherent, l.residual],
            }))}
          />
          <div style={{ flex: '1 1 20rem', minWidth: '18rem' }}>
            <Suspense fallback={<Loading label="Loading chart" />}>
              <RiskLevelChart levels={view.risks.levels} />
            </Suspense>
          </div>
        </div>
        <div style={columns}>
          <div style={stack}>
            <HeatMapTable
              map={view.risks.inherent}
              caption="Inherent risk heat map"
              bandOrder={bandOrder}
            />
            <p style={note}>
              Not rated yet: <FigureLink figure={view.risks.inherent.notRated} />
            </p>
          </div>
          <div style={stack}>
            <HeatMapTable
              map={view.risks.residual}
              caption="Residual risk heat map"
              bandOrder={bandOrder}
            />
            <p style={note}>
              No residual rating yet: <FigureLink figure={view.risks.residual.notRated} />
            </p>
          </div>
        </div>
      </Section>

      <Section id="programme" title="Controls, audits, assessments and objectives">
        <ShareLine share={view.soa} what="SoA implementation" />
        <div style={tiles} data-testid="evidence-currency">
          <FigureTile figure={view.evidence.stale} note="Evidence (7.5)" />
          <FigureTile figure={view.evidence.reviewSoon} note="Evidence (7.5)" />
        </div>
        <ShareLine
          share={view.audits.coverage}
          what={`audit programme since ${view.audits.cycleStart}`}
        />
        {view.audits.programme && <ProgrammeCoverage coverage={view.audits.programme} />}
        <ShareLine share={view.objectives.progress} what="AI objectives achieved" />
        <div style={tiles}>
          <FigureTile figure={view.objectives.overdue} />
          <FigureTile figure={view.impactAssessments.open} note="Impact assessments" />
          <FigureTile figure={view.impactAssessments.reviewDueSoon} note="Impact assessments" />
          <FigureTile figure={view.impactAssessments.reviewOverdue} note="Impact assessments" />
          {view.competence && (
            <>
              <FigureTile figure={view.competence.expired} />
              <FigureTile figure={view.competence.expiring} />
            </>
          )}
        </div>
      </Section>

      <Section id="incidents" title="Incidents">
        <p style={note}>{view.incidents.recordedAs}</p>
        <div style={tiles}>
          <FigureTile figure={view.incidents.open} note="Incidents" />
          <FigureTile figure={view.incidents.lastYear} note="Incidents" />
          {view.incidents.bySeverity.map((f) => (
            <FigureTile key={f.label} figure={f} note="Incidents" />
          ))}
        </div>
      </Section>

      <Section id="overdue" title="Actions and overdue work">
        <div style={tiles}>
          <FigureTile figure={view.overdue.openActions} note="AIMS Actions" />
          <FigureTile figure={view.overdue.policyReviews} />
          <FigureTile figure={view.overdue.actions} />
        </div>
        {view.overdue.firstActions.length > 0 && (
          <ul style={{ margin: 0 }} aria-label="Overdue actions">
            {view.overdue.firstActions.map((a) => (
              <li key={a.key}>
                {a.key} {a.summary} — due {a.dueDate}
              </li>
            ))}
          </ul>
        )}
        {view.overdue.firstActions.length < view.overdue.actions.count && (
          <MoreInJira
            shown={view.overdue.firstActions.length}
            total={view.overdue.actions.count}
            what="overdue actions"
            jql={view.overdue.actions.jql}
          />
        )}
      </Section>

      <Section id="roadmap" title="Implementation roadmap (programme steps 1–10)">
        {view.roadmap.every((s) => s.total.count === 0) ? (
          <p style={note}>
            No roadmap yet. A Jira administrator can create it from the AIMS admin page: the ten
            steps as epics with starter tasks, each linked to the clauses it satisfies.
          </p>
        ) : (
          <FigureTable
            caption="Roadmap tasks done per step (tasks you can see)"
            head={['Step', 'Done', 'Tasks']}
            rows={view.roadmap.map((s) => ({
              label: `${s.step}. ${s.title}`,
              figures: [s.done, s.total],
            }))}
          />
        )}
      </Section>

      <Section id="trends" title="Trends over the last four quarters">
        <FigureTable
          caption="Per quarter (created or resolved in the quarter)"
          head={[
            'Quarter',
            'Nonconformities opened',
            'Nonconformities closed',
            'Findings raised',
            'Risks identified',
          ]}
          rows={view.trends.map((t) => ({
            label: t.quarter,
            figures: [t.ncOpened, t.ncClosed, t.findingsRaised, t.risksIdentified],
          }))}
        />
        <Suspense fallback={<Loading label="Loading chart" />}>
          <TrendChart trends={view.trends} />
        </Suspense>
      </Section>

      <MonitoringRegister register={view.register} onChanged={reload} />
      <CompetenceRequirements />
    </div>
  );
}

/** The AIMS overview (9.1), a Jira global page. */
export function OverviewPage() {
  const { state, reload } = useAsync(() => callResolver('getView', overviewViewSchema), []);
  return (
    <main style={roomyFrame} aria-label="AIMS overview">
      {state.status === 'loading' && <Loading label="Loading the AIMS overview" />}
      {state.status === 'error' && (
        <Problem title="The overview could not be loaded" error={state.error} />
      )}
      {state.status === 'ready' &&
        (state.data.configured ? (
          <Overview view={state.data} reload={reload} />
        ) : (
          <Problem title={state.data.message} error={new Error(state.data.problems.join(' '))} />
        ))}
    </main>
  );
}
