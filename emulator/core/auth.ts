import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { SiteUser, Users } from './users';

/** res.locals key holding the authenticated user of a request. */
export const PRINCIPAL = 'principal';

export function principalOf(res: Response): SiteUser {
  const user = res.locals[PRINCIPAL] as SiteUser | undefined;
  if (!user) throw new Error('principalOf called on an unauthenticated request');
  return user;
}

/** Browser sessions of the web shell (cookie `aims_session`). In memory: a restart signs people out. */
export class Sessions {
  private readonly sessions = new Map<string, string>();

  create(accountId: string): string {
    const id = crypto.randomBytes(18).toString('base64url');
    this.sessions.set(id, accountId);
    return id;
  }

  resolve(id: string | undefined): string | undefined {
    return id ? this.sessions.get(id) : undefined;
  }

  destroy(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }
}

export const SESSION_COOKIE = 'aims_session';

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/**
 * Authenticates a request by HTTP basic auth (email + API token), by the internal
 * app token (basic auth with the app user's accountId, used by the Forge host for
 * asApp calls), or by the shell's session cookie. Unauthenticated → 401, with the
 * body shape of the product the path belongs to.
 */
export function authenticate(users: Users, sessions: Sessions) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const user = resolveUser(req, users, sessions);
    if (!user) {
      res.setHeader('WWW-Authenticate', 'Basic realm="AIMS local site"');
      if (req.originalUrl.startsWith('/wiki/')) {
        res.status(401).json({
          errors: [{ status: 401, code: 'UNAUTHORIZED', title: 'Unauthorized', detail: null }],
        });
      } else {
        res.status(401).json({
          errorMessages: ['You are not authorized to perform this operation. Please log in.'],
          errors: {},
        });
      }
      return;
    }
    res.locals[PRINCIPAL] = user;
    next();
  };
}

function resolveUser(req: Request, users: Users, sessions: Sessions): SiteUser | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const sep = decoded.indexOf(':');
    if (sep < 0) return undefined;
    const login = decoded.slice(0, sep);
    const token = decoded.slice(sep + 1);
    const human = users.authenticate(login, token);
    if (human) return human;
    // App accounts log in with accountId:token; accountIds contain ':' (557058:…), tokens do not.
    const last = decoded.lastIndexOf(':');
    const app = users.byAccountId(decoded.slice(0, last));
    if (app && app.accountType === 'app' && tokensEqual(app.apiToken, decoded.slice(last + 1)))
      return app;
    return undefined;
  }
  const accountId = sessions.resolve(readCookie(req, SESSION_COOKIE));
  return accountId ? users.byAccountId(accountId) : undefined;
}

function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
