import { Router } from 'express';
import type { SiteContext } from '../core/context';

/** Confluence Cloud REST v2, mounted at /wiki/api/v2. */
export function createConfluenceRouter(_ctx: SiteContext): Router {
  const router = Router();
  return router;
}
