import { useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import SectionMessage from '@atlaskit/section-message';
import type { BoardSetupOutcome } from '../../../src/ui-contract/board-setup-view';
import { boardSetupOutcomeSchema } from '../../../src/ui-contract/board-setup-view';
import type { Column } from '../../common';
import { callResolver, JiraPathLink, Loading, Problem, tableOf } from '../../common';
import { row } from '../../common/styles';
import { Section } from './Section';

/**
 * The AIMS board: a saved filter of the AIMS project and a Kanban board made from it, as the
 * administrator. Each AIMS status lands in the column of its status category. Running it again
 * finds the filter and the board and creates nothing. Self-contained (its own resolver function,
 * `setUpAimsBoard`) so an onboarding step can host it.
 */
export function BoardSection({ projectKey }: { projectKey: string }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<BoardSetupOutcome | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);

  const setUp = async (): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    setOutcome(undefined);
    try {
      setOutcome(await callResolver('setUpAimsBoard', boardSetupOutcomeSchema, {}));
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
      intro={`Creates, as you, a saved filter of project ${projectKey} shared with the project, and a Kanban board from it: teams move AIMS work on it as on any Jira board, with every workflow rule applied. Running it again finds the filter and the board and creates nothing.`}
    >
      <div style={row}>
        <Button appearance="primary" onClick={() => void setUp()} isDisabled={busy}>
          Create or find the AIMS board
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

type BoardColumnView = BoardSetupOutcome['columns'][number];

const COLUMNS: Column<BoardColumnView>[] = [
  { key: 'column', title: 'Column', width: 25, cell: (c) => c.name },
  { key: 'statuses', title: 'AIMS statuses', width: 75, cell: (c) => c.statuses.join(', ') || '—' },
];

function BoardOutcomeView({ outcome }: { outcome: BoardSetupOutcome }) {
  const { board, filter } = outcome;
  const text =
    board.created || filter.created
      ? `Created ${[filter.created ? `the filter "${filter.name}"` : '', board.created ? `the board "${board.name}"` : ''].filter(Boolean).join(' and ')}.`
      : `The board "${board.name}" and its filter "${filter.name}" are already there. Nothing was created.`;
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
