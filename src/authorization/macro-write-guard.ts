/**
 * The check every macro write makes first, as the person asking: their AIMS role allows the write
 * (src/domain/authorization/macro-writes.ts) and Confluence lets them edit the page the macro is
 * on (or, for a reader's own record such as acknowledging the AI policy, view it). It fails closed: when either cannot be checked, the write is refused. Views use the same
 * facts to say, before anyone clicks, why a write would be refused.
 */
import type { MacroWrite, MacroWriteKey } from '../domain/authorization';
import { MACRO_WRITES, roleBlockers } from '../domain/authorization';
import { Refusal } from '../domain/refusal';
import type { ProductClient } from '../jira/product-client';
import type { AimsPerson } from './aims-person';
import type { Viewer } from '../jira/people';
import { aimsPersonOf, readAimsPerson } from './aims-person';
import type { PageAccess } from './page-edit-permission';
import { readPageAccess } from './page-edit-permission';

export interface MacroWriter {
  pageId: string;
  jira: ProductClient;
  confluence: ProductClient;
}

/** Who the person is, with their roles, and whether they can edit the page. */
export interface MacroWriterFacts {
  person: AimsPerson;
  canViewPage: boolean;
  canEditPage: boolean;
}

const NOT_CHECKED =
  'Your AIMS role or your permission to edit this page could not be checked, so nothing was changed. Try again in a moment.';
const NOT_A_READER =
  'You cannot view this page in Confluence; acknowledging what a page says needs permission to view it.';
const NOT_AN_EDITOR =
  'You cannot edit this page in Confluence; changes to the records on a page need permission to edit it.';

/** Reads the facts as the person (throws when Jira or Confluence does not answer). */
export async function readMacroWriter(writer: MacroWriter): Promise<MacroWriterFacts> {
  const [person, access] = await Promise.all([
    readAimsPerson(writer.jira),
    readPageAccess(writer.confluence, writer.pageId),
  ]);
  return { person, canViewPage: access.canView, canEditPage: access.canEdit };
}

/** Why the person may not make `write` (empty: they may, as far as role and page go). */
export function macroWriteBlockers(facts: MacroWriterFacts, write: MacroWriteKey): string[] {
  const definition: MacroWrite = MACRO_WRITES[write];
  const blockers = roleBlockers(definition, facts.person.roles, facts.person.roleGroups);
  if (definition.page === 'view') {
    if (!facts.canViewPage) blockers.push(NOT_A_READER);
  } else if (!facts.canEditPage) blockers.push(NOT_AN_EDITOR);
  return blockers;
}

/** The person, when they may make `write` on the page; a Refusal with every reason otherwise. */
export async function requireMacroWrite(
  writer: MacroWriter,
  write: MacroWriteKey,
): Promise<AimsPerson> {
  const { what } = MACRO_WRITES[write];
  let facts: MacroWriterFacts;
  try {
    facts = await readMacroWriter(writer);
  } catch (err) {
    console.warn(`[aims] the permission check for "${what}" failed; refusing`, err);
    throw new Refusal(`You cannot ${what}.`, [NOT_CHECKED]);
  }
  const blockers = macroWriteBlockers(facts, write);
  if (blockers.length > 0) throw new Refusal(`You cannot ${what}.`, blockers);
  return facts.person;
}

/** The facts for a view; undefined (with the reason logged) when they could not be read. */
export async function readMacroWriterForView(
  writer: MacroWriter,
): Promise<MacroWriterFacts | undefined> {
  try {
    return await readMacroWriter(writer);
  } catch (err) {
    console.warn('[aims] could not read who may change this page', err);
    return undefined;
  }
}

/**
 * The facts for a view that has already read the viewer (`readViewer`, as them) and what they
 * may do with the page (its operations, as them): only their roles are added. Undefined (with
 * the reason logged) when those could not be read.
 */
export async function macroWriterForViewOf(
  viewer: Viewer,
  access: PageAccess,
): Promise<MacroWriterFacts | undefined> {
  try {
    return {
      person: await aimsPersonOf(viewer),
      canViewPage: access.canView,
      canEditPage: access.canEdit,
    };
  } catch (err) {
    console.warn('[aims] could not read who may change this page', err);
    return undefined;
  }
}

/** What a view says about a write: the blockers, or that they could not be checked. */
export function viewWriteBlockers(
  facts: MacroWriterFacts | undefined,
  write: MacroWriteKey,
): string[] {
  return facts ? macroWriteBlockers(facts, write) : [NOT_CHECKED];
}
