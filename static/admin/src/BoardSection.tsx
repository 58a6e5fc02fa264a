import { useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import SectionMessage from '@atlaskit/section-message';
import type { BoardSetupOutcome, BoardState } from '../../../src/ui-contract/board-setup-view';
import { boardSetupOutcomeSchema } from '../../../src/ui-contract/board-setup-view';
import type { Column } from '../../common';
import { callResolver, JiraPathLink, Loading, Problem, tableOf } from '../../common';
import { row } from '../../common/styles';
import { useOnboarding } from './onboarding/onboarding-context';
import { Section } from './Section';

/**
 * The AIMS board, an (optional) onboarding step: a saved filter of the AIMS project and a Kanban
 * board made from it, as the administrator. Each AIMS status lands in the column of its status
 * category. What it shows first is read back (`board`, from `getOnboarding`): the board with a
 * link to it, or what is missing or wrong. Running it again creates what is missing, sets the
 * filter's JQL back, and creates nothing twice.
 */
export function BoardSection({
  projectKey,
  board,
}: {
  projectKey: string;
  /** Read back; null before provisioning, undefined while the onboarding's state loads. */
  board: BoardState | null | undefined;
}) {
  const { refresh } = useOnboarding();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<BoardSetupOutcome | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);

  const setUp = async (): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    setOutcome(undefined);
    try {
      setOutcome(await callResolver('setUpAimsBoard', boardSetupOutcomeSchema, {}));
      refresh();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section
      id="board"
      title="AIMS board"
      intro={`Creates, as you, a saved filter of project ${projectKey} shared with the project, and a Kanban board from it: teams move AIMS work on it as on any Jira board, with every workflow rule applied. Running it again finds the filter and the board, sets the filter back if it was changed, and creates nothing twice.`}
    >
      <BoardStateView board={board} />
      <div style={row}>
        <Button
          appearance="primary"
          onClick={() => void setUp()}
          isDisabled={busy || board === null}
        >
          Create or repair the AIMS board
        </Button>
      </div>
      {busy && <Loading label="Working on the AIMS board" />}
      {failure !== undefined && (
        <Problem error={failure} title="The AIMS board was not set up" testId="board-problem" />
      )}
      {outcome && <BoardOutcomeView outcome={outcome} />}
    </Section>
  );
}

/** Where the board stands, read back: in place (with its link), or what is missing or wrong. */
function BoardStateView({ board }: { board: BoardState | null | undefined }) {
  if (board === undefined) return null;
  if (board === null)
    return (
      <p data-testid="board-state">Provision the AIMS project first: the board shows its work.</p>
    );
  const link = board.board && (
    <JiraPathLink path={board.board.url}>{`Open ${board.board.name}`}</JiraPathLink>
  );
  if (board.board && board.problems.length === 0)
    return (
      <p data-testid="board-state">
        {`In place: ${board.board.name}, its filter and columns right. `}
        {link}
      </p>
    );
  return (
    <div data-testid="board-state">
      <SectionMessage appearance="warning" title="To do">
        <ul>
          {board.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        {link && <p>{link}</p>}
      </SectionMessage>
    </div>
  );
}

type BoardColumnView = BoardSetupOutcome['columns'][number];

const COLUMNS: Column<BoardColumnView>[] = [
  { key: 'column', title: 'Column', width: 25, cell: (c) => c.name },
  { key: 'statuses', title: 'AIMS statuses', width: 75, cell: (c) => c.statuses.join(', ') || '—' },
];

function BoardOutcomeView({ outcome }: { outcome: BoardSetupOutcome }) {
  const { board, filter } = outcome;
  const created = [
    filter.created ? `the filter "${filter.name}"` : '',
    board.created ? `the board "${board.name}"` : '',
  ].filter(Boolean);
  const done = [
    created.length > 0 ? `Created ${created.join(' and ')}.` : '',
    filter.repaired ? `Set the JQL of the filter "${filter.name}" back to the AIMS work.` : '',
  ].filter(Boolean);
  const text =
    done.join(' ') ||
    `The board "${board.name}" and its filter "${filter.name}" are already there. Nothing was created.`;
  return (
    <div data-testid="board-outcome" style={{ display: 'contents' }}>
      <div role="status">
        <SectionMessage appearance="success">
          <p>{text}</p>
          <p>
            <JiraPathLink path={board.url}>{`Open ${board.name}`}</JiraPathLink>
          </p>
        </SectionMessage>
      </div>
      <DynamicTable label="Board columns" {...tableOf(COLUMNS, outcome.columns, (c) => c.name)} />
      {outcome.unmapped.length > 0 && (
        <SectionMessage appearance="warning" title="Not on the board">
          <p>
            These AIMS statuses are in no column, so their issues do not show on the board: map them
            in the board&apos;s column settings. {outcome.unmapped.join(', ')}
          </p>
        </SectionMessage>
      )}
    </div>
  );
}
