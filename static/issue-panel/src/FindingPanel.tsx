import type { ReactNode } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { KeyValueTable } from '../../common';
import { card, looseStack, muted, row, tightStack } from '../../common/styles';
import type { FindingPanelView, IssuePanelView } from '../../../src/ui-contract/issue-panel-view';
import { FieldForm } from './FieldForm';
import { IssueLink } from './IssueLink';
import { NextSteps } from './NextSteps';
import { StepList } from './StepList';

/** An Audit Finding: grade, the nonconformity it raised and that nonconformity's 10.2 progress. */
export function FindingPanel({
  view,
  onChange,
}: {
  view: FindingPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const facts: [string, ReactNode][] = [
    ['Grade', view.grade],
    ['Reference', view.isoReference],
  ];
  return (
    <div style={looseStack} data-testid="panel-finding">
      <KeyValueTable plain label="Finding" rows={facts} />
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
        <p style={muted} data-testid="finding-nc-being-raised">
          The nonconformity for this finding is being raised. Jira tells the app about the grade in
          the background, so it can take a few minutes to appear here.
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
