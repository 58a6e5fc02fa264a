import type Resolver from '@forge/resolver';
import { z } from 'zod';
import type { MacroWriteKey } from '../domain/authorization';
import { Refusal } from '../domain/refusal';
import { jiraAsUser } from '../jira/forge-clients';
import { listPeople } from '../jira/people';
import type { DocumentActionRequest } from '../macros/document-control/document-change-facts';
import { macroActionRequest } from './macro-action-request';
import { defineMacroWrite } from './macro-write';

/**
 * Defines `setOwner` of a controlled document's macro (AI policy, scope and context): an AIMS
 * manager who can edit the page (`write`) makes someone the document owner, chosen among the
 * people Jira lists for them; `setOwner` keeps it in app storage.
 */
export function defineSetOwner(
  resolver: Resolver,
  macroName: string,
  write: MacroWriteKey,
  setOwner: (
    request: DocumentActionRequest,
    ownerAccountId: string,
  ) => Promise<{ recordedAtVersion: number }>,
): void {
  defineMacroWrite(
    resolver,
    'setOwner',
    macroName,
    write,
    z.object({
      ownerAccountId: z.string().regex(/^[A-Za-z0-9:_-]{1,128}$/, 'Choose the document owner'),
    }),
    async ({ ownerAccountId }, context) => {
      const people = await listPeople(jiraAsUser());
      if (!people.some((p) => p.accountId === ownerAccountId)) {
        throw new Refusal('Choose the document owner among the people Jira lists for you.');
      }
      return setOwner(macroActionRequest(context, macroName), ownerAccountId);
    },
  );
}
