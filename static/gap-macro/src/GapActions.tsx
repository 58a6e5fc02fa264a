import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import {
  Confirmation,
  Problem,
  TitledSection,
  callResolver,
  useAction,
  useI18n,
  useUnsavedEdits,
} from '../../common';
import { router } from '@forge/bridge';
import { link, muted, row } from '../../common/styles';
import { issueSearchPath } from '../../../src/ui-contract/issue-search-link';
import { z } from 'zod';
import type { GapMacroView } from '../../../src/ui-contract/gap-macro-view';
import { gapRaisedSchema } from '../../../src/ui-contract/gap-macro-view';

/** Complete (freeze) the assessment in progress; raise the Jira issues of a completed one's gaps. */
export function GapActions({ view, onDone }: { view: GapMacroView; onDone: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [flag, setFlag] = useState<string | undefined>(undefined);
  const unsaved = useUnsavedEdits();
  const { t, tn } = useI18n();
  const complete = useAction();
  const raise = useAction();
  const current = view.current;
  if (!current) return null;
  const unassessed = view.readiness?.overall.unassessed ?? 0;
  const doComplete = () =>
    complete.run(async () => {
      await callResolver('complete', z.object({ completedAt: z.string() }));
      setConfirming(false);
      setFlag(t('gap.actions.completed'));
      onDone();
    });
  const doRaise = () =>
    raise.run(async () => {
      const result = await callResolver('raiseIssues', gapRaisedSchema);
      setFlag(tn('gap.actions.raised', result.created));
      onDone();
    });
  return (
    <TitledSection
      titleId="gap-actions"
      title={current.completed ? t('gap.actions.gapsInJira') : t('gap.actions.complete')}
      testId="gap-actions"
    >
      {flag && (
        <div role="status">
          <SectionMessage appearance="success" title={flag}>
            <p>{t('gap.actions.stored')}</p>
          </SectionMessage>
        </div>
      )}
      {!current.completed &&
        (view.viewer.completeBlockers.length > 0 ? (
          <p style={muted}>{view.viewer.completeBlockers.join(' ')}</p>
        ) : confirming ? (
          <Confirmation
            title={t('gap.actions.confirmTitle')}
            confirmLabel={t('gap.actions.confirm')}
            busy={complete.running}
            unsaved={unsaved}
            testId="gap-complete-confirmation"
            onConfirm={() => void doComplete()}
            onCancel={() => setConfirming(false)}
          >
            <p>{t('gap.actions.confirmText')}</p>
          </Confirmation>
        ) : (
          <div style={row}>
            <Button appearance="primary" onClick={() => setConfirming(true)}>
              {t('gap.actions.complete')}
            </Button>
            {unassessed > 0 && (
              <span style={muted}>{tn('gap.actions.unassessed', unassessed)}</span>
            )}
          </div>
        ))}
      {current.completed && (
        <div style={row}>
          {view.gapsWithoutIssue > 0 && view.viewer.raiseBlockers.length === 0 && (
            <Button appearance="primary" isLoading={raise.running} onClick={() => void doRaise()}>
              {tn('gap.actions.raise', view.gapsWithoutIssue)}
            </Button>
          )}
          {view.gapsWithoutIssue > 0 && view.viewer.raiseBlockers.length > 0 && (
            <span style={muted}>{view.viewer.raiseBlockers.join(' ')}</span>
          )}
          {view.gapsWithoutIssue === 0 && <span style={muted}>{t('gap.actions.allRaised')}</span>}
          {view.gapIssuesJql && (
            <a
              href={issueSearchPath(view.gapIssuesJql)}
              style={link}
              data-testid="gap-issues-link"
              onClick={(e) => {
                e.preventDefault();
                if (view.gapIssuesJql) void router.open(issueSearchPath(view.gapIssuesJql));
              }}
            >
              {t('gap.actions.issuesLink')}
            </a>
          )}
        </div>
      )}
      {complete.error !== undefined && (
        <Problem error={complete.error} title={t('gap.actions.notCompleted')} />
      )}
      {raise.error !== undefined && (
        <Problem error={raise.error} title={t('gap.actions.notRaised')} />
      )}
    </TitledSection>
  );
}
