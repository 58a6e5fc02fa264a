import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { SiteContext } from '../core/context';
import type { SiteExtension } from '../core/site';
import type { ShellAppModules } from './app-modules';
import { NO_APP } from './app-modules';
import { serveAsset } from './assets';
import type { PageEnv } from './page-env';
import { pageEnv } from './page-env';
import { requireSignIn, safeNext } from './session';
import { THEME_COOKIE } from './theme';
import { signIn, signInPage, signOut } from './pages/sign-in';
import { projectListPage } from './pages/jira-projects';
import { issueListPage } from './pages/jira-issues';
import { boardPage, moveCard, projectBoardsPage } from './pages/jira-board';
import { commentOnIssue, issuePage, linkIssueFromView, transitionIssue } from './pages/jira-issue';
import { editIssue, editIssuePage } from './pages/jira-edit';
import { changePanelPlacement } from './pages/issue-apps';
import { createIssue, createIssuePage } from './pages/jira-create';
import { adminAppsPage, adminPageHost, runScheduled, scheduledPage } from './pages/admin-apps';
import { globalPageHost } from './pages/global-pages';
import { spacePage } from './pages/wiki-space';
import { saveMacroConfig, wikiExport, wikiPage } from './pages/wiki-page';
import { createPage, createPagePage } from './pages/wiki-create';

export type { ShellAppModules, ShellUiModule, ShellScheduledTrigger } from './app-modules';

export interface ShellOptions {
  /**
   * The installed app's modules (issue panels, admin pages, macros, scheduled triggers), read
   * on every request so a reloaded manifest shows at once. Usually the Forge host's manifest.
   */
  app?: () => ShellAppModules;
}

type Handler = (env: PageEnv) => void | Promise<void>;

/**
 * The web shell: Jira- and Confluence-like pages for people (sign-in with the seeded users,
 * projects, JQL search, issue view with transitions and the app's issue panels, create issue,
 * admin page host, scheduled triggers, Confluence page tree, page view with the app's macros,
 * macro configuration, export view). Every page reads the site's REST as the signed-in user.
 */
export function createShell(options: ShellOptions = {}): SiteExtension {
  const app = options.app ?? (() => NO_APP);
  return {
    public(server: express.Express, ctx: SiteContext): void {
      const form = express.urlencoded({ extended: true, limit: '1mb' });
      const signedIn = requireSignIn(ctx);
      const page =
        (handler: Handler) =>
        async (req: Request, res: Response, next: NextFunction): Promise<void> => {
          try {
            await handler(pageEnv(ctx, app, req, res));
          } catch (err) {
            next(err);
          }
        };

      server.get('/shell/assets/:name', serveAsset);
      server.get('/signin', signInPage);
      server.post('/signin', form, signIn(ctx));
      server.post('/signout', form, signOut(ctx));
      server.post('/shell/theme', form, (req, res) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const theme = body.theme === 'dark' ? 'dark' : 'light';
        res.cookie(THEME_COOKIE, theme, {
          sameSite: 'lax',
          path: '/',
          maxAge: 365 * 24 * 3600 * 1000,
        });
        res.redirect(303, safeNext(body.next, '/jira'));
      });
      server.get('/', (_req, res) => res.redirect(303, '/jira'));
      // Jira Cloud's own addresses, as the app writes them into links and exports.
      server.get('/browse/:key', (req, res) =>
        res.redirect(303, `/jira/browse/${encodeURIComponent(req.params.key)}`),
      );
      server.get(['/issues', '/issues/'], (req, res) => {
        const jql = typeof req.query.jql === 'string' ? req.query.jql : '';
        res.redirect(
          303,
          `/jira/issues${jql ? `?${new URLSearchParams({ jql }).toString()}` : ''}`,
        );
      });

      server.get('/jira', signedIn, page(projectListPage));
      server.get('/jira/issues', signedIn, page(issueListPage));
      server.get('/jira/browse/:key', signedIn, page(issuePage));
      server.post('/jira/browse/:key/transition', signedIn, form, page(transitionIssue));
      server.post('/jira/browse/:key/comment', signedIn, form, page(commentOnIssue));
      server.get('/jira/browse/:key/edit', signedIn, page(editIssuePage));
      server.post('/jira/browse/:key/edit', signedIn, form, page(editIssue));
      server.post('/jira/browse/:key/link', signedIn, form, page(linkIssueFromView));
      server.post('/jira/browse/:key/panels', signedIn, form, page(changePanelPlacement));
      server.get('/jira/create', signedIn, page(createIssuePage));
      server.post('/jira/create', signedIn, form, page(createIssue));
      // Jira Software's addresses of a company-managed project's boards.
      server.get('/jira/software/c/projects/:key/boards', signedIn, page(projectBoardsPage));
      server.get('/jira/software/c/projects/:key/boards/:boardId', signedIn, page(boardPage));
      server.post(
        '/jira/software/c/projects/:key/boards/:boardId/move',
        signedIn,
        form,
        page(moveCard),
      );
      server.get('/jira/admin/apps', signedIn, page(adminAppsPage));
      server.get('/jira/admin/apps/:moduleKey', signedIn, page(adminPageHost));
      server.get('/jira/apps/:appId/:envId', signedIn, page(globalPageHost));
      server.get('/scheduled', signedIn, page(scheduledPage));
      server.post('/scheduled/:moduleKey/run', signedIn, form, page(runScheduled));

      server.get('/wiki', signedIn, (_req, res) => res.redirect(303, '/wiki/spaces/AIMS'));
      server.get('/wiki/spaces/:key', signedIn, page(spacePage));
      // Confluence Cloud's page addresses, as the app writes them into links (e.g. an AIMS
      // Action's link back to its review page).
      server.get('/wiki/pages/viewpage.action', (req, res) => {
        const id = typeof req.query.pageId === 'string' ? req.query.pageId : '';
        res.redirect(303, /^\d+$/.test(id) ? `/wiki/pages/${id}` : '/wiki');
      });
      server.get(
        ['/wiki/spaces/:key/pages/:id', '/wiki/spaces/:key/pages/:id/:title'],
        (req, res) => res.redirect(303, `/wiki/pages/${encodeURIComponent(String(req.params.id))}`),
      );
      server.get('/wiki/pages/:id', signedIn, page(wikiPage('view')));
      server.get('/wiki/pages/:id/edit', signedIn, page(wikiPage('edit')));
      server.get('/wiki/pages/:id/export', signedIn, page(wikiExport));
      server.post('/wiki/pages/:id/macro-config', signedIn, page(saveMacroConfig));
      server.get('/wiki/create', signedIn, page(createPagePage));
      server.post('/wiki/create', signedIn, form, page(createPage));
    },
  };
}
