import type { JiraError } from '../../core/errors';

/**
 * Refuses a rename to a name another item already has (`byName` finds it): Jira keeps issue type
 * and link type names unique. No new name, or the item's own name, passes.
 */
export function requireFreeName(
  byName: (name: string) => { id: string } | undefined,
  name: string | undefined,
  ownId: string,
  clash: () => JiraError,
): void {
  if (!name) return;
  const holder = byName(name);
  if (holder && holder.id !== ownId) throw clash();
}
