import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { Column, Translator } from '../../common';
import { KeyValueTable, useI18n } from '../../common';
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

const typeColumns = (t: Translator['t']): Column<PanelIssueRef>[] => [
  { key: 'type', title: t('panel.control.type'), cell: (r) => r.typeName },
];

/** An AI Control: one Statement of Applicability row with its risks and evidence. */
export function ControlPanel({
  view,
  onChange,
}: {
  view: ControlPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const { t } = useI18n();
  const formKey = formKeyOf(view.form);
  const details: [string, ReactNode][] = [
    [t('panel.control.objective'), view.objective],
    [t('panel.control.applicability'), view.applicability],
    [t('panel.control.justification'), view.justification],
    [t('panel.control.implementation'), view.implementationStatus],
    [t('panel.control.owner'), view.owner?.displayName ?? null],
    [t('panel.evidence'), view.evidence],
  ];
  return (
    <div style={looseStack} data-testid="panel-control">
      <div style={row}>
        <Lozenge appearance="inprogress">
          {view.isoReference ?? t('panel.control.ownControl')}
        </Lozenge>
        {view.catalogTitle && <strong>{view.catalogTitle}</strong>}
      </div>
      {view.warnings.length > 0 && (
        <div data-testid="control-warnings">
          <SectionMessage appearance="warning" title={t('panel.control.soa')}>
            <ul>
              {view.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </SectionMessage>
        </div>
      )}
      <KeyValueTable plain label={t('panel.control.details')} rows={details} />
      <FieldForm
        key={formKey}
        fields={view.form}
        onSaved={onChange}
        title={t('panel.control.formTitle')}
      />
      <IssueListSection
        title={t('panel.control.risks')}
        rows={view.risks}
        empty={t('panel.control.noRisk')}
        testId="control-risks"
        columns={riskLevelColumns(t)}
      />
      <PanelSection titleId="control-evidence-title" title={t('panel.control.evidenceTitle')}>
        <IssueTable
          label={t('panel.control.evidenceIssues')}
          rows={view.evidenceIssues}
          empty={t('panel.control.noEvidence')}
          testId="control-evidence"
        />
        <IssueTable
          label={t('panel.control.related')}
          rows={view.correctiveActions}
          empty={t('panel.control.noRelated')}
          testId="control-corrective-actions"
          columns={typeColumns(t)}
        />
      </PanelSection>
    </div>
  );
}
