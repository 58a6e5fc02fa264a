import DynamicTable from '@atlaskit/dynamic-table';
import type { Column } from '../../common';
import { TitledSection, tableOf } from '../../common';
import { muted } from '../../common/styles';
import type { ConfiguredReviewView } from '../../../src/ui-contract/review-macro-view';
import { DECISION_KIND_LABELS } from '../../../src/ui-contract/review-labels';
import type { PersonView } from '../../../src/ui-contract/wire-shapes';
import { AddDecision } from './AddDecision';
import { IssueKeyLink } from '../../common/IssueKeyLink';

type Decision = ConfiguredReviewView['decisions'][number];

const COLUMNS: Column<Decision>[] = [
  { key: 'description', title: 'Decision', cell: (d) => d.description },
  { key: 'kind', title: 'Kind', cell: (d) => DECISION_KIND_LABELS[d.kind] },
  { key: 'owner', title: 'Owner', cell: (d) => d.owner?.displayName ?? '—' },
  { key: 'due', title: 'Due', cell: (d) => d.dueDate ?? '—' },
  {
    key: 'action',
    title: 'AIMS Action',
    cell: (d) =>
      d.actionKey ? (
        <IssueKeyLink issueKey={d.actionKey} />
      ) : (
        <span style={muted}>not created</span>
      ),
  },
];

/** 9.3.3: the decisions of the review; each one becomes an AIMS Action in Jira. */
export function Decisions({
  view,
  people,
  lastAdded,
  onAdded,
}: {
  view: ConfiguredReviewView;
  people: readonly PersonView[];
  /** The action key of the decision added last (kept by the parent across reloads). */
  lastAdded: string | undefined;
  onAdded: (actionKey: string) => void;
}) {
  const editable = view.state === 'draft' && view.editBlockers.length === 0;
  return (
    <TitledSection titleId="decisions" title="Decisions (9.3.3)" testId="decisions">
      <DynamicTable
        label="Decisions of the review"
        {...tableOf(COLUMNS, view.decisions, (d, i) => d.id ?? String(i))}
        emptyView={<p style={muted}>No decisions recorded.</p>}
      />
      {lastAdded && (
        <p role="status" data-testid="decision-added">
          Decision recorded as AIMS Action <IssueKeyLink issueKey={lastAdded} />.
        </p>
      )}
      {editable && <AddDecision people={people} onAdded={onAdded} />}
    </TitledSection>
  );
}
