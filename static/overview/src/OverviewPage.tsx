import type { CSSProperties, ReactNode } from 'react';
import { Suspense, lazy } from 'react';
import { token } from '@atlaskit/tokens';
import { bodyCell, headCell } from './table-styles';
import {
  Loading,
  MoreInJira,
  Problem,
  TitledSection,
  callResolver,
  useAsync,
  useI18n,
} from '../../common';
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

function ShareLine({ share, what, testId }: { share: ShareView; what: string; testId: string }) {
  const { t, percent } = useI18n();
  return (
    <p style={{ margin: 0 }} data-testid={`share-${testId}`}>
      <strong style={{ font: token('font.heading.medium') }}>
        {share.percent === null ? '—' : percent(share.percent)}
      </strong>{' '}
      {what}: <FigureLink figure={share.part} /> {share.part.label.toLowerCase()} {t('overview.of')}{' '}
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
  const { t } = useI18n();
  return (
    <p style={{ margin: 0 }} data-testid="audit-programme-coverage">
      <strong style={{ font: token('font.heading.medium') }}>
        {t('overview.programme.count', { audited: c.audited, total: c.requirements })}
      </strong>{' '}
      {t('overview.programme.text', {
        cycle: c.cycle,
        planned: c.plannedOnly,
        notCovered: c.notCovered,
      })}{' '}
      <JqlLink jql={c.jql} label={t('overview.programme.auditsLabel', { cycle: c.cycle })}>
        {t('overview.programme.audits')}
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
  const { t, tn, date } = useI18n();
  const ncs = view.nonconformities;
  const bandOrder = DEFAULT_RISK_MATRIX.bands.map((b) => b.id);
  return (
    <div style={looseStack}>
      <p style={note}>{t('overview.intro', { project: view.projectKey, date: date(view.asOf) })}</p>

      <Section id="nonconformities" title={t('overview.nc.title')}>
        <div style={tiles}>
          <FigureTile figure={ncs.open} />
          <FigureTile figure={view.correctiveActions.onTime} note={t('overview.nc.actions')} />
          <FigureTile figure={view.correctiveActions.late} note={t('overview.nc.actions')} />
          <FigureTile figure={view.correctiveActions.closed} note={t('overview.nc.actions')} />
        </div>
        <FigureTable
          caption={t('overview.nc.byAge')}
          head={[
            t('overview.nc.age'),
            t('overview.nc.ncs'),
            t('overview.nc.major'),
            t('overview.nc.minor'),
          ]}
          rows={ncs.byAge.map((b) => ({ label: b.band, figures: [b.all, b.major, b.minor] }))}
        />
        <p style={{ margin: 0 }} data-testid="closure-time">
          {t('overview.nc.closure')}{' '}
          <strong>
            {ncs.closure.meanDays === null
              ? t('overview.nc.noneClosed')
              : tn('overview.days', ncs.closure.meanDays)}
          </strong>{' '}
          {t('overview.nc.over')} <FigureLink figure={ncs.closure.closed} />{' '}
          {t('overview.nc.closedEffective')}
          {ncs.closure.longestDays !== null &&
            ` ${t('overview.nc.longest', { days: tn('overview.days', ncs.closure.longestDays) })}`}
          .
        </p>
      </Section>

      <Section id="risks" title={t('overview.risks.title')}>
        <div style={tiles}>
          <FigureTile figure={view.risks.open} />
        </div>
        <div style={columns}>
          <FigureTable
            caption={t('overview.risks.byLevel')}
            head={[t('overview.risks.level'), t('overview.inherent'), t('overview.residual')]}
            rows={view.risks.levels.map((l) => ({
              label: l.band,
              figures: [l.inherent, l.residual],
            }))}
          />
          <div style={{ flex: '1 1 20rem', minWidth: '18rem' }}>
            <Suspense fallback={<Loading label={t('overview.loadingChart')} />}>
              <RiskLevelChart levels={view.risks.levels} />
            </Suspense>
          </div>
        </div>
        <div style={columns}>
          <div style={stack}>
            <HeatMapTable
              map={view.risks.inherent}
              caption={t('overview.risks.inherentMap')}
              bandOrder={bandOrder}
            />
            <p style={note}>
              {t('overview.risks.notRated')} <FigureLink figure={view.risks.inherent.notRated} />
            </p>
          </div>
          <div style={stack}>
            <HeatMapTable
              map={view.risks.residual}
              caption={t('overview.risks.residualMap')}
              bandOrder={bandOrder}
            />
            <p style={note}>
              {t('overview.risks.noResidual')} <FigureLink figure={view.risks.residual.notRated} />
            </p>
          </div>
        </div>
      </Section>

      <Section id="programme" title={t('overview.programme.title')}>
        <ShareLine
          share={view.soa}
          what={t('overview.programme.soa')}
          testId="SoA implementation"
        />
        <div style={tiles} data-testid="evidence-currency">
          <FigureTile figure={view.evidence.stale} note={t('overview.programme.evidence')} />
          <FigureTile figure={view.evidence.reviewSoon} note={t('overview.programme.evidence')} />
        </div>
        <ShareLine
          share={view.audits.coverage}
          what={t('overview.programme.auditsSince', { date: date(view.audits.cycleStart) })}
          testId={`audit programme since ${view.audits.cycleStart}`}
        />
        {view.audits.programme && <ProgrammeCoverage coverage={view.audits.programme} />}
        <ShareLine
          share={view.objectives.progress}
          what={t('overview.programme.objectives')}
          testId="AI objectives achieved"
        />
        <div style={tiles}>
          <FigureTile figure={view.objectives.overdue} />
          <FigureTile figure={view.impactAssessments.open} note={t('overview.programme.ia')} />
          <FigureTile
            figure={view.impactAssessments.reviewDueSoon}
            note={t('overview.programme.ia')}
          />
          <FigureTile
            figure={view.impactAssessments.reviewOverdue}
            note={t('overview.programme.ia')}
          />
          {view.competence && (
            <>
              <FigureTile figure={view.competence.expired} />
              <FigureTile figure={view.competence.expiring} />
            </>
          )}
        </div>
      </Section>

      <Section id="incidents" title={t('overview.incidents')}>
        <p style={note}>{view.incidents.recordedAs}</p>
        <div style={tiles}>
          <FigureTile figure={view.incidents.open} note={t('overview.incidents')} />
          <FigureTile figure={view.incidents.lastYear} note={t('overview.incidents')} />
          {view.incidents.bySeverity.map((f) => (
            <FigureTile key={f.label} figure={f} note={t('overview.incidents')} />
          ))}
        </div>
      </Section>

      <Section id="overdue" title={t('overview.overdue.title')}>
        <div style={tiles}>
          <FigureTile figure={view.overdue.openActions} note="AIMS Actions" />
          <FigureTile figure={view.overdue.policyReviews} />
          <FigureTile figure={view.overdue.actions} />
        </div>
        {view.overdue.firstActions.length > 0 && (
          <ul style={{ margin: 0 }} aria-label={t('overview.overdue.label')}>
            {view.overdue.firstActions.map((a) => (
              <li key={a.key}>
                {a.key} {a.summary} —{' '}
                {a.dueDate ? t('overview.overdue.due', { date: date(a.dueDate) }) : '—'}
              </li>
            ))}
          </ul>
        )}
        {view.overdue.firstActions.length < view.overdue.actions.count && (
          <MoreInJira
            shown={view.overdue.firstActions.length}
            total={view.overdue.actions.count}
            what={t('overview.overdue.what')}
            jql={view.overdue.actions.jql}
          />
        )}
      </Section>

      <Section id="roadmap" title={t('overview.roadmap.title')}>
        {view.roadmap.every((s) => s.total.count === 0) ? (
          <p style={note}>{t('overview.roadmap.none')}</p>
        ) : (
          <FigureTable
            caption={t('overview.roadmap.caption')}
            head={[
              t('overview.roadmap.step'),
              t('overview.roadmap.done'),
              t('overview.roadmap.tasks'),
            ]}
            rows={view.roadmap.map((s) => ({
              label: `${s.step}. ${s.title}`,
              figures: [s.done, s.total],
            }))}
          />
        )}
      </Section>

      <Section id="trends" title={t('overview.trends.title')}>
        <FigureTable
          caption={t('overview.trends.caption')}
          head={[
            t('overview.trends.quarter'),
            t('overview.trends.ncOpened'),
            t('overview.trends.ncClosed'),
            t('overview.trends.findings'),
            t('overview.trends.risks'),
          ]}
          rows={view.trends.map((t) => ({
            label: t.quarter,
            figures: [t.ncOpened, t.ncClosed, t.findingsRaised, t.risksIdentified],
          }))}
        />
        <Suspense fallback={<Loading label={t('overview.loadingChart')} />}>
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
  const { t } = useI18n();
  const { state, reload } = useAsync(() => callResolver('getView', overviewViewSchema), []);
  return (
    <main style={roomyFrame} aria-label={t('overview.label')}>
      {state.status === 'loading' && <Loading label={t('overview.loading')} />}
      {state.status === 'error' && <Problem title={t('overview.loadFailed')} error={state.error} />}
      {state.status === 'ready' &&
        (state.data.configured ? (
          <Overview view={state.data} reload={reload} />
        ) : (
          <Problem title={state.data.message} error={new Error(state.data.problems.join(' '))} />
        ))}
    </main>
  );
}
