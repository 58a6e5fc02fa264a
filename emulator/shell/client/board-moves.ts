import { showFlag } from './flags';

interface CardMove {
  id: string;
  to: string;
}

function movesOf(card: HTMLElement): CardMove[] {
  try {
    return JSON.parse(card.dataset.transitions ?? '[]') as CardMove[];
  } catch {
    return [];
  }
}

/**
 * Dragging a board card to a column runs the card's transition into one of that column's
 * statuses, through the same form as its "Move to" menu (the keyboard way), so the server runs the
 * transition's conditions and validators and shows a refusal on the board. A column the card has
 * no transition to is refused at once, as Jira's board does.
 */
export function initBoardMoves(root: Document): void {
  for (const card of root.querySelectorAll<HTMLElement>('.board-card[data-issue-key]')) {
    card.addEventListener('dragstart', (e) => {
      e.dataTransfer?.setData('text/plain', card.dataset.issueKey ?? '');
      if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    });
  }
  for (const column of root.querySelectorAll<HTMLElement>('.board-column[data-status-ids]')) {
    column.addEventListener('dragover', (e) => {
      e.preventDefault();
      column.classList.add('drop-target');
    });
    column.addEventListener('dragleave', () => column.classList.remove('drop-target'));
    column.addEventListener('drop', (e) => {
      e.preventDefault();
      column.classList.remove('drop-target');
      const key = e.dataTransfer?.getData('text/plain') ?? '';
      const card = root.querySelector<HTMLElement>(
        `.board-card[data-issue-key="${CSS.escape(key)}"]`,
      );
      if (!card || column.contains(card)) return;
      const statusIds = JSON.parse(column.dataset.statusIds ?? '[]') as string[];
      const move = movesOf(card).find((m) => statusIds.includes(m.to));
      const button = move
        ? card.querySelector<HTMLButtonElement>(
            `button[name="transitionId"][value="${CSS.escape(move.id)}"]`,
          )
        : null;
      if (!button?.form) {
        showFlag(`${key} cannot move to ${column.dataset.columnName ?? 'this column'}`, 'error');
        return;
      }
      button.form.requestSubmit(button);
    });
  }
}

/** The board page's one-off `?refusal=` is dropped from the address (as `?flag=`). */
export function dropRefusalParam(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('refusal')) return;
  url.searchParams.delete('refusal');
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
}
