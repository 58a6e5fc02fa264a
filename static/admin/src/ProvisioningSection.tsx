import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { ProvisioningChange } from './admin-schemas';
import { provisioningPlanSchema } from '../../../src/ui-contract/provisioning-view';
import { ChangeTable } from './ChangeTable';
import { changesText } from './format';
import { callResolver, Confirmation, Loading, Problem } from '../../common';
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
      title="Provisioning"
      intro={`Creates or updates, in project ${projectKey}, the AIMS issue types, custom fields, a screen per issue type with its fields, link types, workflows with the app's rules, the workflow scheme, and one AI Control issue per Annex A control. Anything that already exists is adopted, so running it again changes nothing. A company-managed project is needed.`}
    >
      <div style={row}>
        <Button onClick={() => void preview()} isDisabled={busy}>
          Preview changes (dry run)
        </Button>
        <Button
          appearance="primary"
          onClick={() => setConfirming(true)}
          isDisabled={busy || confirming}
        >
          Provision
        </Button>
      </div>
      {confirming && (
        <Confirmation
          appearance="warning"
          title={`Provision project ${projectKey} now?`}
          confirmLabel="Yes, provision"
          onConfirm={() => void provision()}
          onCancel={() => setConfirming(false)}
          testId="confirm-provision"
        >
          <p>
            This changes the Jira configuration of the project, as the app, in the background (only
            a Jira administrator can start it). It can be run again safely.
          </p>
        </Confirmation>
      )}
      {showing === 'plan' && planning && <Loading label="Working out what would change" />}
      {showing === 'plan' && planFailure !== undefined && (
        <Problem
          error={planFailure}
          title="The preview did not finish"
          testId="provisioning-problem"
        />
      )}
      {showing === 'plan' && !planning && plan && <PlanView changes={plan} />}
      {showing === 'run' && runs.failure !== undefined && (
        <Problem
          error={runs.failure}
          title="Provisioning did not go ahead"
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
  const none = changes.length === 0;
  return (
    <div data-testid="provisioning-plan" style={{ display: 'contents' }}>
      <div role="status">
        <SectionMessage appearance={none ? 'success' : 'information'}>
          <p>
            {none
              ? 'Everything is already in place: provisioning would change nothing.'
              : `Dry run: provisioning would make ${changesText(changes)}. Nothing has been changed yet.`}
          </p>
        </SectionMessage>
      </div>
      {!none && <ChangeTable changes={changes} label="Planned changes" testId="plan-table" />}
    </div>
  );
}
