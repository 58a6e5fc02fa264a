/**
 * How many SoA rows the viewer cannot see — a NUMBER only, never which ones.
 *
 * Everything the SoA shows is read from Jira as the viewer, and nothing read from Jira as the
 * app reaches the UI — not even a count. The app knows, from its own provisioning record in KVS,
 * the AI Control issue of each of the 38 Annex A controls; those the viewer's search did not
 * return are the hidden rows (Jira security levels, or an issue deleted since provisioning).
 * Hidden organization controls and hidden risks cannot be counted without reading Jira as the
 * app, so they are simply absent, as Jira itself would show them.
 */
export function hiddenAnnexControls(
  provisionedControls: Readonly<Record<string, string>>,
  visibleKeys: ReadonlySet<string>,
): number {
  return Object.values(provisionedControls).filter((key) => !visibleKeys.has(key)).length;
}
