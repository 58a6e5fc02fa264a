import type { Router } from 'express';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import { route } from '../../core/route-table';
import { apiUrl } from '../api-urls';
import type { JiraModels } from '../models/jira-models';
import { param } from './query-params';

const MAX_VALUE_BYTES = 32768;

/** Issue entity properties. */
export function registerPropertyRoutes(router: Router, m: JiraModels): void {
  const ctx = m.ctx;
  route(router, 'jira', 'get', '/rest/api/3/issue/{issueIdOrKey}/properties', (req, res) => {
    const issue = m.issues.visibleIssue(principalOf(res), param(req, 'issueIdOrKey'));
    res.json({
      keys: m.properties.keys(issue.id).map((key) => ({
        self: apiUrl(ctx, `issue/${issue.id}/properties/${encodeURIComponent(key)}`),
        key,
      })),
    });
  });

  route(
    router,
    'jira',
    'get',
    '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    (req, res) => {
      const issue = m.issues.visibleIssue(principalOf(res), param(req, 'issueIdOrKey'));
      const key = param(req, 'propertyKey');
      const found = m.properties.get(issue.id, key);
      if (!found.found)
        throw new JiraError(404, [`The property with key '${key}' does not exist.`]);
      res.json({ key, value: found.value });
    },
  );

  route(
    router,
    'jira',
    'put',
    '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    (req, res) => {
      const issue = m.issues.visibleIssue(principalOf(res), param(req, 'issueIdOrKey'));
      const key = param(req, 'propertyKey');
      if (key.length === 0 || key.length > 255)
        throw new JiraError(400, ['The property key must be between 1 and 255 characters long.']);
      if (req.body === undefined)
        throw new JiraError(400, ['The property value must be valid JSON.']);
      if (Buffer.byteLength(JSON.stringify(req.body)) > MAX_VALUE_BYTES) {
        throw new JiraError(400, [
          `The property value can't be larger than ${MAX_VALUE_BYTES} bytes.`,
        ]);
      }
      const created = m.properties.set(issue.id, key, req.body);
      res.status(created ? 201 : 200).end();
    },
  );

  route(
    router,
    'jira',
    'delete',
    '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    (req, res) => {
      const issue = m.issues.visibleIssue(principalOf(res), param(req, 'issueIdOrKey'));
      const key = param(req, 'propertyKey');
      if (!m.properties.delete(issue.id, key))
        throw new JiraError(404, [`The property with key '${key}' does not exist.`]);
      res.status(204).end();
    },
  );
}
