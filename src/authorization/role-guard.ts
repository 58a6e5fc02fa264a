/**
 * The check a write of the app's Jira pages makes first, as the person asking: their AIMS role
 * allows it (src/domain/authorization/page-writes.ts). It fails closed: when the role cannot be
 * checked, the write is refused.
 */
import type { PageWriteKey } from '../domain/authorization';
import { PAGE_WRITES, roleBlockers } from '../domain/authorization';
import { Refusal } from '../domain/refusal';
import type { ProductClient } from '../jira/product-client';
import { readAimsPerson } from './aims-person';

const NOT_CHECKED =
  'Your AIMS role could not be checked, so nothing was changed. Try again in a moment.';

/** Why the person may not make `write`; [NOT_CHECKED] when their role cannot be read. */
export async function pageWriteBlockers(
  jira: ProductClient,
  write: PageWriteKey,
): Promise<string[]> {
  try {
    const person = await readAimsPerson(jira);
    return roleBlockers(PAGE_WRITES[write], person.roles, person.roleGroups);
  } catch (err) {
    console.warn('[aims] could not read the AIMS role of the person asking', err);
    return [NOT_CHECKED];
  }
}

/** Refuses, with every reason, unless the person's AIMS role allows `write`. */
export async function requirePageWrite(jira: ProductClient, write: PageWriteKey): Promise<void> {
  const blockers = await pageWriteBlockers(jira, write);
  if (blockers.length > 0) throw new Refusal(`You cannot ${PAGE_WRITES[write].what}.`, blockers);
}
