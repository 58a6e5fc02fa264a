import { Router } from 'express';
import type { SiteContext } from '../core/context';

/** Jira Cloud platform REST v3, mounted at /rest/api/3. */
export function createJiraRouter(_ctx: SiteContext): Router {
  const router = Router();
  return router;
}
