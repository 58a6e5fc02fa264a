import { useEffect, useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { Loading, callResolver, RefusedError, useI18n } from '../../common';
import { CompetenceRecordPanel } from './CompetenceRecordPanel';
import { ControlPanel } from './ControlPanel';
import { NonconformityPanel } from './NonconformityPanel';
import { AiSystemPanel } from './AiSystemPanel';
import { CorrectiveActionPanel } from './CorrectiveActionPanel';
import { FindingPanel } from './FindingPanel';
import { GenericPanel } from './GenericPanel';
import { ImpactAssessmentPanel } from './ImpactAssessmentPanel';
import { IncidentPanel } from './IncidentPanel';
import type { IssuePanelView } from '../../../src/ui-contract/issue-panel-view';
import { issuePanelViewSchema } from '../../../src/ui-contract/issue-panel-view';
import { RiskPanel } from './RiskPanel';
import { frame, row } from '../../common/styles';
import { onIssueChanged, refreshIssueView } from '../../common/issue-view';

type State =
  | { status: 'loading' }
  | { status: 'error'; message: string; details: string[] }
  | { status: 'ready'; panel: IssuePanelView };

function PanelBody({
  panel,
  onChange,
}: {
  panel: IssuePanelView;
  onChange: (p: IssuePanelView) => void;
}) {
  const { t } = useI18n();
  switch (panel.kind) {
    case 'nonconformity':
      return <NonconformityPanel view={panel} onChange={onChange} />;
    case 'risk':
      return <RiskPanel view={panel} onChange={onChange} />;
    case 'control':
      return <ControlPanel view={panel} onChange={onChange} />;
    case 'aiSystem':
      return <AiSystemPanel view={panel} />;
    case 'impactAssessment':
      return <ImpactAssessmentPanel view={panel} />;
    case 'incident':
      return <IncidentPanel view={panel} />;
    case 'finding':
      return <FindingPanel view={panel} onChange={onChange} />;
    case 'correctiveAction':
      return <CorrectiveActionPanel view={panel} onChange={onChange} />;
    case 'competenceRecord':
      return <CompetenceRecordPanel view={panel} />;
    case 'generic':
      return <GenericPanel view={panel} onChange={onChange} />;
    case 'notProvisioned':
      return (
        <SectionMessage appearance="information" title={t('panel.notSetUp')}>
          <p>{panel.message}</p>
        </SectionMessage>
      );
  }
}

/** The ISO 42001 issue panel: what matters on this AIMS issue, read as the viewer. */
export function IssuePanel() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });
  // Read again when Jira reports the issue changed under the panel (e.g. an automation).
  const [reads, setReads] = useState(0);
  useEffect(() => onIssueChanged(() => setReads((n) => n + 1)), []);
  useEffect(() => {
    let live = true;
    callResolver('getPanel', issuePanelViewSchema).then(
      (panel) => live && setState({ status: 'ready', panel }),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : t('panel.loadFailed'),
          details: error instanceof RefusedError ? error.details : [],
        }),
    );
    return () => {
      live = false;
    };
  }, [reads, t]);
  return (
    <div style={frame} data-testid="aims-issue-panel">
      {state.status === 'loading' && <Loading label={t('panel.loading')} />}
      {state.status === 'error' && (
        <div role="alert">
          <SectionMessage appearance="error" title={state.message}>
            {state.details.length > 0 && (
              <ul>
                {state.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </SectionMessage>
        </div>
      )}
      {state.status === 'ready' && state.panel.kind !== 'notProvisioned' && (
        <p style={row}>
          {t('panel.status')}
          <span data-testid="panel-status" aria-live="polite">
            {state.panel.issue.statusName}
          </span>
        </p>
      )}
      {state.status === 'ready' && (
        <PanelBody
          panel={state.panel}
          onChange={(panel) => {
            setState({ status: 'ready', panel });
            void refreshIssueView();
          }}
        />
      )}
    </div>
  );
}
