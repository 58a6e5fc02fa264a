import { useCallback, useEffect, useState } from 'react';
import type { CSSProperties } from 'react';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import { Loading, callResolver, Problem } from '../../common';
import { roomyFrame } from '../../common/styles';
import type { Overview } from './admin-schemas';
import { overviewSchema } from './admin-schemas';
import { BoardSection } from './BoardSection';
import { ConfigSection } from './ConfigSection';
import { ImportSection } from './ImportSection';
import { ProvisioningSection } from './ProvisioningSection';
import { RiskMatrixSection } from './RiskMatrixSection';
import { RoadmapSection } from './RoadmapSection';
import { StatusSection } from './StatusSection';
import { WebhookSection } from './WebhookSection';

/** The admin page: its sections one under the other, no wider than a line is comfortable. */
const page: CSSProperties = {
  ...roomyFrame,
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.300'),
  maxWidth: 1100,
};

/** The AIMS admin page: status, configuration, provisioning, the audit webhook and CSV import. */
export function AdminPage() {
  const [overview, setOverview] = useState<Overview | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);

  // Refreshing keeps the page (and what a section shows, e.g. the changes just made) in place.
  const refresh = useCallback(async (): Promise<void> => {
    try {
      setOverview(await callResolver('getOverview', overviewSchema));
      setFailure(undefined);
    } catch (err) {
      setFailure(err);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <div style={page} data-testid="aims-admin">
      <Heading size="large" as="h1">
        AIMS administration
      </Heading>
      {failure !== undefined && (
        <Problem error={failure} title="The AIMS settings could not be loaded" />
      )}
      {overview === undefined && failure === undefined && (
        <Loading label="Loading the AIMS settings" />
      )}
      {overview && (
        <>
          <StatusSection status={overview.provisioning} projectKey={overview.config.projectKey} />
          <ConfigSection config={overview.config} onSaved={() => void refresh()} />
          <RiskMatrixSection />
          <ProvisioningSection
            projectKey={overview.config.projectKey}
            onProvisioned={() => void refresh()}
          />
          <RoadmapSection projectKey={overview.config.projectKey} />
          <BoardSection projectKey={overview.config.projectKey} />
          <WebhookSection />
          <ImportSection projectKey={overview.config.projectKey} />
        </>
      )}
    </div>
  );
}
