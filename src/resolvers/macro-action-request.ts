import { confluenceAsUser, jiraAsUser } from '../jira/forge-clients';
import type { DocumentActionRequest } from '../macros/document-control/document-change-facts';
import { parseMacroContext } from '../macros/macro-context';
import type { ResolverContext } from './resolver-outcome';
import { viewerAccountId } from './resolver-outcome';

/**
 * A call in a controlled document's macro (AI policy, scope and context): the page and the saved
 * configuration from the Forge context (built by the host, never from the payload), the person
 * asking, and Jira and Confluence as that person.
 */
export function macroActionRequest(
  context: ResolverContext,
  macroName: string,
): DocumentActionRequest {
  const macro = parseMacroContext(context, macroName);
  return {
    pageId: macro.pageId,
    rawConfig: macro.rawConfig,
    actorAccountId: viewerAccountId(context),
    now: new Date(),
    confluence: confluenceAsUser(),
    jira: jiraAsUser(),
  };
}
