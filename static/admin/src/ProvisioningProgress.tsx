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
import type { Translator } from '../../common';
import { useI18n } from '../../common';
import { ChangeTable } from './ChangeTable';
import { changesText } from './format';
import { note } from '../../common/styles';

type T = Translator['t'];

const STATUS: Record<
  ProvisioningRunStatus,
  { text: (t: T) => string; appearance: ThemeAppearance }
> = {
  queued: { text: (t) => t('admin.provisioning.status.queued'), appearance: 'inprogress' },
  running: { text: (t) => t('admin.provisioning.status.running'), appearance: 'inprogress' },
  waiting: { text: (t) => t('admin.provisioning.status.waiting'), appearance: 'moved' },
  stalled: { text: (t) => t('admin.provisioning.status.stalled'), appearance: 'removed' },
  completed: { text: (t) => t('admin.provisioning.status.completed'), appearance: 'success' },
  failed: { text: (t) => t('admin.provisioning.status.failed'), appearance: 'removed' },
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
  const { t, dateTime } = useI18n();
  const stopped = run.status === 'failed' || run.status === 'stalled';
  const total = run.totalSteps;
  const where =
    run.stepNumber === null
      ? t('admin.provisioning.allDone', { total })
      : t('admin.provisioning.step', {
          number: run.stepNumber,
          total,
          step: run.currentStep ?? '',
        });
  const label = t('admin.provisioning.progress', {
    projectKey: run.projectKey,
    done: run.stepsDone,
    total,
  });
  return (
    <div data-testid="provisioning-progress" style={{ display: 'contents' }}>
      <div role="status" data-testid="provisioning-step">
        <p style={{ margin: 0 }}>
          <strong>{where}</strong>{' '}
          <Lozenge appearance={STATUS[run.status].appearance}>{STATUS[run.status].text(t)}</Lozenge>
        </p>
      </div>
      {run.status === 'completed' ? (
        <SuccessProgressBar value={1} ariaLabel={label} />
      ) : (
        <ProgressBar value={run.stepsDone / total} ariaLabel={label} />
      )}
      <p style={note}>
        {run.origin === 'install'
          ? t('admin.provisioning.startedOnInstall', { at: dateTime(run.startedAt) })
          : t('admin.provisioning.startedHere', { at: dateTime(run.startedAt) })}
      </p>
      {run.status === 'waiting' && (
        <SectionMessage appearance="information" title={t('admin.provisioning.waitingTitle')}>
          <p>{run.message}</p>
          {run.retryAt && <p>{t('admin.provisioning.retryAt', { at: dateTime(run.retryAt) })}</p>}
        </SectionMessage>
      )}
      {stopped && (
        <div role="alert" data-testid="provisioning-stopped">
          <SectionMessage
            appearance="error"
            title={t('admin.provisioning.stopped', {
              number: run.stepNumber ?? total,
              total,
              step: run.currentStep ?? '',
            })}
          >
            <p>{run.message}</p>
            {run.details.length > 0 && (
              <ul>
                {run.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
            <p>{t('admin.provisioning.stoppedText')}</p>
            {run.canResume && (
              <div style={{ marginTop: token('space.100') }}>
                <Button appearance="primary" onClick={onResume} isDisabled={resuming}>
                  {t('admin.provisioning.resume')}
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
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const none = run.changes.length === 0;
  return (
    <div data-testid="provisioning-run" style={{ display: 'contents' }}>
      <SectionMessage appearance="success">
        <p>
          {none
            ? t('admin.provisioning.nothingChanged')
            : t('admin.provisioning.made', { changes: changesText(i18n, run.changes) })}
          {run.finishedAt
            ? ` ${t('admin.provisioning.completedAt', { at: dateTime(run.finishedAt) })}`
            : ''}
        </p>
      </SectionMessage>
      {!none && (
        <ChangeTable
          changes={run.changes}
          label={t('admin.provisioning.changesMade')}
          testId="run-table"
        />
      )}
    </div>
  );
}
