import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { bandLozenge } from './band-colors';
import { FieldForm } from './FieldForm';
import { IssueTable } from './IssueTable';
import { KeyValues } from './KeyValues';
import { NextSteps } from './NextSteps';
import type {
  IssuePanelView,
  RiskPosition,
  RiskPanelView,
} from '../../../src/ui-contract/issue-panel-view';
import { RiskMatrix } from './RiskMatrix';
import { looseStack, row, subheading, tightStack } from '../../common/styles';

function Level({ position, bands }: { position: RiskPosition | null; bands: number }) {
  if (!position) return null;
  return (
    <span style={row}>
      <Lozenge appearance={bandLozenge(position.bandRank, bands)}>{position.bandLabel}</Lozenge>
      {`${position.likelihood} × ${position.consequence} = ${position.score}`}
      {!position.withinAppetite && <Lozenge appearance="removed">Above appetite</Lozenge>}
    </span>
  );
}

/** An AI Risk: the matrix with inherent and residual positions, treatment, controls, acceptance. */
export function RiskPanel({
  view,
  onChange,
}: {
  view: RiskPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const bands = view.matrix.bands.length;
  const formKey =
    view.form.map((f) => `${f.key}=${f.value ?? ''}`).join('|') + view.issue.statusName;
  return (
    <div style={looseStack} data-testid="panel-risk">
      <div style={row}>
        <Lozenge appearance="inprogress">Clause 6.1</Lozenge>
        {view.lifecycleState && <span>Lifecycle: {view.lifecycleState}</span>}
      </div>
      <section aria-labelledby="risk-matrix-title" style={tightStack}>
        <h2 id="risk-matrix-title" style={subheading}>
          Risk matrix
        </h2>
        <RiskMatrix matrix={view.matrix} />
      </section>
      {view.appetiteNotice && (
        <div data-testid="appetite-notice">
          <SectionMessage appearance="warning" title="Risk appetite">
            <p>{view.appetiteNotice}</p>
          </SectionMessage>
        </div>
      )}
      <KeyValues
        label="Risk levels and treatment"
        rows={[
          [
            'Inherent risk',
            view.inherent ? <Level position={view.inherent} bands={bands} /> : null,
          ],
          [
            'Residual risk',
            view.residual ? <Level position={view.residual} bands={bands} /> : null,
          ],
          ['Treatment option', view.treatmentOption],
          ['Residual risk accepted by', view.acceptance.by?.displayName ?? null],
          ['Accepted on', view.acceptance.at],
        ]}
      />
      <NextSteps steps={view.next} />
      <FieldForm key={formKey} fields={view.form} onSaved={onChange} />
      <section aria-labelledby="risk-controls-title" style={tightStack}>
        <h2 id="risk-controls-title" style={subheading}>
          Controls that mitigate this risk
        </h2>
        <IssueTable
          label="Controls that mitigate this risk"
          rows={view.controls}
          empty="No control is linked yet."
          testId="risk-controls"
          columns={[
            { key: 'ref', title: 'Reference', cell: (c) => c.isoReference ?? '—' },
            {
              key: 'impl',
              title: 'Implementation',
              cell: (c) => c.implementationStatus ?? 'Not recorded',
            },
          ]}
        />
      </section>
      <section aria-labelledby="risk-systems-title" style={tightStack}>
        <h2 id="risk-systems-title" style={subheading}>
          AI systems affected
        </h2>
        <IssueTable
          label="AI systems affected"
          rows={view.aiSystems}
          empty="No AI system is linked."
          testId="risk-systems"
        />
      </section>
    </div>
  );
}
