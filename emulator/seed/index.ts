import type { SiteContext } from '../core/context';
import { seedJira } from '../jira/seed';
import { seedConfluence } from '../confluence/seed';

const SEEDED_FLAG = 'seeded:base';

/**
 * Seeds a new site once: users, Jira projects DEMO and AIMS, Confluence space AIMS.
 * Runs on every start; does nothing when the base seed is already there.
 */
export async function seedSite(ctx: SiteContext): Promise<void> {
  if (ctx.meta.get(SEEDED_FLAG)) return;
  ctx.db.transaction(() => {
    ctx.users.seed();
    seedJira(ctx);
    seedConfluence(ctx);
    ctx.meta.set(SEEDED_FLAG, ctx.now().toISOString());
  })();
}
