import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { KeyValueTable, useI18n } from '../../common';
import { looseStack, row } from '../../common/styles';
import type {
  CorrectiveActionPanelView,
  IssuePanelView,
} from '../../../src/ui-contract/issue-panel-view';
import { FieldForm, formKeyOf } from './FieldForm';
import { IssueTable } from './IssueTable';
import { useServerTexts } from './server-text';
import { PanelActions } from './actions/PanelActions';

/** A Corrective Action: its nonconformity (and 10.2 step) and what Done needs. */
export function CorrectiveActionPanel({
  view,
  onChange,
}: {
  view: CorrectiveActionPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const { t, date } = useI18n();
  const texts = useServerTexts();
  const formKey = formKeyOf(view.form);
  const facts: [string, ReactNode][] = [
    [t('panel.implementer'), view.assignee?.displayName ?? null],
    [
      t('panel.due'),
      view.duedate ? (
        <span style={row}>
          {date(view.duedate)}
          {view.overdue && <Lozenge appearance="removed">{t('panel.overdue')}</Lozenge>}
        </span>
      ) : null,
    ],
  ];
  return (
    <div style={looseStack} data-testid="panel-corrective-action">
      <KeyValueTable plain label={t('panel.action.label')} rows={facts} />
      <IssueTable
        label={t('panel.action.nc')}
        rows={view.nonconformities.map((n) => ({ ...n.issue, stepLabel: n.stepLabel }))}
        empty={t('panel.action.noNc')}
        testId="ca-nonconformities"
        columns={[{ key: 'step', title: t('panel.action.step'), cell: (r) => r.stepLabel ?? '—' }]}
      />
      {view.issue.statusCategory !== 'done' &&
        (view.doneNeeds.length > 0 ? (
          <SectionMessage appearance="warning" title={t('panel.action.beforeDone')}>
            <ul aria-label={t('panel.action.missingForDone')}>
              {texts(view.doneNeeds, view.doneNeedsMessages).map((m) => (
                <li key={m.english}>{m.text}</li>
              ))}
            </ul>
          </SectionMessage>
        ) : (
          <SectionMessage appearance="success" title={t('panel.action.ready')}>
            <p>{t('panel.action.allRecorded')}</p>
          </SectionMessage>
        ))}
      <FieldForm key={formKey} fields={view.form} onSaved={onChange} />
      <PanelActions actions={view.actions} linkedKeys={[]} onChange={onChange} />
    </div>
  );
}
