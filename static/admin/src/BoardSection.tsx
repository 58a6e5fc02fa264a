import { useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import SectionMessage from '@atlaskit/section-message';
import type { BoardSetupOutcome, BoardState } from '../../../src/ui-contract/board-setup-view';
import { boardSetupOutcomeSchema } from '../../../src/ui-contract/board-setup-view';
import type { Column } from '../../common';
import type { Translator } from '../../common';
import { callResolver, JiraPathLink, Loading, Problem, tableOf, useI18n } from '../../common';
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
  const { t } = useI18n();
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
      title={t('admin.board.title')}
      intro={t('admin.board.intro', { projectKey })}
    >
      <BoardStateView board={board} />
      <div style={row}>
        <Button
          appearance="primary"
          onClick={() => void setUp()}
          isDisabled={busy || board === null}
        >
          {t('admin.board.setUp')}
        </Button>
      </div>
      {busy && <Loading label={t('admin.board.working')} />}
      {failure !== undefined && (
        <Problem error={failure} title={t('admin.board.failed')} testId="board-problem" />
      )}
      {outcome && <BoardOutcomeView outcome={outcome} />}
    </Section>
  );
}

/** Where the board stands, read back: in place (with its link), or what is missing or wrong. */
function BoardStateView({ board }: { board: BoardState | null | undefined }) {
  const { t } = useI18n();
  if (board === undefined) return null;
  if (board === null) return <p data-testid="board-state">{t('admin.board.provisionFirst')}</p>;
  const link = board.board && (
    <JiraPathLink path={board.board.url}>
      {t('admin.board.open', { name: board.board.name })}
    </JiraPathLink>
  );
  if (board.board && board.problems.length === 0)
    return (
      <p data-testid="board-state">
        {t('admin.board.inPlace', { name: board.board.name })} {link}
      </p>
    );
  return (
    <div data-testid="board-state">
      <SectionMessage appearance="warning" title={t('admin.board.toDo')}>
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

const columnsOf = (t: Translator['t']): Column<BoardColumnView>[] => [
  { key: 'column', title: t('admin.board.column'), width: 25, cell: (c) => c.name },
  {
    key: 'statuses',
    title: t('admin.board.statuses'),
    width: 75,
    cell: (c) => c.statuses.join(', ') || '—',
  },
];

/** What the set-up did: which of the filter and the board it created, or that both were there. */
function outcomeText(t: Translator['t'], { board, filter }: BoardSetupOutcome): string {
  const names = { board: board.name, filter: filter.name };
  const created =
    board.created && filter.created
      ? t('admin.board.createdBoth', names)
      : filter.created
        ? t('admin.board.createdFilter', names)
        : board.created
          ? t('admin.board.createdBoard', names)
          : '';
  const repaired = filter.repaired ? t('admin.board.repaired', names) : '';
  return [created, repaired].filter(Boolean).join(' ') || t('admin.board.existing', names);
}

function BoardOutcomeView({ outcome }: { outcome: BoardSetupOutcome }) {
  const { t } = useI18n();
  const { board } = outcome;
  return (
    <div data-testid="board-outcome" style={{ display: 'contents' }}>
      <div role="status">
        <SectionMessage appearance="success">
          <p>{outcomeText(t, outcome)}</p>
          <p>
            <JiraPathLink path={board.url}>
              {t('admin.board.open', { name: board.name })}
            </JiraPathLink>
          </p>
        </SectionMessage>
      </div>
      <DynamicTable
        label={t('admin.board.columns')}
        {...tableOf(columnsOf(t), outcome.columns, (c) => c.name)}
      />
      {outcome.unmapped.length > 0 && (
        <SectionMessage appearance="warning" title={t('admin.board.unmappedTitle')}>
          <p>{t('admin.board.unmapped', { statuses: outcome.unmapped.join(', ') })}</p>
        </SectionMessage>
      )}
    </div>
  );
}
