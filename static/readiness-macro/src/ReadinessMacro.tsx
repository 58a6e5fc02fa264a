import { useState } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { Loading, Problem, callResolver, useAsync, useI18n } from '../../common';
import { looseStack, muted, roomyFrame } from '../../common/styles';
import { readinessViewSchema } from '../../../src/ui-contract/readiness-macro-view';
import { ExternalFindings } from './ExternalFindings';
import { ReadinessItemRow } from './ReadinessItem';
import { StageDates } from './StageDates';
import { VerdictLozenge } from './verdict';

const headCell = {
  padding: token('space.100'),
  borderBottom: `2px solid ${token('color.border')}`,
  textAlign: 'start',
} as const;

/**
 * The certification readiness report (programme step 10): the items an auditor starts from, each
 * pass / attention / fail with its proof, as the viewer may see them; the Stage 1 / Stage 2
 * dates; the external audit's findings.
 */
export function ReadinessMacro() {
  const [reload, setReload] = useState(0);
  const { state } = useAsync(() => callResolver('getView', readinessViewSchema), [reload]);
  const { t, date } = useI18n();
  if (state.status === 'error') {
    return (
      <div style={roomyFrame}>
        <Problem title={t('readiness.loadFailed')} error={state.error} />
      </div>
    );
  }
  if (state.status !== 'ready') {
    return (
      <div style={roomyFrame}>
        <Loading label={t('readiness.loading')} />
      </div>
    );
  }
  if (!state.data.configured) {
    return (
      <div style={roomyFrame} data-testid="readiness-not-configured">
        <SectionMessage appearance="warning" title={t('readiness.title')}>
          <p>{state.data.message}</p>
        </SectionMessage>
      </div>
    );
  }
  const view = state.data;
  return (
    <section
      aria-label={t('readiness.title')}
      data-testid="readiness-macro"
      style={{ ...roomyFrame, ...looseStack }}
    >
      <div>
        <Heading size="small" as="h2">
          {t('readiness.heading')}
        </Heading>
        <p style={muted}>
          {t('readiness.scope', {
            project: view.projectKey,
            cycle: view.cycle,
            date: date(view.asOf),
          })}
        </p>
      </div>
      <p data-testid="readiness-summary">
        {t('readiness.overall')} <VerdictLozenge verdict={view.overall} /> ·{' '}
        {t('readiness.counts', {
          pass: view.counts.pass,
          attention: view.counts.attention,
          fail: view.counts.fail,
        })}
      </p>
      <table
        style={{ borderCollapse: 'collapse', width: '100%' }}
        aria-label={t('readiness.table.label')}
      >
        <thead>
          <tr>
            <th scope="col" style={headCell}>
              {t('readiness.table.item')}
            </th>
            <th scope="col" style={headCell}>
              {t('readiness.table.verdict')}
            </th>
            <th scope="col" style={headCell}>
              {t('readiness.table.why')}
            </th>
            <th scope="col" style={headCell}>
              {t('readiness.table.proof')}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.items.map((item) => (
            <ReadinessItemRow key={item.id} item={item} />
          ))}
        </tbody>
      </table>
      <StageDates
        key={`${view.stages.stage1}-${view.stages.stage2}-${view.stages.certificationBody}`}
        stages={view.stages}
        blockers={view.viewer.stagesBlockers}
        onSaved={() => setReload((n) => n + 1)}
      />
      <ExternalFindings findings={view.externalFindings} />
    </section>
  );
}
