import type { Request, Response } from 'express';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../core/auth';
import type { SiteContext } from '../../core/context';
import { SEEDED_USERS } from '../../core/users';
import type { SiteUser } from '../../core/users';
import { html } from '../html';
import { page, sectionMessage } from '../layout';
import { sendHtml } from '../page-env';
import { safeNext, sessionIdOf } from '../session';
import { themeOf } from '../theme';

const signInForm = z.object({
  account: z.string().optional(),
  email: z.string().trim().optional(),
  token: z.string().optional(),
  next: z.string().optional(),
});

function renderSignIn(
  req: Request,
  res: Response,
  next: string,
  error?: string,
  status = 200,
): void {
  const body = html`<div class="signin">
    <h1>Sign in to the AIMS site</h1>
    ${error ? sectionMessage('error', 'Sign-in failed', [error]) : ''}
    <div class="card">
      <form method="post" action="/signin" aria-labelledby="demo-heading">
        <h2 id="demo-heading">Use a demo user</h2>
        <input type="hidden" name="next" value="${next}" />
        <label for="account">User</label>
        <select id="account" name="account">
          ${SEEDED_USERS.map(
            (u) => html`<option value="${u.accountId}">${u.displayName} (${u.email})</option>`,
          )}
        </select>
        <div class="button-row">
          <button type="submit" class="button button-primary" id="signin-demo">Sign in</button>
        </div>
      </form>
    </div>
    <div class="card">
      <form method="post" action="/signin" aria-labelledby="token-heading">
        <h2 id="token-heading">Use an email and API token</h2>
        <input type="hidden" name="next" value="${next}" />
        <label for="email">Email</label>
        <input type="email" id="email" name="email" autocomplete="username" required />
        <label for="token">API token</label>
        <input type="password" id="token" name="token" autocomplete="current-password" required />
        <div class="button-row">
          <button type="submit" class="button" id="signin-token">Sign in with API token</button>
        </div>
      </form>
    </div>
  </div>`;
  sendHtml(
    res,
    page({ title: 'Sign in', product: 'jira', user: undefined, theme: themeOf(req), body }),
    status,
  );
}

function findUser(ctx: SiteContext, form: z.infer<typeof signInForm>): SiteUser | undefined {
  if (form.email || form.token) return ctx.users.authenticate(form.email ?? '', form.token ?? '');
  if (!form.account || !SEEDED_USERS.some((u) => u.accountId === form.account)) return undefined;
  const user = ctx.users.byAccountId(form.account);
  return user?.active && user.accountType === 'atlassian' ? user : undefined;
}

export function signInPage(req: Request, res: Response): void {
  const next = safeNext(req.query.next);
  renderSignIn(req, res, next);
}

/** POST /signin: a demo user or email + API token → browser session cookie. */
export function signIn(ctx: SiteContext) {
  return (req: Request, res: Response): void => {
    const parsed = signInForm.safeParse(req.body ?? {});
    const form = parsed.success ? parsed.data : {};
    const next = safeNext(form.next);
    const user = findUser(ctx, form);
    if (!user) {
      renderSignIn(req, res, next, 'The email address or API token is not correct.', 401);
      return;
    }
    ctx.sessions.destroy(sessionIdOf(req));
    const sessionId = ctx.sessions.create(user.accountId);
    res.cookie(SESSION_COOKIE, sessionId, { httpOnly: true, sameSite: 'lax', path: '/' });
    res.redirect(303, next);
  };
}

export function signOut(ctx: SiteContext) {
  return (req: Request, res: Response): void => {
    ctx.sessions.destroy(sessionIdOf(req));
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.redirect(303, '/signin');
  };
}
