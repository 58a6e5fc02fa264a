import { useState } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Loading, Problem, callResolver, useAsync } from '../../common';
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
  if (state.status === 'error') {
    return (
      <div style={roomyFrame}>
        <Problem title="The gap analysis could not be loaded" error={state.error} />
      </div>
    );
  }
  if (state.status !== 'ready') {
    return (
      <div style={roomyFrame}>
        <Loading label="Loading the gap analysis" />
      </div>
    );
  }
  const view = state.data;
  const current = view.current;
  return (
    <section
      aria-label="Gap analysis"
      data-testid="gap-macro"
      style={{ ...roomyFrame, ...looseStack }}
    >
      <div>
        <Heading size="small" as="h2">
          Gap analysis — ISO/IEC 42001 clauses 4–10 and Annex A
        </Heading>
        {current && (
          <p style={muted} data-testid="gap-status">
            {current.title}:{' '}
            {current.completed ? (
              <Lozenge appearance="success">Completed {current.completed.at.slice(0, 10)}</Lozenge>
            ) : (
              <Lozenge appearance="inprogress">In progress since {current.startedOn}</Lozenge>
            )}{' '}
            {current.completed && `by ${view.completedByName ?? current.completed.byAccountId}`}
          </p>
        )}
      </div>
      {current?.completed && view.completedIntact === false && (
        <SectionMessage appearance="error" title="Changed since completion">
          <p>The assessment stored on this page no longer matches what was completed.</p>
        </SectionMessage>
      )}
      {!current || current.completed ? <StartGap view={view} onStarted={reload} /> : null}
      {current && view.readiness && (
        <>
          <GapReadiness readiness={view.readiness} />
          <GapActions view={view} onDone={reload} />
          <Tabs id="gap-tabs" selected={tab} onChange={setTab}>
            <TabList>
              <Tab>Requirements</Tab>
              <Tab>
                {view.comparison
                  ? `Since "${view.comparison.previous.title}"`
                  : 'Since the previous one'}
              </Tab>
              <Tab>History ({view.completed.length})</Tab>
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
