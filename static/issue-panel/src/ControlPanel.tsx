import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { Column } from '../../common';
import { KeyValueTable } from '../../common';
import { looseStack, row } from '../../common/styles';
import type {
  ControlPanelView,
  IssuePanelView,
  PanelIssueRef,
} from '../../../src/ui-contract/issue-panel-view';
import { FieldForm, formKeyOf } from './FieldForm';
import { IssueListSection } from './IssueListSection';
import { IssueTable } from './IssueTable';
import { PanelSection } from './PanelSection';
import { riskLevelColumns } from './risk-level-columns';

const TYPE_COLUMNS: Column<PanelIssueRef>[] = [
  { key: 'type', title: 'Type', cell: (r) => r.typeName },
];

/** An AI Control: one Statement of Applicability row with its risks and evidence. */
export function ControlPanel({
  view,
  onChange,
}: {
  view: ControlPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const formKey = formKeyOf(view.form);
  const details: [string, ReactNode][] = [
    ['Objective group', view.objective],
    ['Applicability', view.applicability],
    ['Justification', view.justification],
    ['Implementation status', view.implementationStatus],
    ['Owner', view.owner?.displayName ?? null],
    ['Evidence', view.evidence],
  ];
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
      <KeyValueTable plain label="Control details" rows={details} />
      <FieldForm
        key={formKey}
        fields={view.form}
        onSaved={onChange}
        title="Record the SoA decision"
      />
      <IssueListSection
        title="Risks this control mitigates"
        rows={view.risks}
        empty="No risk you can see is linked to this control."
        testId="control-risks"
        columns={riskLevelColumns}
      />
      <PanelSection titleId="control-evidence-title" title="Evidence and corrective actions">
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
          columns={TYPE_COLUMNS}
        />
      </PanelSection>
    </div>
  );
}
