import type { ReactNode } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import type { Column, Translator } from '../../common';
import { JiraSearchLink, TitledSection, tableOf, useI18n } from '../../common';
import { muted, subheading } from '../../common/styles';
import { ConfluencePageLink } from '../../common/ConfluencePageLink';
import { FINDING_GRADES } from '../../../src/domain/records/audit-finding';
import type {
  ConfiguredReviewView,
  ReviewInputsView,
} from '../../../src/ui-contract/review-macro-view';
import { Figure, figures } from './ReviewFigures';
import { TrendTable } from './TrendTable';
import { gradeLabel } from './review-words';
import {
  awarenessLines,
  competenceGapLines,
  competenceSentence,
  incidentsSentence,
} from './review-sentences';

interface GradeRow {
  month: string;
  byGrade: ReviewInputsView['d']['auditResults']['byGrade'];
  total: boolean;
}

const bold = (total: boolean, content: ReactNode) => (total ? <strong>{content}</strong> : content);

const gradeColumns = ({ t, month, number }: Translator): Column<GradeRow>[] => [
  {
    key: 'month',
    title: t('review.month'),
    cell: (r) => bold(r.total, r.total ? t('review.d.total') : month(r.month)),
  },
  ...FINDING_GRADES.map((g) => ({
    key: g,
    title: gradeLabel(t, g),
    cell: (r: GradeRow) => bold(r.total, number(r.byGrade[g])),
  })),
];

interface LevelRow {
  key: string;
  label: string;
  count: number;
}

const levelColumns = ({ t, number }: Translator): Column<LevelRow>[] => [
  { key: 'level', title: t('review.d.level'), cell: (r) => r.label },
  { key: 'count', title: t('review.d.risks'), cell: (r) => number(r.count) },
];

type KpiRow = NonNullable<ReviewInputsView['d']['monitoring']>[number];

const kpiColumns = ({ t, date }: Translator): Column<KpiRow>[] => {
  const resultText = (r: KpiRow['latest']): string =>
    r ? t('review.d.result', { value: r.value, date: date(r.on) }) : t('review.d.noneRecorded');
  return [
    { key: 'name', title: t('review.d.kpi'), cell: (r) => r.name },
    { key: 'target', title: t('review.d.target'), cell: (r) => r.target },
    { key: 'latest', title: t('review.d.latest'), cell: (r) => resultText(r.latest) },
    { key: 'previous', title: t('review.d.previous'), cell: (r) => resultText(r.previous) },
    { key: 'owner', title: t('review.owner'), cell: (r) => r.owner },
  ];
};

/** 9.3.2 d) AIMS performance with its trends: nonconformities, corrective actions, audits, risks, SoA, incidents. */
export function AimsPerformance({
  view,
  inputs,
}: {
  view: ConfiguredReviewView;
  inputs: ReviewInputsView;
}) {
  const i18n = useI18n();
  const { t, tn, date, number, percent } = i18n;
  const d = inputs.d;
  // One row a month, then the period's total (in bold).
  const gradeRows: GradeRow[] = [
    ...d.auditResults.byMonth.map((m) => ({ month: m.month, byGrade: m.byGrade, total: false })),
    { month: 'total', byGrade: d.auditResults.byGrade, total: true },
  ];
  const levelRows: LevelRow[] = [
    ...d.riskLevels.bands.map((b) => ({ key: b.bandId, label: b.label, count: b.count })),
    { key: 'none', label: t('review.d.notAssessed'), count: d.riskLevels.notAssessed },
  ];
  const counted = <p style={muted}>{t('review.d.counted')}</p>;
  return (
    <TitledSection
      titleId="input-d"
      title={t('review.d.title', {
        start: date(inputs.period.start),
        end: date(inputs.period.end),
      })}
      testId="input-d"
    >
      <div style={figures}>
        <Figure label={t('review.d.ncOpened')} value={number(d.nonconformities.opened)} />
        <Figure label={t('review.d.caClosed')} value={number(d.correctiveActions.closed)} />
        <Figure label={t('review.d.findings')} value={number(d.auditResults.total)} />
        <Figure
          label={t('review.d.soaImplemented')}
          value={
            d.soa && d.soa.implementedPercent !== null ? percent(d.soa.implementedPercent) : '—'
          }
        />
      </div>
      <TrendTable
        title={t('review.d.nonconformities')}
        trends={d.nonconformities}
        overdueJql={view.searches?.overdueNonconformities ?? null}
        testId="trend-nonconformities"
      />
      <TrendTable
        title={t('review.d.correctiveActions')}
        trends={d.correctiveActions}
        overdueJql={view.searches?.overdueCorrectiveActions ?? null}
        testId="trend-corrective-actions"
      />
      <h4 style={subheading}>{t('review.d.byGrade')}</h4>
      <DynamicTable
        label={t('review.d.byGradeLabel')}
        {...tableOf(gradeColumns(i18n), gradeRows, (r) => (r.total ? 'total' : r.month))}
      />
      {view.ungradedFindings > 0 && (
        <p style={muted}>{tn('review.d.ungraded', view.ungradedFindings)}</p>
      )}
      {counted}
      <h4 style={subheading}>{t('review.d.riskLevels')}</h4>
      <DynamicTable
        label={t('review.d.riskLabel')}
        {...tableOf(levelColumns(i18n), levelRows, (r) => r.key)}
      />
      {counted}
      <h4 style={subheading}>{t('review.d.monitoring')}</h4>
      {d.monitoring && d.monitoring.length > 0 ? (
        <DynamicTable
          label={t('review.d.kpiLabel')}
          {...tableOf(kpiColumns(i18n), d.monitoring, (r) => r.name)}
        />
      ) : (
        <p style={muted}>{d.monitoring ? t('review.d.noKpi') : t('review.d.kpiNotPart')}</p>
      )}
      <h4 style={subheading}>{t('review.d.soa')}</h4>
      <p>
        {d.soa
          ? t('review.d.soaText', {
              implemented: d.soa.implemented,
              applicable: d.soa.applicable,
              percent: percent(d.soa.implementedPercent ?? 0),
            })
          : t('review.d.soaNone')}
      </p>
      <h4 style={subheading}>{t('review.d.incidents')}</h4>
      <p data-testid="review-incidents">
        {incidentsSentence(i18n, d.incidents)}
        {d.incidents && view.searches?.incidents && (
          <>
            {' · '}
            <JiraSearchLink jql={view.searches.incidents}>
              {t('review.d.incidentsLink')}
            </JiraSearchLink>
          </>
        )}
      </p>
      <h4 style={subheading}>{t('review.d.competence')}</h4>
      <p data-testid="review-competence">
        {competenceSentence(i18n, d.competence)}
        {d.competence && view.searches?.competenceExpired && (
          <>
            {' · '}
            <JiraSearchLink jql={view.searches.competenceExpired}>
              {t('review.d.expired')}
            </JiraSearchLink>
          </>
        )}
        {d.competence && view.searches?.competenceExpiring && (
          <>
            {' · '}
            <JiraSearchLink jql={view.searches.competenceExpiring}>
              {t('review.d.expiring')}
            </JiraSearchLink>
          </>
        )}
      </p>
      <div data-testid="review-competence-gaps">
        {competenceGapLines(i18n, d.competence).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {counted}
      <h4 style={subheading}>{t('review.d.awareness')}</h4>
      <div data-testid="review-policy-awareness">
        {awarenessLines(i18n, d.policyAwareness).map(({ about, text }, i) => (
          <p key={i}>
            {about !== undefined && (
              <>
                {about ? (
                  <ConfluencePageLink
                    pageId={about.id}
                    title={about.title}
                    testId="review-policy-page"
                  />
                ) : (
                  t('review.d.policyPageUnnamed')
                )}
                {': '}
              </>
            )}
            {text}
          </p>
        ))}
      </div>
    </TitledSection>
  );
}
