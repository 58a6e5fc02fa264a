import type { Request } from 'express';
import { readCookie } from '../core/auth';

export const THEME_COOKIE = 'aims_theme';
export type ShellTheme = 'light' | 'dark';

/** The Atlaskit `data-theme` attribute naming the token themes loaded by /shell/assets/tokens.css. */
export const DATA_THEME =
  'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography';

export function themeOf(req: Request): ShellTheme {
  return readCookie(req, THEME_COOKIE) === 'dark' ? 'dark' : 'light';
}
