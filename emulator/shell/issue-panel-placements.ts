/**
 * Where the app's issue panels are shown, as Jira Cloud keeps it: a `jira:issuePanel` is added to
 * an issue when someone clicks its button on the issue ("adds an issue panel to a Jira issue when
 * a configured button is clicked", and its context's `isNewToIssue`), stays there until removed,
 * and a Jira administrator may show or hide it on all work items (Forge manifest reference,
 * jira-issue-panel). Nothing else opens a panel. Kept per site, in memory.
 */
import type { SiteContext } from '../core/context';

export class PanelPlacements {
  private readonly perIssue = new Map<string, Set<string>>();
  private readonly forAll = new Set<string>();

  isShownForAll(moduleKey: string): boolean {
    return this.forAll.has(moduleKey);
  }

  isShown(issueId: string, moduleKey: string): boolean {
    return this.forAll.has(moduleKey) || (this.perIssue.get(issueId)?.has(moduleKey) ?? false);
  }

  add(issueId: string, moduleKey: string): void {
    const keys = this.perIssue.get(issueId) ?? new Set<string>();
    keys.add(moduleKey);
    this.perIssue.set(issueId, keys);
  }

  remove(issueId: string, moduleKey: string): void {
    this.perIssue.get(issueId)?.delete(moduleKey);
  }

  setForAll(moduleKey: string, shown: boolean): void {
    if (shown) this.forAll.add(moduleKey);
    else this.forAll.delete(moduleKey);
  }
}

const bySite = new WeakMap<SiteContext, PanelPlacements>();

export function panelPlacementsOf(ctx: SiteContext): PanelPlacements {
  const found = bySite.get(ctx);
  if (found) return found;
  const made = new PanelPlacements();
  bySite.set(ctx, made);
  return made;
}
