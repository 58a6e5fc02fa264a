import type { ReactNode } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { KeyValueTable, useI18n } from '../../common';
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
  const { t } = useI18n();
  const facts: [string, ReactNode][] = [
    [t('panel.nc.grade'), view.grade],
    [t('panel.reference'), view.isoReference],
  ];
  return (
    <div style={looseStack} data-testid="panel-finding">
      <KeyValueTable plain label={t('panel.finding.label')} rows={facts} />
      {view.grade && !view.raisesNonconformity && (
        <SectionMessage appearance="information" title={t('panel.finding.noNcTitle')}>
          <p>{t('panel.finding.noNc')}</p>
        </SectionMessage>
      )}
      {view.nonconformities.map((nc) => (
        <section
          key={nc.issue.key}
          aria-label={t('panel.finding.ncLabel', { key: nc.issue.key })}
          style={{ ...card, ...tightStack }}
        >
          <div style={row}>
            <strong>{t('panel.finding.nc')}</strong> <IssueLink issue={nc.issue} />{' '}
            <span>{nc.issue.summary}</span>
          </div>
          <StepList progress={nc.progress} compact />
        </section>
      ))}
      {view.raisesNonconformity && view.nonconformities.length === 0 && (
        <p style={muted} data-testid="finding-nc-being-raised">
          {t('panel.finding.ncBeingRaised')}
        </p>
      )}
      <NextSteps steps={view.next} />
      <FieldForm
        key={view.form.length}
        fields={view.form}
        onSaved={onChange}
        title={t('panel.finding.formTitle')}
      />
    </div>
  );
}
