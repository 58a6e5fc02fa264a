import Lozenge from '@atlaskit/lozenge';
import type { Column, Translator } from '../../common';
import { KeyValueTable, useI18n } from '../../common';
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

const findingColumns = ({ t }: Translator): Column<FindingRef>[] => [
  { key: 'grade', title: t('panel.nc.grade'), cell: (f) => f.grade ?? t('panel.nc.notGraded') },
];

const correctiveActionColumns = ({ t, date }: Translator): Column<CorrectiveActionRow>[] => [
  {
    key: 'assignee',
    title: t('panel.implementer'),
    cell: (c) => c.assignee ?? t('panel.unassigned'),
  },
  {
    key: 'due',
    title: t('panel.due'),
    cell: (c) => (
      <span style={row}>
        {c.duedate ? date(c.duedate) : '—'}
        {c.overdue && <Lozenge appearance="removed">{t('panel.overdue')}</Lozenge>}
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
  const i18n = useI18n();
  const { t, date } = i18n;
  const formKey = formKeyOf(view.form, view.issue.statusName);
  return (
    <div style={looseStack} data-testid="panel-nonconformity">
      <div style={row}>
        <Lozenge appearance="inprogress">{t('panel.nc.clause')}</Lozenge>
        {view.isoReference && <span>{t('panel.nc.against', { ref: view.isoReference })}</span>}
        {view.source && <span>{t('panel.nc.source', { source: view.source })}</span>}
        {view.duedate && <span>{t('panel.nc.due', { date: date(view.duedate) })}</span>}
        {view.overdue && <Lozenge appearance="removed">{t('panel.overdue')}</Lozenge>}
      </div>
      <PanelSection titleId="nc-steps-title" title={t('panel.nc.stepsTitle')}>
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
        title={t('panel.nc.finding')}
        label={t('panel.nc.findings')}
        rows={view.findings}
        empty={t('panel.nc.noFinding')}
        columns={findingColumns(i18n)}
        testId="nc-findings"
      />
      <IssueListSection
        title={t('panel.nc.actions')}
        rows={view.correctiveActions}
        empty={t('panel.nc.noAction')}
        testId="nc-corrective-actions"
        columns={correctiveActionColumns(i18n)}
      />
      <PanelSection titleId="nc-review-title" title={t('panel.nc.reviewTitle')}>
        <KeyValueTable
          plain
          label={t('panel.nc.reviewLabel')}
          rows={[
            [t('panel.nc.verdict'), view.effectiveness.verdict],
            [t('panel.nc.reviewer'), view.effectiveness.reviewer?.displayName ?? null],
            [t('panel.evidence'), view.effectiveness.evidence],
            [t('panel.nc.changeNeeded'), view.aimsChange.answer],
            [t('panel.nc.change'), view.aimsChange.link],
          ]}
        />
      </PanelSection>
    </div>
  );
}
