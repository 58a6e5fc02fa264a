/** The signed-in person as Jira shows them to themselves, and what an approver must be able to see. */
import type { StatementOfApplicability } from '../../domain/soa';
import { soaReadinessBlockers } from '../../domain/soa';
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

/**
 * Why the SoA as the viewer reads it cannot be approved: part of it is hidden from them, or (read
 * whole) a row is undecided, unjustified or implemented without evidence. Rows are judged only
 * when nothing is hidden: a hidden control reads as undecided to the one it is hidden from.
 */
export function soaContentBlockers(soa: StatementOfApplicability): string[] {
  const hidden = hiddenItemsBlockers(soa.hidden.total);
  return hidden.length > 0 ? hidden : soaReadinessBlockers(soa.rows);
}
