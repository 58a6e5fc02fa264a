import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { tableOf } from '../../common';
import type { Column } from '../../common';
import { looseStack, muted } from '../../common/styles';
import type { GapComparisonView } from '../../../src/ui-contract/gap-macro-view';
import { percent, statusName } from './gap-status';

type Change = GapComparisonView['changes'][number];
type Score = GapComparisonView['groups'][number];

const DIRECTION = { improved: 'success', regressed: 'removed', changed: 'default' } as const;

const CHANGE_COLUMNS: readonly Column<Change>[] = [
  { key: 'ref', title: 'Requirement', cell: (c) => `${c.ref} ${c.title}`, width: 46 },
  { key: 'from', title: 'Before', cell: (c) => statusName(c.from) },
  { key: 'to', title: 'Now', cell: (c) => statusName(c.to) },
  {
    key: 'direction',
    title: 'Change',
    cell: (c) => <Lozenge appearance={DIRECTION[c.direction]}>{c.direction}</Lozenge>,
  },
];

const SCORE_COLUMNS: readonly Column<Score>[] = [
  { key: 'group', title: 'Group', cell: (g) => `${g.group} ${g.title}`, width: 50 },
  { key: 'previous', title: 'Before', cell: (g) => percent(g.previous) },
  { key: 'current', title: 'Now', cell: (g) => percent(g.current) },
];

/** Progress since the previous completed assessment: what moved, and readiness before and now. */
export function GapComparison({ comparison }: { comparison: GapComparisonView | null }) {
  if (!comparison) {
    return (
      <p style={muted} data-testid="gap-comparison">
        There is no earlier completed assessment on this page to compare with.
      </p>
    );
  }
  const changes = tableOf(CHANGE_COLUMNS, comparison.changes, (c) => c.ref);
  const scores = tableOf(SCORE_COLUMNS, comparison.groups, (g) => g.group);
  return (
    <div style={looseStack} data-testid="gap-comparison">
      <p>
        Readiness {percent(comparison.overall.previous)} →{' '}
        <strong>{percent(comparison.overall.current)}</strong> since "{comparison.previous.title}"
        (completed {comparison.previous.completedAt.slice(0, 10)}): {comparison.improved} improved,{' '}
        {comparison.regressed} regressed, {comparison.changes.length} changed in all.
      </p>
      {comparison.changes.length > 0 && (
        <DynamicTable label="Requirements that changed" head={changes.head} rows={changes.rows} />
      )}
      <DynamicTable label="Readiness before and now" head={scores.head} rows={scores.rows} />
    </div>
  );
}
