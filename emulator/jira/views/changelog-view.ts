import type { SiteContext } from '../../core/context';
import { jiraDateTime } from '../jira-time';
import type { ChangeItem, ChangelogEntry } from '../models/changelog';
import { userDetails } from './entity-views';

/** A change item as Jira's events carry it (every key, nulls included). */
export function changeItemView(i: ChangeItem): Record<string, unknown> {
  return {
    field: i.field,
    fieldtype: i.fieldtype,
    fieldId: i.fieldId,
    from: i.from,
    fromString: i.fromString,
    to: i.to,
    toString: i.toString,
  };
}

/** Jira's ChangeHistory. */
export function historyView(ctx: SiteContext, e: ChangelogEntry): Record<string, unknown> {
  const author = ctx.users.byAccountId(e.authorId);
  return {
    id: e.id,
    ...(author ? { author: userDetails(ctx, author) } : {}),
    created: jiraDateTime(new Date(e.created)),
    // The spec types from/fromString/to/toString as strings: empty ones are left out.
    items: e.items.map((i) =>
      Object.fromEntries(Object.entries(changeItemView(i)).filter(([, v]) => v !== null)),
    ),
  };
}
