import DynamicTable from '@atlaskit/dynamic-table';
import ProgressBar from '@atlaskit/progress-bar';
import { TitledSection, tableOf } from '../../common';
import type { Column } from '../../common';
import { muted } from '../../common/styles';
import type { z } from 'zod';
import type { gapReadinessSchema } from '../../../src/ui-contract/gap-macro-view';
import { percent } from './gap-status';

type Readiness = z.infer<typeof gapReadinessSchema>;
type GroupRow = Readiness['groups'][number];

const COLUMNS: readonly Column<GroupRow>[] = [
  { key: 'group', title: 'Group', cell: (g) => `${g.group} ${g.title}`, width: 34 },
  {
    key: 'score',
    title: 'Readiness',
    width: 18,
    cell: (g) => (
      <div>
        <ProgressBar
          value={(g.score ?? 0) / 100}
          ariaLabel={`${g.group} readiness ${percent(g.score)}`}
        />
        <span>{percent(g.score)}</span>
      </div>
    ),
  },
  { key: 'conformant', title: 'Conformant', cell: (g) => String(g.conformant) },
  { key: 'partly', title: 'Partly', cell: (g) => String(g.partly) },
  { key: 'notStarted', title: 'Not started', cell: (g) => String(g.notStarted) },
  { key: 'notApplicable', title: 'Not applicable', cell: (g) => String(g.notApplicable) },
  { key: 'unassessed', title: 'Not assessed', cell: (g) => String(g.unassessed) },
];

/** Readiness overall, for clauses 4–10 and Annex A, and per group. */
export function GapReadiness({ readiness }: { readiness: Readiness }) {
  const table = tableOf(COLUMNS, readiness.groups, (g) => g.group);
  return (
    <TitledSection
      titleId="gap-readiness"
      title="Readiness for certification"
      testId="gap-readiness"
    >
      <p data-testid="gap-readiness-overall">
        <strong>{percent(readiness.overall.score)}</strong> overall — clauses 4–10{' '}
        {percent(readiness.clauses.score)}, Annex A {percent(readiness.annexA.score)}.
      </p>
      <p style={muted}>
        Conformant counts in full, partly half; not applicable is left out; what is not assessed yet
        counts as not started.
      </p>
      <DynamicTable
        label="Readiness per clause and Annex A objective"
        head={table.head}
        rows={table.rows}
      />
    </TitledSection>
  );
}
