import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { Column } from '../../common';
import { KeyValueTable } from '../../common';
import { looseStack, row } from '../../common/styles';
import type {
  ControlRow,
  IssuePanelView,
  RiskPanelView,
  RiskPosition,
} from '../../../src/ui-contract/issue-panel-view';
import { bandLozenge } from './band-colors';
import { FieldForm, formKeyOf } from './FieldForm';
import { NextSteps } from './NextSteps';
import { IssueListSection } from './IssueListSection';
import { PanelSection } from './PanelSection';
import { RiskMatrix } from './RiskMatrix';

const CONTROL_COLUMNS: Column<ControlRow>[] = [
  { key: 'ref', title: 'Reference', cell: (c) => c.isoReference ?? '—' },
  { key: 'impl', title: 'Implementation', cell: (c) => c.implementationStatus ?? 'Not recorded' },
];

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
  const formKey = formKeyOf(view.form, view.issue.statusName);
  return (
    <div style={looseStack} data-testid="panel-risk">
      <div style={row}>
        <Lozenge appearance="inprogress">Clause 6.1</Lozenge>
        {view.lifecycleState && <span>Lifecycle: {view.lifecycleState}</span>}
      </div>
      <PanelSection titleId="risk-matrix-title" title="Risk matrix">
        <RiskMatrix matrix={view.matrix} />
      </PanelSection>
      {view.appetiteNotice && (
        <div data-testid="appetite-notice">
          <SectionMessage appearance="warning" title="Risk appetite">
            <p>{view.appetiteNotice}</p>
          </SectionMessage>
        </div>
      )}
      <KeyValueTable
        plain
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
      <IssueListSection
        title="Controls that mitigate this risk"
        rows={view.controls}
        empty="No control is linked yet."
        testId="risk-controls"
        columns={CONTROL_COLUMNS}
      />
      <IssueListSection
        title="AI systems affected"
        rows={view.aiSystems}
        empty="No AI system is linked."
        testId="risk-systems"
      />
    </div>
  );
}
