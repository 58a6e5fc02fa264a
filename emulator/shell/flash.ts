import type { Request, Response } from 'express';
import { z } from 'zod';
import { readCookie } from '../core/auth';

const FLASH_COOKIE = 'aims_flash';

const flashSchema = z.object({
  /** The page the message belongs to; another page leaves it alone. */
  path: z.string(),
  title: z.string(),
  lines: z.array(z.string()).max(20),
});
export type FlashMessage = z.infer<typeof flashSchema>;

/**
 * POST/redirect/GET for a refusal: the form's answer is a 303 to the page, and the page's next
 * GET shows the message once (a browser refresh then reloads the page, never the POST).
 */
export function redirectWithFlash(res: Response, message: FlashMessage): void {
  const value = Buffer.from(JSON.stringify(message), 'utf8').toString('base64url');
  res.cookie(FLASH_COOKIE, value, { httpOnly: true, sameSite: 'lax', path: message.path });
  res.redirect(303, message.path);
}

/** The message left for this page by the redirect before it (and forgets it). */
export function takeFlash(req: Request, res: Response, path: string): FlashMessage | undefined {
  const raw = readCookie(req, FLASH_COOKIE);
  if (raw === undefined) return undefined;
  res.clearCookie(FLASH_COOKIE, { path });
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = flashSchema.safeParse(decoded);
  return parsed.success && parsed.data.path === path ? parsed.data : undefined;
}
