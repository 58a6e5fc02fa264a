import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { ThemeAppearance } from '@atlaskit/lozenge';
import ProgressBar, { SuccessProgressBar } from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type {
  ProvisioningProgressView,
  ProvisioningRunStatus,
} from '../../../src/ui-contract/provisioning-view';
import { ChangeTable } from './ChangeTable';
import { changesText, when } from './format';
import { note } from '../../common/styles';

const STATUS: Record<ProvisioningRunStatus, { text: string; appearance: ThemeAppearance }> = {
  queued: { text: 'Queued', appearance: 'inprogress' },
  running: { text: 'Running', appearance: 'inprogress' },
  waiting: { text: 'Waiting to retry', appearance: 'moved' },
  stalled: { text: 'Stalled', appearance: 'removed' },
  completed: { text: 'Completed', appearance: 'success' },
  failed: { text: 'Stopped', appearance: 'removed' },
};

/**
 * A provisioning run as it goes: a progress bar, step n of m and the step it is on; while it
 * waits, why and until when; when it stopped, why, what to do, and Resume; when it completed,
 * what it changed.
 */
export function ProvisioningProgress({
  run,
  onResume,
  resuming,
}: {
  run: ProvisioningProgressView;
  onResume: () => void;
  resuming: boolean;
}) {
  const stopped = run.status === 'failed' || run.status === 'stalled';
  const where =
    run.stepNumber === null
      ? `All ${run.totalSteps} steps done`
      : `Step ${run.stepNumber} of ${run.totalSteps}: ${run.currentStep ?? ''}`;
  const label = `Provisioning of project ${run.projectKey}: ${run.stepsDone} of ${run.totalSteps} steps done`;
  return (
    <div data-testid="provisioning-progress" style={{ display: 'contents' }}>
      <div role="status" data-testid="provisioning-step">
        <p style={{ margin: 0 }}>
          <strong>{where}</strong>{' '}
          <Lozenge appearance={STATUS[run.status].appearance}>{STATUS[run.status].text}</Lozenge>
        </p>
      </div>
      {run.status === 'completed' ? (
        <SuccessProgressBar value={1} ariaLabel={label} />
      ) : (
        <ProgressBar value={run.stepsDone / run.totalSteps} ariaLabel={label} />
      )}
      <p style={note}>
        Started {when(run.startedAt)}{' '}
        {run.origin === 'install' ? 'when the app was installed' : 'from this page'}; it runs in the
        background in parts, so you can leave this page.
      </p>
      {run.status === 'waiting' && (
        <SectionMessage appearance="information" title="Waiting for Jira">
          <p>{run.message}</p>
          {run.retryAt && <p>The next try is at {when(run.retryAt)}.</p>}
        </SectionMessage>
      )}
      {stopped && (
        <div role="alert" data-testid="provisioning-stopped">
          <SectionMessage
            appearance="error"
            title={`Provisioning stopped at step ${run.stepNumber ?? run.totalSteps} of ${run.totalSteps} (${run.currentStep ?? ''})`}
          >
            <p>{run.message}</p>
            {run.details.length > 0 && (
              <ul>
                {run.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
            <p>
              What is already set up stays in place. Fix the cause, then resume: provisioning starts
              again at this step, with the configuration it started with.
            </p>
            {run.canResume && (
              <div style={{ marginTop: token('space.100') }}>
                <Button appearance="primary" onClick={onResume} isDisabled={resuming}>
                  Resume provisioning
                </Button>
              </div>
            )}
          </SectionMessage>
        </div>
      )}
      {run.status === 'completed' && <CompletedRun run={run} />}
    </div>
  );
}

function CompletedRun({ run }: { run: ProvisioningProgressView }) {
  const none = run.changes.length === 0;
  return (
    <div data-testid="provisioning-run" style={{ display: 'contents' }}>
      <SectionMessage appearance="success">
        <p>
          {none
            ? 'Everything is already in place: nothing needed to change.'
            : `Provisioning made ${changesText(run.changes)}.`}
          {run.finishedAt ? ` Completed ${when(run.finishedAt)}.` : ''}
        </p>
      </SectionMessage>
      {!none && <ChangeTable changes={run.changes} label="Changes made" testId="run-table" />}
    </div>
  );
}
