import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { z } from 'zod';
import type { ConfiguredReadinessView } from '../../../src/ui-contract/readiness-macro-view';
import {
  KeyValueTable,
  Problem,
  TextField,
  TitledSection,
  callResolver,
  useAction,
  useI18n,
} from '../../common';
import type { Translator } from '../../common';
import { muted, row } from '../../common/styles';

type Stages = ConfiguredReadinessView['stages'];

/** A Stage date and how far it is from today ("12 Apr 2027 (in 126 days)"). */
function when({ t, tn, date }: Translator, iso: string | null, days: number | null): string {
  if (iso === null) return t('readiness.stages.notSet');
  const shown = date(iso);
  if (days === null || days === 0) return t('readiness.stages.today', { date: shown });
  return days > 0
    ? tn('readiness.stages.inDays', days, { date: shown })
    : tn('readiness.stages.daysAgo', -days, { date: shown });
}

/** The Stage 1 / Stage 2 dates; an AIMS manager who can edit the page sets them. */
export function StageDates({
  stages,
  blockers,
  onSaved,
}: {
  stages: Stages;
  blockers: readonly string[];
  onSaved: () => void;
}) {
  const [stage1, setStage1] = useState(stages.stage1 ?? '');
  const [stage2, setStage2] = useState(stages.stage2 ?? '');
  const [body, setBody] = useState(stages.certificationBody);
  const { run, running, error } = useAction();
  const i18n = useI18n();
  const { t } = i18n;
  const save = () =>
    run(async () => {
      await callResolver('saveStages', z.object({ stages: z.unknown() }), {
        stages: {
          stage1: stage1.trim() || null,
          stage2: stage2.trim() || null,
          certificationBody: body,
        },
      });
      onSaved();
    });
  return (
    <TitledSection
      titleId="readiness-stages"
      title={t('readiness.stages.title')}
      testId="readiness-stages"
    >
      <KeyValueTable
        label={t('readiness.stages.label')}
        rows={[
          [t('readiness.stages.stage1'), when(i18n, stages.stage1, stages.daysToStage1)],
          [t('readiness.stages.stage2'), when(i18n, stages.stage2, stages.daysToStage2)],
          [t('readiness.stages.body'), stages.certificationBody || t('readiness.stages.notNamed')],
        ]}
      />
      {blockers.length > 0 ? (
        <p style={muted} data-testid="readiness-stages-blockers">
          {blockers.join(' ')}
        </p>
      ) : (
        <>
          <div style={row}>
            <TextField
              id="readiness-stage1"
              title={t('readiness.stages.stage1Date')}
              value={stage1}
              placeholder={t('readiness.stages.format')}
              onChange={setStage1}
            />
            <TextField
              id="readiness-stage2"
              title={t('readiness.stages.stage2Date')}
              value={stage2}
              placeholder={t('readiness.stages.format')}
              onChange={setStage2}
            />
            <TextField
              id="readiness-body"
              title={t('readiness.stages.body')}
              value={body}
              onChange={setBody}
            />
          </div>
          <div>
            <Button appearance="primary" isLoading={running} onClick={() => void save()}>
              {t('readiness.stages.save')}
            </Button>
          </div>
        </>
      )}
      {error !== undefined && <Problem error={error} title={t('readiness.stages.notSaved')} />}
    </TitledSection>
  );
}
