import type { NextFunction, Request, Response } from 'express';
import { readCookie, SESSION_COOKIE } from '../core/auth';
import type { SiteContext } from '../core/context';
import type { SiteUser } from '../core/users';

const SHELL_USER = 'shellUser';

/** Signed-in user of a shell page (set by requireSignIn). */
export function shellUserOf(res: Response): SiteUser {
  const user = res.locals[SHELL_USER] as SiteUser | undefined;
  if (!user) throw new Error('shellUserOf called outside requireSignIn');
  return user;
}

/** The session id of the request's cookie (forwarded when the shell calls the site's REST). */
export function sessionIdOf(req: Request): string | undefined {
  return readCookie(req, SESSION_COOKIE);
}

/** Shell pages need a browser session; without one the user is sent to the sign-in page. */
export function requireSignIn(ctx: SiteContext) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const accountId = ctx.sessions.resolve(sessionIdOf(req));
    const user = accountId ? ctx.users.byAccountId(accountId) : undefined;
    if (!user || !user.active || user.accountType !== 'atlassian') {
      res.redirect(303, `/signin?next=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    res.locals[SHELL_USER] = user;
    next();
  };
}

/** Only same-site relative paths are accepted as redirect targets. */
export function safeNext(next: unknown, fallback = '/jira'): string {
  if (
    typeof next !== 'string' ||
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.includes('\\')
  ) {
    return fallback;
  }
  return next;
}
