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
} from '../../common';
import { muted, row } from '../../common/styles';

type Stages = ConfiguredReadinessView['stages'];

const when = (date: string | null, days: number | null): string =>
  date === null
    ? 'Not set'
    : days === null || days === 0
      ? `${date} (today)`
      : `${date} (${days > 0 ? `in ${days} days` : `${-days} days ago`})`;

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
    <TitledSection titleId="readiness-stages" title="Certification audit" testId="readiness-stages">
      <KeyValueTable
        label="Certification audit dates"
        rows={[
          ['Stage 1 (documentation and readiness)', when(stages.stage1, stages.daysToStage1)],
          ['Stage 2 (implementation)', when(stages.stage2, stages.daysToStage2)],
          ['Certification body', stages.certificationBody || 'Not named'],
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
              title="Stage 1 date"
              value={stage1}
              placeholder="YYYY-MM-DD"
              onChange={setStage1}
            />
            <TextField
              id="readiness-stage2"
              title="Stage 2 date"
              value={stage2}
              placeholder="YYYY-MM-DD"
              onChange={setStage2}
            />
            <TextField
              id="readiness-body"
              title="Certification body"
              value={body}
              onChange={setBody}
            />
          </div>
          <div>
            <Button appearance="primary" isLoading={running} onClick={() => void save()}>
              Save dates
            </Button>
          </div>
        </>
      )}
      {error !== undefined && <Problem error={error} title="The dates were not saved" />}
    </TitledSection>
  );
}
