import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { KeyValueTable } from '../../common';
import { looseStack, row } from '../../common/styles';
import type {
  CorrectiveActionPanelView,
  IssuePanelView,
} from '../../../src/ui-contract/issue-panel-view';
import { FieldForm, formKeyOf } from './FieldForm';
import { IssueTable } from './IssueTable';
import { PanelActions } from './actions/PanelActions';

/** A Corrective Action: its nonconformity (and 10.2 step) and what Done needs. */
export function CorrectiveActionPanel({
  view,
  onChange,
}: {
  view: CorrectiveActionPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const formKey = formKeyOf(view.form);
  const facts: [string, ReactNode][] = [
    ['Implementer', view.assignee?.displayName ?? null],
    [
      'Due',
      view.duedate ? (
        <span style={row}>
          {view.duedate}
          {view.overdue && <Lozenge appearance="removed">Overdue</Lozenge>}
        </span>
      ) : null,
    ],
  ];
  return (
    <div style={looseStack} data-testid="panel-corrective-action">
      <KeyValueTable plain label="Corrective action" rows={facts} />
      <IssueTable
        label="Nonconformity corrected"
        rows={view.nonconformities.map((n) => ({ ...n.issue, stepLabel: n.stepLabel }))}
        empty="This action is not linked to a nonconformity (link it with “corrects”)."
        testId="ca-nonconformities"
        columns={[{ key: 'step', title: '10.2 step', cell: (r) => r.stepLabel ?? '—' }]}
      />
      {view.issue.statusCategory !== 'done' &&
        (view.doneNeeds.length > 0 ? (
          <SectionMessage appearance="warning" title="Before it can be Done">
            <ul aria-label="Missing for Done">
              {view.doneNeeds.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </SectionMessage>
        ) : (
          <SectionMessage appearance="success" title="Ready to be Done">
            <p>Everything Done needs is recorded.</p>
          </SectionMessage>
        ))}
      <FieldForm key={formKey} fields={view.form} onSaved={onChange} />
      <PanelActions actions={view.actions} linkedKeys={[]} onChange={onChange} />
    </div>
  );
}
