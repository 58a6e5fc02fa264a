import type { Router } from 'express';
import { z } from 'zod';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import type { JiraModels } from '../models/jira-models';
import { parseExpand, parseFieldSelection } from '../views/field-selection';
import { parseBody } from './request-body';

/** "You can request up to 100 issues." (POST /rest/api/3/issue/bulkfetch) */
const MAX_BULK_FETCH = 100;

const bulkFetchBody = z.object({
  issueIdsOrKeys: z.array(z.string()),
  fields: z.array(z.string()).optional(),
  expand: z.array(z.string()).optional(),
  properties: z.array(z.string()).optional(),
  fieldsByKeys: z.boolean().optional(),
});

/**
 * Bulk fetch issues: the issues as they are now (it reads the issues, not the search index), those
 * the user may see, in ascending id order; unknown or hidden ones are left out.
 */
export function registerBulkFetchRoutes(router: Router, m: JiraModels): void {
  route(router, 'jira', 'post', '/rest/api/3/issue/bulkfetch', (req, res) => {
    const user = principalOf(res);
    const body = parseBody(bulkFetchBody, req.body);
    if (body.issueIdsOrKeys.length > MAX_BULK_FETCH) {
      throw new JiraError(400, [
        `You can request up to ${MAX_BULK_FETCH} issues (got ${body.issueIdsOrKeys.length}).`,
      ]);
    }
    const found = new Map<string, ReturnType<typeof m.store.find>>();
    for (const idOrKey of body.issueIdsOrKeys) {
      const issue = m.store.find(idOrKey.trim());
      if (issue && m.permissions.canSeeIssue(user, issue)) found.set(issue.id, issue);
    }
    const selection = parseFieldSelection(body.fields ?? [], 'all');
    const expand = parseExpand((body.expand ?? []).join(',') || undefined);
    const issues = [...found.values()]
      .flatMap((i) => (i ? [i] : []))
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((issue) => m.view.render(issue, user, { fields: selection, expand }));
    res.json({ issues, issueErrors: [] });
  });
}
