import Lozenge from '@atlaskit/lozenge';
import type { Column } from '../../common';
import { KeyValueTable } from '../../common';
import { looseStack, row } from '../../common/styles';
import type {
  CorrectiveActionRow,
  FindingRef,
  IssuePanelView,
  NonconformityPanelView,
} from '../../../src/ui-contract/issue-panel-view';
import { FieldForm, formKeyOf } from './FieldForm';
import { NextSteps } from './NextSteps';
import { IssueListSection } from './IssueListSection';
import { PanelSection } from './PanelSection';
import { RecurrenceSection } from './RecurrenceSection';
import { StepList } from './StepList';
import { PanelActions } from './actions/PanelActions';

const FINDING_COLUMNS: Column<FindingRef>[] = [
  { key: 'grade', title: 'Grade', cell: (f) => f.grade ?? 'Not graded' },
];

const CORRECTIVE_ACTION_COLUMNS: Column<CorrectiveActionRow>[] = [
  { key: 'assignee', title: 'Implementer', cell: (c) => c.assignee ?? 'Unassigned' },
  {
    key: 'due',
    title: 'Due',
    cell: (c) => (
      <span style={row}>
        {c.duedate ?? '—'}
        {c.overdue && <Lozenge appearance="removed">Overdue</Lozenge>}
      </span>
    ),
  },
];

/** A Nonconformity: 10.2 a–e, what is missing to move on, its finding and corrective actions. */
export function NonconformityPanel({
  view,
  onChange,
}: {
  view: NonconformityPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const formKey = formKeyOf(view.form, view.issue.statusName);
  return (
    <div style={looseStack} data-testid="panel-nonconformity">
      <div style={row}>
        <Lozenge appearance="inprogress">Clause 10.2</Lozenge>
        {view.isoReference && <span>Against {view.isoReference}</span>}
        {view.source && <span>Source: {view.source}</span>}
        {view.duedate && <span>Due {view.duedate}</span>}
        {view.overdue && <Lozenge appearance="removed">Overdue</Lozenge>}
      </div>
      <PanelSection titleId="nc-steps-title" title="Nonconformity and corrective action">
        <StepList progress={view.progress} />
      </PanelSection>
      <RecurrenceSection recurrence={view.recurrence} />
      <NextSteps steps={view.progress.next} />
      <FieldForm key={formKey} fields={view.form} onSaved={onChange} />
      <PanelActions
        actions={view.actions}
        linkedKeys={view.correctiveActions.map((c) => c.key)}
        onChange={onChange}
      />
      <IssueListSection
        title="Source audit finding"
        label="Source audit findings"
        rows={view.findings}
        empty="No audit finding raised this nonconformity."
        columns={FINDING_COLUMNS}
        testId="nc-findings"
      />
      <IssueListSection
        title="Corrective actions"
        rows={view.correctiveActions}
        empty="No corrective action is linked yet."
        testId="nc-corrective-actions"
        columns={CORRECTIVE_ACTION_COLUMNS}
      />
      <PanelSection titleId="nc-review-title" title="Effectiveness and AIMS change">
        <KeyValueTable
          plain
          label="Effectiveness review and AIMS change"
          rows={[
            ['Effectiveness verdict', view.effectiveness.verdict],
            ['Reviewed by', view.effectiveness.reviewer?.displayName ?? null],
            ['Evidence', view.effectiveness.evidence],
            ['AIMS change needed', view.aimsChange.answer],
            ['AIMS change', view.aimsChange.link],
          ]}
        />
      </PanelSection>
    </div>
  );
}
