/** The signed-in person as Jira shows them to themselves: name and groups (for "who may approve"). */
import type { Viewer } from '../../jira/people';

export { readViewer } from '../../jira/people';
export type SoaViewer = Viewer;

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
