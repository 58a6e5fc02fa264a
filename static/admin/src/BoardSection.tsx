import { useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import SectionMessage from '@atlaskit/section-message';
import type { BoardSetupOutcome } from '../../../src/ui-contract/board-setup-view';
import { boardSetupOutcomeSchema } from '../../../src/ui-contract/board-setup-view';
import type { Column } from '../../common';
import type { Translator } from '../../common';
import { callResolver, JiraPathLink, Loading, Problem, tableOf, useI18n } from '../../common';
import { row } from '../../common/styles';
import { Section } from './Section';

/**
 * The AIMS board: a saved filter of the AIMS project and a Kanban board made from it, as the
 * administrator. Each AIMS status lands in the column of its status category. Running it again
 * finds the filter and the board and creates nothing. Self-contained (its own resolver function,
 * `setUpAimsBoard`) so an onboarding step can host it.
 */
export function BoardSection({ projectKey }: { projectKey: string }) {
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
      <div style={row}>
        <Button appearance="primary" onClick={() => void setUp()} isDisabled={busy}>
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
  if (board.created && filter.created) return t('admin.board.createdBoth', names);
  if (filter.created) return t('admin.board.createdFilter', names);
  if (board.created) return t('admin.board.createdBoard', names);
  return t('admin.board.existing', names);
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
