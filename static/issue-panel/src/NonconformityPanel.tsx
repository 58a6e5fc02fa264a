import Lozenge from '@atlaskit/lozenge';
import { FieldForm } from './FieldForm';
import { IssueTable } from './IssueTable';
import { KeyValues } from './KeyValues';
import { NextSteps } from './NextSteps';
import type {
  NonconformityPanelView,
  IssuePanelView,
} from '../../../src/ui-contract/issue-panel-view';
import { StepList } from './StepList';
import { looseStack, row, subheading, tightStack } from '../../common/styles';

/** A Nonconformity: 10.2 a–e, what is missing to move on, its finding and corrective actions. */
export function NonconformityPanel({
  view,
  onChange,
}: {
  view: NonconformityPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const formKey =
    view.form.map((f) => `${f.key}=${f.value ?? ''}`).join('|') + view.issue.statusName;
  return (
    <div style={looseStack} data-testid="panel-nonconformity">
      <div style={row}>
        <Lozenge appearance="inprogress">Clause 10.2</Lozenge>
        {view.isoReference && <span>Against {view.isoReference}</span>}
        {view.source && <span>Source: {view.source}</span>}
        {view.duedate && <span>Due {view.duedate}</span>}
        {view.overdue && <Lozenge appearance="removed">Overdue</Lozenge>}
      </div>
      <section aria-labelledby="nc-steps-title" style={tightStack}>
        <h2 id="nc-steps-title" style={subheading}>
          Nonconformity and corrective action
        </h2>
        <StepList progress={view.progress} />
      </section>
      <NextSteps steps={view.progress.next} />
      <FieldForm key={formKey} fields={view.form} onSaved={onChange} />
      <section aria-labelledby="nc-finding-title" style={tightStack}>
        <h2 id="nc-finding-title" style={subheading}>
          Source audit finding
        </h2>
        <IssueTable
          label="Source audit findings"
          rows={view.findings}
          empty="No audit finding raised this nonconformity."
          columns={[{ key: 'grade', title: 'Grade', cell: (f) => f.grade ?? 'Not graded' }]}
          testId="nc-findings"
        />
      </section>
      <section aria-labelledby="nc-ca-title" style={tightStack}>
        <h2 id="nc-ca-title" style={subheading}>
          Corrective actions
        </h2>
        <IssueTable
          label="Corrective actions"
          rows={view.correctiveActions}
          empty="No corrective action is linked yet."
          testId="nc-corrective-actions"
          columns={[
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
          ]}
        />
      </section>
      <section aria-labelledby="nc-review-title" style={tightStack}>
        <h2 id="nc-review-title" style={subheading}>
          Effectiveness and AIMS change
        </h2>
        <KeyValues
          label="Effectiveness review and AIMS change"
          rows={[
            ['Effectiveness verdict', view.effectiveness.verdict],
            ['Reviewed by', view.effectiveness.reviewer?.displayName ?? null],
            ['Evidence', view.effectiveness.evidence],
            ['AIMS change needed', view.aimsChange.answer],
            ['AIMS change', view.aimsChange.link],
          ]}
        />
      </section>
    </div>
  );
}
