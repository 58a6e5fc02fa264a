import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { useI18n } from '../../common';
import { muted } from '../../common/styles';
import type { ConfiguredSoaView } from '../../../src/ui-contract/soa-macro-view';
import { SoaTables } from './SoaTable';

type ValidApproval = Extract<ConfiguredSoaView['approval'], { state: 'valid' }>;

/** The rows live from Jira and, once approved, the approved version beside them in a tab. */
export function SoaVersionTabs({
  view,
  approved,
  tab,
  onTab,
}: {
  view: ConfiguredSoaView;
  approved: ValidApproval | undefined;
  tab: number;
  onTab: (tab: number) => void;
}) {
  const { t, tn } = useI18n();
  if (!approved)
    return (
      <SoaTables
        section={view.live}
        owners={view.ownerNames}
        riskSearches={view.riskSearches}
        today={view.today}
        version="live"
      />
    );
  return (
    <Tabs id="soa-tabs" selected={tab} onChange={onTab}>
      <TabList>
        <Tab>{t('soa.tabs.live')}</Tab>
        <Tab>{t('soa.tabs.approved', { version: approved.pageVersion })}</Tab>
      </TabList>
      <TabPanel>
        <div style={{ width: '100%' }}>
          <SoaTables
            section={view.live}
            owners={view.ownerNames}
            riskSearches={view.riskSearches}
            today={view.today}
            version="live"
          />
        </div>
      </TabPanel>
      <TabPanel>
        <div style={{ width: '100%' }}>
          {approved.approved.hidden.total > 0 && (
            <p style={muted}>{tn('soa.tabs.hidden', approved.approved.hidden.total)}</p>
          )}
          {approved.countedUnseen !== null && approved.countedUnseen > 0 && (
            <p style={muted} data-testid="soa-counted-unseen">
              {tn('soa.tabs.countedUnseen', approved.countedUnseen)}
            </p>
          )}
          <SoaTables
            section={approved.approved}
            owners={{ ...view.ownerNames, ...approved.ownerNames }}
            riskSearches={view.riskSearches}
            today={view.today}
            version="approved"
          />
        </div>
      </TabPanel>
    </Tabs>
  );
}
