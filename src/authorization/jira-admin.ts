/**
 * Jira administrators only: the check every admin function makes before anything else, as the
 * person asking (`GET /rest/api/3/mypermissions?permissions=ADMINISTER`, read as them). It fails
 * closed: an error, an odd answer or no answer at all is a refusal.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import { Refusal } from '../domain/refusal';
import type { ProductClient } from '../jira/product-client';

const myPermissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

/** Refuses unless Jira says the person (a client as them) is a Jira administrator. */
export async function requireJiraAdmin(jiraAsUser: ProductClient, what: string): Promise<void> {
  let isAdmin = false;
  try {
    const answer = await jiraAsUser.get(
      route`/rest/api/3/mypermissions?permissions=ADMINISTER`,
      myPermissionsSchema,
    );
    isAdmin = answer.permissions.ADMINISTER?.havePermission === true;
  } catch (err) {
    console.warn('[aims] the Jira administrator check failed; refusing', err);
    throw new Refusal(`Only Jira administrators can ${what}.`, [
      'Jira did not confirm that you are a Jira administrator (the check failed), so nothing was changed. Try again in a moment.',
    ]);
  }
  if (isAdmin) return;
  throw new Refusal(`Only Jira administrators can ${what}.`, [
    'It is part of the AIMS administration (configuration, roles, provisioning, the findings webhook and import); ask a Jira administrator.',
  ]);
}
