import { useEffect, useState } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import {
  Loading,
  Problem,
  callResolver,
  downloadText,
  useAction,
  useAsync,
  useI18n,
} from '../../common';
import { looseStack, muted, roomyFrame } from '../../common/styles';
import type { ConfiguredSoaView } from '../../../src/ui-contract/soa-macro-view';
import { soaCsvSchema, soaViewSchema } from '../../../src/ui-contract/soa-macro-view';
import { SealStatus } from '../../common/SealStatus';
import { ApprovalStatus, ChangesSinceApproval } from './ApprovalStatus';
import { ApproveSoa } from './ApproveSoa';
import { HiddenRows } from './HiddenRows';
import { SoaFilters } from './SoaFilters';
import { SoaTotals } from './SoaTotals';
import { SoaVersionTabs } from './SoaVersionTabs';

/** The SoA macro (6.1.3): live from Jira as the viewer may see it, approvable, filterable, as CSV. */
export function SoaMacro() {
  const [objective, setObjective] = useState('');
  const [status, setStatus] = useState('');
  const [tab, setTab] = useState(0);
  const [flag, setFlag] = useState<string | undefined>(undefined);
  const csv = useAction();
  const { t } = useI18n();
  const filter = { ...(objective ? { objective } : {}), ...(status ? { status } : {}) };
  const { state, reload } = useAsync(
    () => callResolver('getView', soaViewSchema, filter),
    [objective, status],
  );
  // While a new filter loads, the rows shown last stay on screen.
  const [last, setLast] = useState<ConfiguredSoaView | undefined>(undefined);
  useEffect(() => {
    if (state.status === 'ready' && state.data.configured) setLast(state.data);
  }, [state]);

  if (state.status === 'error') {
    return (
      <div style={roomyFrame}>
        <Problem title={t('soa.loadFailed')} error={state.error} />
      </div>
    );
  }
  if (state.status === 'ready' && !state.data.configured) {
    return (
      <div style={roomyFrame} data-testid="soa-not-configured">
        <SectionMessage appearance="warning" title={t('soa.title')}>
          <p>{state.data.message}</p>
        </SectionMessage>
      </div>
    );
  }
  const view = state.status === 'ready' && state.data.configured ? state.data : last;
  if (!view)
    return (
      <div style={roomyFrame}>
        <Loading label={t('soa.loading')} />
      </div>
    );

  const approved = view.approval.state === 'valid' ? view.approval : undefined;
  const showingApproved = approved !== undefined && tab === 1;
  const downloadCsv = () =>
    csv.run(async () => {
      const file = await callResolver('getCsv', soaCsvSchema, {
        ...filter,
        version: showingApproved ? 'approved' : 'live',
      });
      downloadText(file.filename, file.csv);
    });

  return (
    <section
      aria-label={t('soa.title')}
      data-testid="soa-macro"
      style={{ ...roomyFrame, ...looseStack }}
    >
      <div>
        <Heading size="small" as="h2">
          {t('soa.heading')}
        </Heading>
        <p style={muted}>
          {t('soa.liveAs', { project: view.config.projectKey, name: view.viewer.displayName })}{' '}
          {state.status === 'loading' ? t('soa.updating') : ''}
        </p>
      </div>
      {flag && (
        <div role="status" data-testid="soa-flag">
          <SectionMessage appearance="success" title={flag}>
            <p>{t('soa.approve.frozen')}</p>
          </SectionMessage>
        </div>
      )}
      <SealStatus seal={view.seal} />
      <ApprovalStatus view={view} />
      <ChangesSinceApproval view={view} />
      <HiddenRows view={view} />
      <SoaTotals
        totals={showingApproved && approved ? approved.approved.totals : view.live.totals}
        approved={showingApproved}
      />
      <ApproveSoa
        view={view}
        onApproved={(message) => {
          setFlag(message);
          reload();
        }}
      />
      <SoaFilters
        objectives={view.objectives}
        objective={objective}
        status={status}
        onObjective={setObjective}
        onStatus={setStatus}
        onDownload={() => void downloadCsv()}
        busy={state.status === 'loading'}
        shownRows={view.live.shownRows}
      />
      {csv.error !== undefined && <Problem title={t('soa.csvFailed')} error={csv.error} />}
      <SoaVersionTabs view={view} approved={approved} tab={tab} onTab={setTab} />
    </section>
  );
}
