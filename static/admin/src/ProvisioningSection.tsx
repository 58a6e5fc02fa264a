import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { ProvisioningChange } from './admin-schemas';
import { provisioningPlanSchema } from '../../../src/ui-contract/provisioning-view';
import { ChangeTable } from './ChangeTable';
import { changesText } from './format';
import { callResolver, Confirmation, Loading, Problem, useI18n } from '../../common';
import { row } from '../../common/styles';
import { ProvisioningProgress } from './ProvisioningProgress';
import { Section } from './Section';
import { useProvisioningRun } from './use-provisioning-run';

/**
 * Preview (dry run) and run provisioning. The preview answers at once; a run asks for
 * confirmation, then goes on in the background while this section shows its progress (and the
 * run an install started, or one that stopped, when the page opens).
 */
export function ProvisioningSection({
  projectKey,
  onProvisioned,
}: {
  projectKey: string;
  onProvisioned: () => void;
}) {
  const { t } = useI18n();
  const runs = useProvisioningRun(onProvisioned);
  const [planning, setPlanning] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [plan, setPlan] = useState<ProvisioningChange[] | undefined>(undefined);
  const [planFailure, setPlanFailure] = useState<unknown>(undefined);
  // What the section shows below its buttons: the latest preview, or the latest run.
  const [showing, setShowing] = useState<'plan' | 'run'>('run');
  const busy = planning || runs.busy || runs.going;

  const preview = async (): Promise<void> => {
    setPlanning(true);
    setPlanFailure(undefined);
    setConfirming(false);
    setShowing('plan');
    try {
      setPlan((await callResolver('planProvisioning', provisioningPlanSchema)).changes);
    } catch (err) {
      setPlanFailure(err);
    } finally {
      setPlanning(false);
    }
  };

  const provision = async (): Promise<void> => {
    setConfirming(false);
    setShowing('run');
    await runs.start();
  };

  const resume = async (): Promise<void> => {
    setShowing('run');
    await runs.resume();
  };

  return (
    <Section
      id="provisioning"
      title={t('admin.provisioning.title')}
      intro={t('admin.provisioning.intro', { projectKey })}
    >
      <div style={row}>
        <Button onClick={() => void preview()} isDisabled={busy}>
          {t('admin.provisioning.preview')}
        </Button>
        <Button
          appearance="primary"
          onClick={() => setConfirming(true)}
          isDisabled={busy || confirming}
        >
          {t('admin.provisioning.provision')}
        </Button>
      </div>
      {confirming && (
        <Confirmation
          appearance="warning"
          title={t('admin.provisioning.confirmTitle', { projectKey })}
          confirmLabel={t('admin.provisioning.confirm')}
          onConfirm={() => void provision()}
          onCancel={() => setConfirming(false)}
          testId="confirm-provision"
        >
          <p>{t('admin.provisioning.confirmText')}</p>
        </Confirmation>
      )}
      {showing === 'plan' && planning && <Loading label={t('admin.provisioning.planning')} />}
      {showing === 'plan' && planFailure !== undefined && (
        <Problem
          error={planFailure}
          title={t('admin.provisioning.previewFailed')}
          testId="provisioning-problem"
        />
      )}
      {showing === 'plan' && !planning && plan && <PlanView changes={plan} />}
      {showing === 'run' && runs.failure !== undefined && (
        <Problem
          error={runs.failure}
          title={t('admin.provisioning.runFailed')}
          testId="provisioning-problem"
        />
      )}
      {showing === 'run' && runs.run && (
        <ProvisioningProgress run={runs.run} onResume={() => void resume()} resuming={runs.busy} />
      )}
    </Section>
  );
}

function PlanView({ changes }: { changes: ProvisioningChange[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const none = changes.length === 0;
  return (
    <div data-testid="provisioning-plan" style={{ display: 'contents' }}>
      <div role="status">
        <SectionMessage appearance={none ? 'success' : 'information'}>
          <p>
            {none
              ? t('admin.provisioning.wouldChangeNothing')
              : t('admin.provisioning.wouldMake', { changes: changesText(i18n, changes) })}
          </p>
        </SectionMessage>
      </div>
      {!none && (
        <ChangeTable
          changes={changes}
          label={t('admin.provisioning.planned')}
          testId="plan-table"
        />
      )}
    </div>
  );
}
