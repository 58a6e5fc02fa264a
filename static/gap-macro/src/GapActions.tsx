import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import {
  Confirmation,
  Problem,
  TitledSection,
  callResolver,
  useAction,
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
  const complete = useAction();
  const raise = useAction();
  const current = view.current;
  if (!current) return null;
  const unassessed = view.readiness?.overall.unassessed ?? 0;
  const doComplete = () =>
    complete.run(async () => {
      await callResolver('complete', z.object({ completedAt: z.string() }));
      setConfirming(false);
      setFlag('The assessment is completed and frozen.');
      onDone();
    });
  const doRaise = () =>
    raise.run(async () => {
      const result = await callResolver('raiseIssues', gapRaisedSchema);
      setFlag(`${result.created} AIMS Actions raised for the gaps.`);
      onDone();
    });
  return (
    <TitledSection
      titleId="gap-actions"
      title={current.completed ? 'The gaps in Jira' : 'Complete the assessment'}
      testId="gap-actions"
    >
      {flag && (
        <div role="status">
          <SectionMessage appearance="success" title={flag}>
            <p>The page shows the assessment as it is now stored.</p>
          </SectionMessage>
        </div>
      )}
      {!current.completed &&
        (view.viewer.completeBlockers.length > 0 ? (
          <p style={muted}>{view.viewer.completeBlockers.join(' ')}</p>
        ) : confirming ? (
          <Confirmation
            title="Complete this gap analysis?"
            confirmLabel="Complete"
            busy={complete.running}
            unsaved={unsaved}
            testId="gap-complete-confirmation"
            onConfirm={() => void doComplete()}
            onCancel={() => setConfirming(false)}
          >
            <p>
              Every requirement's status, gap and evidence are frozen with your name, the time and a
              content hash. The next assessment starts from these findings.
            </p>
          </Confirmation>
        ) : (
          <div style={row}>
            <Button appearance="primary" onClick={() => setConfirming(true)}>
              Complete the assessment
            </Button>
            {unassessed > 0 && (
              <span style={muted}>{unassessed} requirements are not assessed yet.</span>
            )}
          </div>
        ))}
      {current.completed && (
        <div style={row}>
          {view.gapsWithoutIssue > 0 && view.viewer.raiseBlockers.length === 0 && (
            <Button appearance="primary" isLoading={raise.running} onClick={() => void doRaise()}>
              Raise {view.gapsWithoutIssue} AIMS Actions for the gaps
            </Button>
          )}
          {view.gapsWithoutIssue > 0 && view.viewer.raiseBlockers.length > 0 && (
            <span style={muted}>{view.viewer.raiseBlockers.join(' ')}</span>
          )}
          {view.gapsWithoutIssue === 0 && <span style={muted}>Every gap has its Jira issue.</span>}
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
              The gap issues in Jira
            </a>
          )}
        </div>
      )}
      {complete.error !== undefined && (
        <Problem error={complete.error} title="The assessment was not completed" />
      )}
      {raise.error !== undefined && (
        <Problem error={raise.error} title="The issues were not raised" />
      )}
    </TitledSection>
  );
}
