import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { levelLozenge } from './band-colors';
import { FieldForm } from './FieldForm';
import { IssueTable } from './IssueTable';
import { KeyValues } from './KeyValues';
import type { ControlPanelView, IssuePanelView } from '../../../src/ui-contract/issue-panel-view';
import { looseStack, row, subheading, tightStack } from '../../common/styles';

const level = (value: string | null) =>
  value ? <Lozenge appearance={levelLozenge(value)}>{value}</Lozenge> : '—';

/** An AI Control: one Statement of Applicability row with its risks and evidence. */
export function ControlPanel({
  view,
  onChange,
}: {
  view: ControlPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const formKey = view.form.map((f) => `${f.key}=${f.value ?? ''}`).join('|');
  return (
    <div style={looseStack} data-testid="panel-control">
      <div style={row}>
        <Lozenge appearance="inprogress">{view.isoReference ?? 'Organization control'}</Lozenge>
        {view.catalogTitle && <strong>{view.catalogTitle}</strong>}
      </div>
      {view.warnings.length > 0 && (
        <div data-testid="control-warnings">
          <SectionMessage appearance="warning" title="Statement of Applicability">
            <ul>
              {view.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </SectionMessage>
        </div>
      )}
      <KeyValues
        label="Control details"
        rows={[
          ['Objective group', view.objective],
          ['Applicability', view.applicability],
          ['Justification', view.justification],
          ['Implementation status', view.implementationStatus],
          ['Owner', view.owner?.displayName ?? null],
          ['Evidence', view.evidence],
        ]}
      />
      <FieldForm
        key={formKey}
        fields={view.form}
        onSaved={onChange}
        title="Record the SoA decision"
      />
      <section aria-labelledby="control-risks-title" style={tightStack}>
        <h2 id="control-risks-title" style={subheading}>
          Risks this control mitigates
        </h2>
        <IssueTable
          label="Risks this control mitigates"
          rows={view.risks}
          empty="No risk you can see is linked to this control."
          testId="control-risks"
          columns={[
            { key: 'inherent', title: 'Inherent', cell: (r) => level(r.inherentLevel) },
            { key: 'residual', title: 'Residual', cell: (r) => level(r.residualLevel) },
          ]}
        />
      </section>
      <section aria-labelledby="control-evidence-title" style={tightStack}>
        <h2 id="control-evidence-title" style={subheading}>
          Evidence and corrective actions
        </h2>
        <IssueTable
          label="Evidence issues"
          rows={view.evidenceIssues}
          empty="No issue is linked as evidence."
          testId="control-evidence"
        />
        <IssueTable
          label="Related nonconformities and corrective actions"
          rows={view.correctiveActions}
          empty="No nonconformity or corrective action is linked."
          testId="control-corrective-actions"
          columns={[{ key: 'type', title: 'Type', cell: (r) => r.typeName }]}
        />
      </section>
    </div>
  );
}
