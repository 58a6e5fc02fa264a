/**
 * Demo: the AIMS board, made on the admin page by the Jira administrator ("Create or repair the
 * AIMS board"): a saved filter of project AIMS and a Kanban board from it, so Projects → Boards
 * shows the AIMS work. Idempotent: a second run finds both.
 */
import type { ForgeHost } from '../../forge-host';
import { invokeAdminPage } from './demo-admin-page';

export async function seedAimsBoard(host: ForgeHost): Promise<string> {
  const made = (await invokeAdminPage(
    host,
    'setUpAimsBoard',
    {},
    'The AIMS board was not set up',
  )) as { board: { name: string } };
  return made.board.name;
}
