import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Db } from './database';
import { openDatabase } from './database';
import type { SiteContext } from './context';
import { createSiteContext } from './context';
import { authenticate } from './auth';
import { sameSiteHostOnly } from './host-check';
import { productErrorHandler } from './error-handler';
import { createJiraRouter } from '../jira';
import { createConfluenceRouter } from '../confluence';
import { AGILE_MOUNT, createAgileRouter } from '../jira/agile';
import { seedSite } from '../seed';
import { searchVisibility } from '../jira/search/search-visibility';

export interface SiteOptions {
  /** Directory of the SQLite database, or ':memory:'. */
  dataDir: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  host?: string;
  /** Wipe all data and seed again. */
  reset?: boolean;
  /** Test mode (see SiteContext.testMode); off unless asked. */
  testMode?: boolean;
  /**
   * Jira search lags behind writes by this much site time unless `reconcileIssues` names the issue
   * (emulator/jira/search/search-visibility.ts). Default AIMS_SEARCH_LAG_MS, else 0.
   */
  searchLagMs?: number;
  /** `/status` answers STARTING until the caller sets `ctx.state` to RUNNING (npm start). */
  starting?: boolean;
}

/** Hooks that later layers (Forge host, shell) use to add routes before/after authentication. */
export interface SiteExtension {
  /**
   * Routes that read the request body exactly as sent, before the site's JSON parser (web
   * triggers: Forge hands the app the body as a string, whatever its content type or syntax).
   */
  raw?(app: express.Express, ctx: SiteContext): void;
  /** Routes that need no Atlassian authentication (shell sign-in, static assets). */
  public?(app: express.Express, ctx: SiteContext): void;
  /** Routes that run after authentication (bridge, admin tools). */
  authenticated?(app: express.Express, ctx: SiteContext): void;
}

export interface RunningSite {
  ctx: SiteContext;
  app: express.Express;
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

export function buildApp(ctx: SiteContext, extensions: SiteExtension[] = []): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.use(sameSiteHostOnly(ctx));
  for (const ext of extensions) ext.raw?.(app, ctx);
  app.use(
    express.json({
      limit: '10mb',
      type: ['application/json', 'application/*+json'],
    }),
  );
  app.get('/status', (_req, res) => {
    res.json({ state: ctx.state });
  });
  for (const ext of extensions) ext.public?.(app, ctx);
  const auth = authenticate(ctx.users, ctx.sessions);
  app.use('/rest/api/3', auth, createJiraRouter(ctx));
  app.use(AGILE_MOUNT, auth, createAgileRouter(ctx));
  app.use('/wiki/api/v2', auth, createConfluenceRouter(ctx));
  for (const ext of extensions) ext.authenticated?.(app, ctx);
  app.use(productErrorHandler);
  return app;
}

export async function startSite(
  options: SiteOptions,
  extensions: SiteExtension[] = [],
): Promise<RunningSite> {
  const db = openDatabase(options.dataDir);
  const host = options.host ?? '127.0.0.1';
  if (options.reset) dropAllTables(db);
  const ctx = createSiteContext(db, `http://${host}:${options.port}`);
  ctx.testMode = options.testMode ?? false;
  if (options.starting) ctx.state = 'STARTING';
  if (options.searchLagMs !== undefined) searchVisibility(ctx).lagMs = options.searchLagMs;
  const app = buildApp(ctx, extensions);
  const server = http.createServer(app);
  // Node closes idle keep-alive sockets after 5 s; a client that picks such a socket just as it
  // closes gets ECONNRESET on a request the site never saw (seen under a loaded CI). Keep idle
  // sockets far longer than any pause in a test run, as cloud load balancers do.
  server.keepAliveTimeout = 75_000;
  server.headersTimeout = 76_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  ctx.baseUrl = `http://${host}:${port}`;
  await seedSite(ctx);
  searchVisibility(ctx).catchUp(); // the base seed is old news to the search index
  return {
    ctx,
    app,
    server,
    url: ctx.baseUrl,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}

/** Drops every table so this start seeds from scratch (models recreate their tables). */
function dropAllTables(db: Db): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  db.pragma('foreign_keys = OFF');
  for (const { name } of tables) db.exec(`DROP TABLE IF EXISTS "${name}"`);
  db.pragma('foreign_keys = ON');
}
