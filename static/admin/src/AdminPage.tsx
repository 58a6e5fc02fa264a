import { useCallback, useEffect, useState } from 'react';
import type { CSSProperties } from 'react';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import { Loading, callResolver, Problem } from '../../common';
import { roomyFrame } from '../../common/styles';
import type { Overview } from './admin-schemas';
import { overviewSchema } from './admin-schemas';
import { ConfigSection } from './ConfigSection';
import { ImportSection } from './ImportSection';
import { OnboardingProvider } from './onboarding/onboarding-context';
import { onboardingSteps } from './onboarding/onboarding-steps';
import { OnboardingTracker } from './onboarding/OnboardingTracker';
import { PagesStep } from './onboarding/PagesStep';
import { ProjectStep } from './onboarding/ProjectStep';
import { RolesStep } from './onboarding/RolesStep';
import { useOnboardingStatus } from './onboarding/use-onboarding-status';
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

/**
 * The AIMS admin page: status, the guided onboarding (its steps in order, each a section: project,
 * provisioning, risk criteria, roles, Confluence pages, roadmap), then the configuration, the
 * audit webhook and CSV import.
 */
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
  const onboarding = useOnboardingStatus();
  const refreshAll = useCallback((): void => {
    void refresh();
    void onboarding.refresh();
  }, [refresh, onboarding.refresh]);
  const steps = onboarding.status ? onboardingSteps(onboarding.status) : [];

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
      {onboarding.failure !== undefined && (
        <Problem error={onboarding.failure} title="The onboarding's state could not be read" />
      )}
      {overview && (
        <OnboardingProvider steps={steps} refresh={refreshAll}>
          <StatusSection status={overview.provisioning} projectKey={overview.config.projectKey} />
          {onboarding.status && <OnboardingTracker steps={steps} />}
          {onboarding.status && <ProjectStep project={onboarding.status.project} />}
          <ProvisioningSection projectKey={overview.config.projectKey} onProvisioned={refreshAll} />
          <RiskMatrixSection />
          {onboarding.status && (
            <RolesStep
              key={JSON.stringify(onboarding.status.roles)}
              roles={onboarding.status.roles}
            />
          )}
          {onboarding.status && <PagesStep pages={onboarding.status.pages} />}
          <RoadmapSection projectKey={overview.config.projectKey} />
          {/* The "Kanban board" step (its own section, static/admin) goes here. */}
          <ConfigSection config={overview.config} onSaved={refreshAll} />
          <WebhookSection />
          <ImportSection projectKey={overview.config.projectKey} />
        </OnboardingProvider>
      )}
    </div>
  );
}
