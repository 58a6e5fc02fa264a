import { route } from '@forge/api';
import { z } from 'zod';
import { Refusal } from '../domain/refusal';
import type { ProductClient } from './product-client';

const myPermissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

/**
 * Refuses unless the caller (a client as that user) is a Jira administrator
 * (`GET /rest/api/3/mypermissions?permissions=ADMINISTER`).
 */
export async function requireJiraAdmin(jira: ProductClient, what: string): Promise<void> {
  const answer = await jira.get(
    route`/rest/api/3/mypermissions?permissions=ADMINISTER`,
    myPermissionsSchema,
  );
  if (answer.permissions.ADMINISTER?.havePermission) return;
  throw new Refusal(`Only Jira administrators can ${what}.`, [
    'It changes the Jira configuration (issue types, fields, workflows); ask a Jira administrator.',
  ]);
}
