import { useState } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Loading, Problem, callResolver, useAsync, useI18n } from '../../common';
import { looseStack, muted, roomyFrame } from '../../common/styles';
import { gapMacroViewSchema } from '../../../src/ui-contract/gap-macro-view';
import { GapActions } from './GapActions';
import { GapComparison } from './GapComparison';
import { GapHistory } from './GapHistory';
import { GapReadiness } from './GapReadiness';
import { GapRequirements } from './GapRequirements';
import { StartGap } from './StartGap';

/** The gap analysis macro (programme step 3): every requirement assessed, readiness, progress. */
export function GapMacro() {
  const { state, reload } = useAsync(() => callResolver('getView', gapMacroViewSchema), []);
  const [tab, setTab] = useState(0);
  const { t, date } = useI18n();
  if (state.status === 'error') {
    return (
      <div style={roomyFrame}>
        <Problem title={t('gap.loadFailed')} error={state.error} />
      </div>
    );
  }
  if (state.status !== 'ready') {
    return (
      <div style={roomyFrame}>
        <Loading label={t('gap.loading')} />
      </div>
    );
  }
  const view = state.data;
  const current = view.current;
  return (
    <section
      aria-label={t('gap.title')}
      data-testid="gap-macro"
      style={{ ...roomyFrame, ...looseStack }}
    >
      <div>
        <Heading size="small" as="h2">
          {t('gap.heading')}
        </Heading>
        {current && (
          <p style={muted} data-testid="gap-status">
            {current.title}:{' '}
            {current.completed ? (
              <Lozenge appearance="success">
                {t('gap.completedOn', { date: date(current.completed.at) })}
              </Lozenge>
            ) : (
              <Lozenge appearance="inprogress">
                {t('gap.inProgressSince', { date: date(current.startedOn) })}
              </Lozenge>
            )}{' '}
            {current.completed &&
              t('gap.completedBy', {
                name: view.completedByName ?? current.completed.byAccountId,
              })}
          </p>
        )}
      </div>
      {current?.completed && view.completedIntact === false && (
        <SectionMessage appearance="error" title={t('gap.changed')}>
          <p>{t('gap.changedText')}</p>
        </SectionMessage>
      )}
      {!current || current.completed ? <StartGap view={view} onStarted={reload} /> : null}
      {current && view.readiness && (
        <>
          <GapReadiness readiness={view.readiness} />
          <GapActions view={view} onDone={reload} />
          <Tabs id="gap-tabs" selected={tab} onChange={setTab}>
            <TabList>
              <Tab>{t('gap.tab.requirements')}</Tab>
              <Tab>
                {view.comparison
                  ? t('gap.tab.since', { title: view.comparison.previous.title })
                  : t('gap.tab.sincePrevious')}
              </Tab>
              <Tab>{t('gap.tab.history', { count: view.completed.length })}</Tab>
            </TabList>
            <TabPanel>
              <GapRequirements view={view} assessment={current} onSaved={reload} />
            </TabPanel>
            <TabPanel>
              <GapComparison comparison={view.comparison} />
            </TabPanel>
            <TabPanel>
              <GapHistory view={view} />
            </TabPanel>
          </Tabs>
        </>
      )}
    </section>
  );
}
