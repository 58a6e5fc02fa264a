import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Problem, TextField, TitledSection, callResolver, useAction } from '../../common';
import { muted, row } from '../../common/styles';
import type { GapMacroView } from '../../../src/ui-contract/gap-macro-view';
import { z } from 'zod';

/** Starts the first assessment, or the next one from the last completed one's findings. */
export function StartGap({ view, onStarted }: { view: GapMacroView; onStarted: () => void }) {
  const [title, setTitle] = useState('');
  const { run, running, error } = useAction();
  const next = view.current !== null;
  if (view.viewer.startBlockers.length > 0) {
    return view.current ? null : (
      <p style={muted} data-testid="gap-start-blockers">
        No gap analysis has been started on this page. {view.viewer.startBlockers.join(' ')}
      </p>
    );
  }
  const start = () =>
    run(async () => {
      await callResolver('start', z.object({ id: z.string() }), { title });
      setTitle('');
      onStarted();
    });
  return (
    <TitledSection
      titleId="gap-start"
      title={next ? 'Start the next assessment' : 'Start a gap analysis'}
      testId="gap-start"
    >
      <p style={muted}>
        {next
          ? 'The next assessment starts from the findings of the last completed one; re-assess what changed, then complete it to compare the two.'
          : 'Assess every sub-clause of clauses 4–10 and every Annex A control, then complete the assessment to freeze it.'}
      </p>
      <div style={row}>
        <TextField id="gap-title" title="Title" value={title} onChange={setTitle} />
        <Button
          appearance="primary"
          isDisabled={!title.trim()}
          isLoading={running}
          onClick={() => void start()}
        >
          Start
        </Button>
      </div>
      {error !== undefined && <Problem error={error} title="The assessment was not started" />}
    </TitledSection>
  );
}
