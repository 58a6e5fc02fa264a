import type { Response } from 'express';
import { principalOf } from '../../core/auth';
import { JiraError } from '../../core/errors';
import type { SiteUser } from '../../core/users';
import type { JiraModels } from '../models/jira-models';

export function requireAdmin(m: JiraModels, user: SiteUser): void {
  if (!m.permissions.isAdmin(user)) {
    throw new JiraError(403, [
      'You are not authorized to perform this action. Administrator privileges are required.',
    ]);
  }
}

/**
 * The caller, who must hold Administer Jira (site and Jira admins, and the app user, whose scopes
 * the Forge host checks). The bulk status and workflow operations answer a non-admin with 401 (the
 * only refusal their spec lists), workflow schemes with 403.
 */
export function requireJiraAdmin(m: JiraModels, res: Response, refusal: 401 | 403): SiteUser {
  const user = principalOf(res);
  if (!m.permissions.isAdmin(user)) {
    throw new JiraError(refusal, [
      'You are not authorized to perform this operation. Administer Jira global permission is required.',
    ]);
  }
  return user;
}
