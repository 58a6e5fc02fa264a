import { createHash } from 'node:crypto';
import type { Router } from 'express';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import { escapeHtml } from '../../core/escape-html';
import type { JiraModels } from '../models/jira-models';
import { queryBool, queryInt, queryString, queryValues } from './query-params';

/** A group's id: stable for its name (the emulator's groups are the ones its users belong to). */
const groupIdOf = (name: string): string => {
  const h = createHash('sha256').update(`group:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** The name with the query's first match in <b> (what Jira's `html` field carries). */
const highlighted = (name: string, query: string): string => {
  const at = query ? name.toLowerCase().indexOf(query.toLowerCase()) : -1;
  if (at < 0) return escapeHtml(name);
  const end = at + query.length;
  return `${escapeHtml(name.slice(0, at))}<b>${escapeHtml(name.slice(at, end))}</b>${escapeHtml(name.slice(end))}`;
};

/**
 * GET /groups/picker (Jira REST v3 "Find groups"): groups whose name contains the query, sorted,
 * at most `maxResults` (Jira's autocomplete limit, 20 by default), with the header "Showing X of Y
 * matching groups" and the total. Signed-in people may search; an unknown caller gets 401.
 */
export function registerGroupPickerRoute(router: Router, m: JiraModels): void {
  const ctx = m.ctx;
  route(router, 'jira', 'get', '/rest/api/3/groups/picker', (req, res) => {
    const user = principalOf(res);
    if (!user.active) throw new JiraError(401, ['You are not authenticated.']);
    const query = queryString(req, 'query') ?? '';
    const caseInsensitive = queryBool(req, 'caseInsensitive', false);
    const exclude = new Set(queryValues(req, 'exclude'));
    const maxResults = queryInt(req, 'maxResults', 20, 100);
    const contains = (name: string): boolean =>
      caseInsensitive ? name.toLowerCase().includes(query.toLowerCase()) : name.includes(query);
    const names = [...new Set(ctx.users.all().flatMap((u) => u.groups))]
      .filter((n) => !exclude.has(n) && contains(n))
      .sort((a, b) => a.localeCompare(b));
    const shown = names.slice(0, maxResults);
    res.json({
      header: `Showing ${shown.length} of ${names.length} matching groups`,
      total: names.length,
      groups: shown.map((name) => ({
        name,
        html: highlighted(name, query),
        groupId: groupIdOf(name),
      })),
    });
  });
}
