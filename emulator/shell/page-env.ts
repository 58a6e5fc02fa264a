import type { Request, Response } from 'express';
import type { SiteContext } from '../core/context';
import type { SiteUser } from '../core/users';
import type { ShellAppModules } from './app-modules';
import type { SafeHtml } from './html';
import type { PageOptions } from './layout';
import { page } from './layout';
import { shellUserOf } from './session';
import { SiteRest } from './site-rest';
import type { ShellTheme } from './theme';
import { themeOf } from './theme';

/** Everything a shell page handler needs about the request it serves. */
export interface PageEnv {
  ctx: SiteContext;
  req: Request;
  res: Response;
  user: SiteUser;
  theme: ShellTheme;
  rest: SiteRest;
  app: ShellAppModules;
  isAdmin: boolean;
  /** Sends a full page in the shell layout. */
  send(options: Omit<PageOptions, 'user' | 'theme' | 'isAdmin'>, status?: number): void;
}

export function pageEnv(
  ctx: SiteContext,
  app: () => ShellAppModules,
  req: Request,
  res: Response,
): PageEnv {
  const user = shellUserOf(res);
  const theme = themeOf(req);
  const isAdmin = ctx.users.isSiteAdmin(user);
  return {
    ctx,
    req,
    res,
    user,
    theme,
    rest: SiteRest.forRequest(ctx, req),
    app: app(),
    isAdmin,
    send(options, status = 200) {
      sendHtml(
        res,
        page({
          ...options,
          user,
          theme,
          isAdmin,
          currentPath: options.currentPath ?? req.originalUrl,
        }),
        status,
      );
    },
  };
}

export function sendHtml(res: Response, body: SafeHtml, status = 200): void {
  res.status(status).type('html').setHeader('Cache-Control', 'no-store').send(body.value);
}

/** A single query-string value (first one when repeated). */
export function queryString(req: Request, name: string): string | undefined {
  const v = req.query[name];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return undefined;
}

/** A route parameter (express 5 types them as string | string[]). */
export function param(req: Request, name: string): string {
  const v = req.params[name] as string | string[] | undefined;
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}
