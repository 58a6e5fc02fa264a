/** The signed-in person as Jira shows them to themselves: name and groups (for "who may approve"). */
import { route } from '@forge/api';
import { z } from 'zod';
import type { ProductClient } from '../../jira/product-client';

const myselfSchema = z.object({
  accountId: z.string(),
  displayName: z.string().optional(),
  groups: z.object({ items: z.array(z.object({ name: z.string() })).default([]) }).optional(),
});

export interface SoaViewer {
  accountId: string;
  displayName: string;
  groups: string[];
}

export async function readViewer(jiraAsViewer: ProductClient): Promise<SoaViewer> {
  const me = await jiraAsViewer.get(route`/rest/api/3/myself?expand=${'groups'}`, myselfSchema);
  return {
    accountId: me.accountId,
    displayName: me.displayName ?? me.accountId,
    groups: (me.groups?.items ?? []).map((g) => g.name),
  };
}

/** Why this viewer may not approve the SoA now (empty: they may). */
export function approveBlockers(
  viewer: SoaViewer,
  managerGroup: string,
  hiddenTotal: number,
): string[] {
  const blockers: string[] = [];
  if (!viewer.groups.includes(managerGroup)) {
    blockers.push(
      `Only members of the ${managerGroup} group can approve the Statement of Applicability.`,
    );
  }
  if (hiddenTotal > 0) {
    blockers.push(
      `${hiddenTotal} ${hiddenTotal === 1 ? 'item is' : 'items are'} hidden from you in Jira; an approver must see the whole SoA.`,
    );
  }
  return blockers;
}
