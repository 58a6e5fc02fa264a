import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { ProvisioningChange } from './admin-schemas';
import { planSchema, runSchema } from './admin-schemas';
import { ChangeTable } from './ChangeTable';
import { when } from './format';
import { Confirmation, Loading, Problem, callResolver } from '../../common';
import { Section } from './Section';
import { row } from '../../common/styles';

type Result =
  | { kind: 'plan'; changes: ProvisioningChange[] }
  | { kind: 'run'; changes: ProvisioningChange[]; completedAt: string | null };

const countText = (n: number): string => (n === 1 ? '1 change' : `${n} changes`);

/** "84 changes (issue-types 11, fields 40, …)": how many changes each step has. */
function changesText(changes: readonly ProvisioningChange[]): string {
  const byStep = new Map<string, number>();
  for (const c of changes) byStep.set(c.step, (byStep.get(c.step) ?? 0) + 1);
  const steps = [...byStep].map(([step, n]) => `${step} ${n}`).join(', ');
  return `${countText(changes.length)} (${steps})`;
}

/**
 * Preview (dry run) and run provisioning. A run asks for confirmation first; the result lists
 * what changed, or says that everything is already in place.
 */
export function ProvisioningSection({
  projectKey,
  onProvisioned,
}: {
  projectKey: string;
  onProvisioned: () => void;
}) {
  const [busy, setBusy] = useState<'plan' | 'run' | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<Result | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);

  const preview = async (): Promise<void> => {
    setBusy('plan');
    setFailure(undefined);
    setConfirming(false);
    try {
      const plan = await callResolver('planProvisioning', planSchema);
      setResult({ kind: 'plan', changes: plan.changes });
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(undefined);
    }
  };

  const provision = async (): Promise<void> => {
    setBusy('run');
    setFailure(undefined);
    setConfirming(false);
    try {
      const run = await callResolver('runProvisioning', runSchema);
      setResult({ kind: 'run', changes: run.changes, completedAt: run.completedAt });
      onProvisioned();
    } catch (err) {
      setFailure(err);
      onProvisioned();
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Section
      id="provisioning"
      title="Provisioning"
      intro={`Creates or updates, in project ${projectKey}, the AIMS issue types, custom fields, link types, workflows with the app's rules, the workflow scheme, and one AI Control issue per Annex A control. Anything that already exists is adopted, so running it again changes nothing.`}
    >
      <div style={row}>
        <Button onClick={() => void preview()} isDisabled={busy !== undefined}>
          Preview changes (dry run)
        </Button>
        <Button
          appearance="primary"
          onClick={() => setConfirming(true)}
          isDisabled={busy !== undefined || confirming}
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
            This changes the Jira configuration of the project with your permissions. It can be run
            again safely.
          </p>
        </Confirmation>
      )}
      {busy === 'plan' && <Loading label="Working out what would change" />}
      {busy === 'run' && <Loading label="Provisioning (this can take a minute)" />}
      {failure !== undefined && (
        <Problem
          error={failure}
          title="Provisioning did not finish"
          testId="provisioning-problem"
        />
      )}
      {busy === undefined && result && <ResultView result={result} />}
    </Section>
  );
}

function ResultView({ result }: { result: Result }) {
  const none = result.changes.length === 0;
  if (result.kind === 'plan') {
    return (
      <div data-testid="provisioning-plan" style={{ display: 'contents' }}>
        <div role="status">
          <SectionMessage appearance={none ? 'success' : 'information'}>
            <p>
              {none
                ? 'Everything is already in place: provisioning would change nothing.'
                : `Dry run: provisioning would make ${changesText(result.changes)}. Nothing has been changed yet.`}
            </p>
          </SectionMessage>
        </div>
        {!none && (
          <ChangeTable changes={result.changes} label="Planned changes" testId="plan-table" />
        )}
      </div>
    );
  }
  return (
    <div data-testid="provisioning-run" style={{ display: 'contents' }}>
      <div role="status">
        <SectionMessage appearance="success">
          <p>
            {none
              ? 'Everything is already in place: nothing needed to change.'
              : `Provisioning made ${changesText(result.changes)}.`}
            {result.completedAt ? ` Completed ${when(result.completedAt)}.` : ''}
          </p>
        </SectionMessage>
      </div>
      {!none && <ChangeTable changes={result.changes} label="Changes made" testId="run-table" />}
    </div>
  );
}
