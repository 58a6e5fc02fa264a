import type { NextFunction, Request, Response } from 'express';
import type { SiteContext } from './context';

/**
 * Refuses a request whose Host is not the site's own (DNS rebinding: a page of another origin
 * whose name was re-pointed at 127.0.0.1 would otherwise reach the site with the browser's
 * session). Accepted: the site's base URL host, and the loopback names on the same port.
 */
export function sameSiteHostOnly(ctx: SiteContext) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const base = new URL(ctx.baseUrl);
    const port = base.port || '80';
    const own = new Set(
      [base.hostname, '127.0.0.1', 'localhost', '[::1]'].flatMap((name) => [
        `${name}:${port}`,
        ...(port === '80' ? [name] : []),
      ]),
    );
    const host = (req.headers.host ?? '').toLowerCase();
    if (own.has(host)) {
      next();
      return;
    }
    res.status(421).json({
      message: `This site answers only as ${base.host}; the request named host '${host}'.`,
    });
  };
}
