import { useState } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { Loading, Problem, callResolver, useAsync } from '../../common';
import { looseStack, muted, roomyFrame } from '../../common/styles';
import { readinessViewSchema } from '../../../src/ui-contract/readiness-macro-view';
import { ExternalFindings } from './ExternalFindings';
import { ReadinessItemRow } from './ReadinessItem';
import { StageDates } from './StageDates';
import { VERDICT_WORDS, VerdictLozenge } from './verdict';

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
  if (state.status === 'error') {
    return (
      <div style={roomyFrame}>
        <Problem title="The readiness report could not be loaded" error={state.error} />
      </div>
    );
  }
  if (state.status !== 'ready') {
    return (
      <div style={roomyFrame}>
        <Loading label="Loading the readiness report" />
      </div>
    );
  }
  if (!state.data.configured) {
    return (
      <div style={roomyFrame} data-testid="readiness-not-configured">
        <SectionMessage appearance="warning" title="Certification readiness report">
          <p>{state.data.message}</p>
        </SectionMessage>
      </div>
    );
  }
  const view = state.data;
  return (
    <section
      aria-label="Certification readiness report"
      data-testid="readiness-macro"
      style={{ ...roomyFrame, ...looseStack }}
    >
      <div>
        <Heading size="small" as="h2">
          Certification readiness — ISO/IEC 42001
        </Heading>
        <p style={muted}>
          Project {view.projectKey}, audit cycle {view.cycle}, on {view.asOf}: what you can see in
          Jira and Confluence.
        </p>
      </div>
      <p data-testid="readiness-summary">
        Overall <VerdictLozenge verdict={view.overall} /> · {view.counts.pass}{' '}
        {VERDICT_WORDS.pass.toLowerCase()}, {view.counts.attention} need attention,{' '}
        {view.counts.fail} {VERDICT_WORDS.fail.toLowerCase()}
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }} aria-label="Readiness items">
        <thead>
          <tr>
            <th scope="col" style={headCell}>
              Item
            </th>
            <th scope="col" style={headCell}>
              Verdict
            </th>
            <th scope="col" style={headCell}>
              Why
            </th>
            <th scope="col" style={headCell}>
              Proof
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
