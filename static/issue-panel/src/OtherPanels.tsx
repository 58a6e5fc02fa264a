import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { levelLozenge } from './band-colors';
import { FieldForm } from './FieldForm';
import { IssueLink } from './IssueLink';
import { IssueTable } from './IssueTable';
import { KeyValues } from './KeyValues';
import { NextSteps } from './NextSteps';
import type {
  AiSystemPanelView,
  CorrectiveActionPanelView,
  FindingPanelView,
  GenericPanelView,
  IssuePanelView,
} from '../../../src/ui-contract/issue-panel-view';
import { StepList } from './StepList';
import { card, looseStack, muted, row, subheading, tightStack } from '../../common/styles';

const level = (value: string | null) =>
  value ? <Lozenge appearance={levelLozenge(value)}>{value}</Lozenge> : '—';

/** An AI System: its risks with levels, impact assessments, controls and open nonconformities. */
export function AiSystemPanel({ view }: { view: AiSystemPanelView }) {
  return (
    <div style={looseStack} data-testid="panel-ai-system">
      <section aria-labelledby="sys-risks-title" style={tightStack}>
        <h2 id="sys-risks-title" style={subheading}>
          Risks
        </h2>
        <IssueTable
          label="Risks of this AI system"
          rows={view.risks}
          empty="No risk is linked to this AI system."
          testId="system-risks"
          columns={[
            { key: 'inherent', title: 'Inherent', cell: (r) => level(r.inherentLevel) },
            { key: 'residual', title: 'Residual', cell: (r) => level(r.residualLevel) },
          ]}
        />
      </section>
      <section aria-labelledby="sys-ia-title" style={tightStack}>
        <h2 id="sys-ia-title" style={subheading}>
          Impact assessments
        </h2>
        <IssueTable
          label="Impact assessments"
          rows={view.impactAssessments}
          empty="No impact assessment yet (6.1.4)."
          testId="system-assessments"
        />
      </section>
      <section aria-labelledby="sys-controls-title" style={tightStack}>
        <h2 id="sys-controls-title" style={subheading}>
          Controls (through its risks)
        </h2>
        <IssueTable
          label="Controls"
          rows={view.controls}
          empty="No control mitigates its risks yet."
          testId="system-controls"
        />
      </section>
      <section aria-labelledby="sys-nc-title" style={tightStack}>
        <h2 id="sys-nc-title" style={subheading}>
          Open nonconformities
        </h2>
        <IssueTable
          label="Open nonconformities"
          rows={view.openNonconformities}
          empty="No open nonconformity."
          testId="system-nonconformities"
        />
      </section>
    </div>
  );
}

/** An Audit Finding: grade, the nonconformity it raised and that nonconformity's 10.2 progress. */
export function FindingPanel({
  view,
  onChange,
}: {
  view: FindingPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  return (
    <div style={looseStack} data-testid="panel-finding">
      <KeyValues
        label="Finding"
        rows={[
          ['Grade', view.grade],
          ['Reference', view.isoReference],
        ]}
      />
      {view.grade && !view.raisesNonconformity && (
        <SectionMessage appearance="information" title="Tracked without a nonconformity">
          <p>
            Observations and opportunities for improvement are tracked and closed without a
            nonconformity (9.2, 10.1).
          </p>
        </SectionMessage>
      )}
      {view.nonconformities.map((nc) => (
        <section
          key={nc.issue.key}
          aria-label={`Nonconformity ${nc.issue.key}`}
          style={{ ...card, ...tightStack }}
        >
          <div style={row}>
            <strong>Nonconformity</strong> <IssueLink issue={nc.issue} />{' '}
            <span>{nc.issue.summary}</span>
          </div>
          <StepList progress={nc.progress} compact />
        </section>
      ))}
      {view.raisesNonconformity && view.nonconformities.length === 0 && (
        <p style={muted}>
          The nonconformity this finding raises is not linked yet (the app raises it automatically).
        </p>
      )}
      <NextSteps steps={view.next} />
      <FieldForm
        key={view.form.length}
        fields={view.form}
        onSaved={onChange}
        title="Grade the finding"
      />
    </div>
  );
}

/** A Corrective Action: its nonconformity (and 10.2 step) and what Done needs. */
export function CorrectiveActionPanel({
  view,
  onChange,
}: {
  view: CorrectiveActionPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const formKey = view.form.map((f) => `${f.key}=${f.value ?? ''}`).join('|');
  return (
    <div style={looseStack} data-testid="panel-corrective-action">
      <KeyValues
        label="Corrective action"
        rows={[
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
        ]}
      />
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
    </div>
  );
}

/** Other issue types: a short summary and the issue's links. */
export function GenericPanel({ view }: { view: GenericPanelView }) {
  return (
    <div style={looseStack} data-testid="panel-generic">
      <p>
        {view.clause && (
          <Lozenge appearance="inprogress">
            {view.clause.replace('ISO42001:', 'ISO 42001 ')}
          </Lozenge>
        )}{' '}
        {view.description}
      </p>
      <IssueTable
        label="Linked issues"
        rows={view.links.map((l) => ({
          ...l.issue,
          key: l.issue.key,
          linkTypeName: l.linkTypeName,
        }))}
        empty="No linked issues."
        columns={[{ key: 'link', title: 'Link', cell: (r) => r.linkTypeName }]}
      />
    </div>
  );
}
