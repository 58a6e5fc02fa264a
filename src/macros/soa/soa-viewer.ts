/** The signed-in person as Jira shows them to themselves, and what an approver must be able to see. */
import type { Viewer } from '../../jira/people';

export { readViewer } from '../../jira/people';
export type SoaViewer = Viewer;

/**
 * Why the viewer may not approve because Jira hides part of the SoA from them (an approver must
 * see the whole SoA). Who may approve at all (role, page edit permission) is the macro write check.
 */
export function hiddenItemsBlockers(hiddenTotal: number): string[] {
  return hiddenTotal > 0
    ? [
        `${hiddenTotal} ${hiddenTotal === 1 ? 'item is' : 'items are'} hidden from you in Jira; an approver must see the whole SoA.`,
      ]
    : [];
}
