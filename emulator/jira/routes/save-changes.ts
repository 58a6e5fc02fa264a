import type { JiraError } from '../../core/errors';

/** `doc` with the fields the request gives changed; fields it leaves out keep their values. */
export function withChanges<T extends object>(doc: T, changes: Partial<T>): T {
  const given = Object.entries(changes).filter(([, v]) => v !== undefined);
  return { ...doc, ...Object.fromEntries(given) };
}

/** A model of named items (issue types, link types): found by name, saved whole. */
interface NamedItems<T> {
  byName(name: string): { id: string } | undefined;
  save(doc: T): T;
}

/**
 * Saves the request's changes to a named item (an admin's PUT). Jira keeps the names unique: a
 * rename to a name another item has is refused with `clash()` and changes nothing.
 */
export function saveChanges<T extends { id: string; name: string }>(
  items: NamedItems<T>,
  item: T,
  changes: Partial<T>,
  clash: () => JiraError,
): T {
  const holder = changes.name ? items.byName(changes.name) : undefined;
  if (holder && holder.id !== item.id) throw clash();
  return items.save(withChanges(item, changes));
}
