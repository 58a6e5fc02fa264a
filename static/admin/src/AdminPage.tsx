import { useCallback } from 'react';
import type { CSSProperties } from 'react';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import { Loading, Problem, useI18n } from '../../common';
import { roomyFrame } from '../../common/styles';
import { overviewSchema } from './admin-schemas';
import { BoardSection } from './BoardSection';
import { ConfigSection } from './ConfigSection';
import { ImportSection } from './ImportSection';
import { OnboardingProvider } from './onboarding/onboarding-context';
import { onboardingSteps } from './onboarding/onboarding-steps';
import { OnboardingTracker } from './onboarding/OnboardingTracker';
import { PagesStep } from './onboarding/PagesStep';
import { ProjectStep } from './onboarding/ProjectStep';
import { RolesStep } from './onboarding/RolesStep';
import { useResolverRead } from './use-resolver-read';
import { onboardingStatusSchema } from '../../../src/ui-contract/onboarding-view';
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
 * provisioning, risk criteria, roles, Confluence pages, roadmap, AIMS board), then the
 * configuration, the audit webhook and CSV import.
 */
export function AdminPage() {
  const { t } = useI18n();
  const { value: overview, failure, refresh } = useResolverRead('getOverview', overviewSchema);
  const onboarding = useResolverRead('getOnboarding', onboardingStatusSchema);
  const refreshAll = useCallback((): void => {
    void refresh();
    void onboarding.refresh();
  }, [refresh, onboarding.refresh]);
  const steps = onboarding.value ? onboardingSteps(onboarding.value, t) : [];

  return (
    <div style={page} data-testid="aims-admin">
      <Heading size="large" as="h1">
        {t('admin.title')}
      </Heading>
      {failure !== undefined && <Problem error={failure} title={t('admin.loadFailed')} />}
      {overview === undefined && failure === undefined && <Loading label={t('admin.loading')} />}
      {onboarding.failure !== undefined && (
        <Problem error={onboarding.failure} title={t('admin.onboarding.loadFailed')} />
      )}
      {overview && (
        <OnboardingProvider steps={steps} refresh={refreshAll}>
          <StatusSection status={overview.provisioning} projectKey={overview.config.projectKey} />
          {onboarding.value && <OnboardingTracker steps={steps} />}
          {onboarding.value && <ProjectStep project={onboarding.value.project} />}
          <ProvisioningSection projectKey={overview.config.projectKey} onProvisioned={refreshAll} />
          <RiskMatrixSection />
          {onboarding.value && (
            <RolesStep
              key={JSON.stringify(onboarding.value.roles)}
              roles={onboarding.value.roles}
            />
          )}
          {onboarding.value && <PagesStep pages={onboarding.value.pages} />}
          <RoadmapSection projectKey={overview.config.projectKey} />
          <BoardSection projectKey={overview.config.projectKey} board={onboarding.value?.board} />
          <ConfigSection config={overview.config} onSaved={refreshAll} />
          <WebhookSection />
          <ImportSection projectKey={overview.config.projectKey} />
        </OnboardingProvider>
      )}
    </div>
  );
}
