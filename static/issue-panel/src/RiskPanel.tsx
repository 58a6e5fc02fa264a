import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { Column, Translator } from '../../common';
import { KeyValueTable, useI18n } from '../../common';
import { looseStack, row } from '../../common/styles';
import type {
  ControlRow,
  IssuePanelView,
  RiskPanelView,
  RiskPosition,
} from '../../../src/ui-contract/issue-panel-view';
import { bandLozenge } from './band-colors';
import { FieldForm, formKeyOf } from './FieldForm';
import { NextSteps } from './NextSteps';
import { IssueListSection } from './IssueListSection';
import { PanelSection } from './PanelSection';
import { RiskMatrix } from './RiskMatrix';

const controlColumns = (t: Translator['t']): Column<ControlRow>[] => [
  { key: 'ref', title: t('panel.reference'), cell: (c) => c.isoReference ?? '—' },
  {
    key: 'impl',
    title: t('panel.risk.implementation'),
    cell: (c) => c.implementationStatus ?? t('panel.notRecorded'),
  },
];

function Level({ position, bands }: { position: RiskPosition | null; bands: number }) {
  const { t } = useI18n();
  if (!position) return null;
  return (
    <span style={row}>
      <Lozenge appearance={bandLozenge(position.bandRank, bands)}>{position.bandLabel}</Lozenge>
      {`${position.likelihood} × ${position.consequence} = ${position.score}`}
      {!position.withinAppetite && (
        <Lozenge appearance="removed">{t('panel.risk.aboveAppetite')}</Lozenge>
      )}
    </span>
  );
}

/** An AI Risk: the matrix with inherent and residual positions, treatment, controls, acceptance. */
export function RiskPanel({
  view,
  onChange,
}: {
  view: RiskPanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const { t, date } = useI18n();
  const bands = view.matrix.bands.length;
  const formKey = formKeyOf(view.form, view.issue.statusName);
  return (
    <div style={looseStack} data-testid="panel-risk">
      <div style={row}>
        <Lozenge appearance="inprogress">{t('panel.risk.clause')}</Lozenge>
        {view.lifecycleState && (
          <span>{t('panel.risk.lifecycle', { state: view.lifecycleState })}</span>
        )}
      </div>
      <PanelSection titleId="risk-matrix-title" title={t('panel.risk.matrix')}>
        <RiskMatrix matrix={view.matrix} />
      </PanelSection>
      {view.appetiteNotice && (
        <div data-testid="appetite-notice">
          <SectionMessage appearance="warning" title={t('panel.risk.appetite')}>
            <p>{view.appetiteNotice}</p>
          </SectionMessage>
        </div>
      )}
      <KeyValueTable
        plain
        label={t('panel.risk.levels')}
        rows={[
          [
            t('panel.risk.inherent'),
            view.inherent ? <Level position={view.inherent} bands={bands} /> : null,
          ],
          [
            t('panel.risk.residual'),
            view.residual ? <Level position={view.residual} bands={bands} /> : null,
          ],
          [t('panel.risk.treatment'), view.treatmentOption],
          [t('panel.risk.acceptedBy'), view.acceptance.by?.displayName ?? null],
          [t('panel.risk.acceptedOn'), view.acceptance.at ? date(view.acceptance.at) : null],
        ]}
      />
      <NextSteps steps={view.next} />
      <FieldForm key={formKey} fields={view.form} onSaved={onChange} />
      <IssueListSection
        title={t('panel.risk.controls')}
        rows={view.controls}
        empty={t('panel.risk.noControl')}
        testId="risk-controls"
        columns={controlColumns(t)}
      />
      <IssueListSection
        title={t('panel.systemsAffected')}
        rows={view.aiSystems}
        empty={t('panel.risk.noSystem')}
        testId="risk-systems"
      />
    </div>
  );
}
