/**
 * The admin page's AIMS board function: finds or creates the saved filter and the Kanban board of
 * AIMS work (src/jira/aims-board.ts), as the Jira administrator who asks.
 */
import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { Refusal } from '../domain/refusal';
import { loadActiveAims } from '../jira/active-aims';
import { setUpAimsBoard } from '../jira/aims-board';
import { jiraAsUser } from '../jira/forge-clients';
import { defineAdminFunction } from './admin-function';

export function defineBoardFunctions(resolver: Resolver): void {
  defineAdminFunction(
    resolver,
    'setUpAimsBoard',
    'create the AIMS board',
    z.object({}).strict(),
    async () => {
      const aims = await loadActiveAims();
      if (!aims) throw new Refusal('Provision the AIMS project before creating its board.');
      return setUpAimsBoard(jiraAsUser(), aims);
    },
  );
}
