/**
 * How many rows the viewer cannot see — a NUMBER only, never which ones.
 *
 * Everything the SoA shows is read from Jira as the viewer. To say "N rows are hidden from you",
 * the app compares the viewer's own search results with an approximate count of the same JQL
 * made as the app (`/search/approximate-count`, which returns a single number and no issue
 * data). Nothing else read as the app reaches the UI. The count is only computed for viewers who
 * can browse the project at all (others get "you cannot browse the project" and no numbers).
 */
export function hiddenCount(countAsApp: number, visibleToViewer: number): number {
  if (!Number.isFinite(countAsApp) || !Number.isFinite(visibleToViewer)) return 0;
  return Math.max(0, Math.trunc(countAsApp) - Math.trunc(visibleToViewer));
}
