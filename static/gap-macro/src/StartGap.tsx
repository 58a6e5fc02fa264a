import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Problem, TextField, TitledSection, callResolver, useAction, useI18n } from '../../common';
import { muted, row } from '../../common/styles';
import type { GapMacroView } from '../../../src/ui-contract/gap-macro-view';
import { z } from 'zod';

/** Starts the first assessment, or the next one from the last completed one's findings. */
export function StartGap({ view, onStarted }: { view: GapMacroView; onStarted: () => void }) {
  const [title, setTitle] = useState('');
  const { run, running, error } = useAction();
  const { t } = useI18n();
  const next = view.current !== null;
  if (view.viewer.startBlockers.length > 0) {
    return view.current ? null : (
      <p style={muted} data-testid="gap-start-blockers">
        {t('gap.start.none')} {view.viewer.startBlockers.join(' ')}
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
      title={next ? t('gap.start.nextTitle') : t('gap.start.firstTitle')}
      testId="gap-start"
    >
      <p style={muted}>{next ? t('gap.start.nextText') : t('gap.start.firstText')}</p>
      <div style={row}>
        <TextField
          id="gap-title"
          title={t('gap.start.titleField')}
          value={title}
          onChange={setTitle}
        />
        <Button
          appearance="primary"
          isDisabled={!title.trim()}
          isLoading={running}
          onClick={() => void start()}
        >
          {t('gap.start.button')}
        </Button>
      </div>
      {error !== undefined && <Problem error={error} title={t('gap.start.notStarted')} />}
    </TitledSection>
  );
}
