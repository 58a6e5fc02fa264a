import type { NextFunction, Request, Response } from 'express';
import { ConfluenceError, JiraError } from './errors';

/** Turns thrown errors into the product's error body (Jira or Confluence shape). */
export function productErrorHandler(
  err: unknown,
  req: Request,
  res: Response,
  _next: NextFunction,
): void {
  if (res.headersSent) return;
  const isConfluence = req.originalUrl.startsWith('/wiki/');
  if (err instanceof JiraError) {
    res.status(err.status).json(err.body());
    return;
  }
  if (err instanceof ConfluenceError) {
    res.status(err.status).json(err.body());
    return;
  }
  const status = bodyParserStatus(err);
  if (status) {
    const message = 'The request body is not valid JSON.';
    if (isConfluence)
      res
        .status(status)
        .json(new ConfluenceError(status, 'INVALID_REQUEST_PARAMETER', message).body());
    else res.status(status).json(new JiraError(status, [message]).body());
    return;
  }
  console.error('[site] unhandled error on', req.method, req.originalUrl, err);
  const message = 'Internal server error';
  if (isConfluence)
    res.status(500).json(new ConfluenceError(500, 'INTERNAL_SERVER_ERROR', message).body());
  else res.status(500).json(new JiraError(500, [message]).body());
}

function bodyParserStatus(err: unknown): number | undefined {
  if (typeof err === 'object' && err !== null && 'type' in err && 'status' in err) {
    const type = (err as { type: unknown }).type;
    if (type === 'entity.parse.failed') return 400;
    if (type === 'entity.too.large') return 413;
  }
  return undefined;
}
