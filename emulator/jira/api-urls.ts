import type { SiteContext } from '../core/context';

/** `self` links as Jira writes them: absolute URLs under the site's base URL. */
export function apiUrl(ctx: SiteContext, path: string): string {
  return `${ctx.baseUrl}/rest/api/3/${path.replace(/^\//, '')}`;
}

export function avatarUrls(ctx: SiteContext, kind: string, id: string): Record<string, string> {
  const base = `${ctx.baseUrl}/secure/viewavatar?avatarType=${kind}&avatarId=${encodeURIComponent(id)}`;
  return {
    '48x48': base,
    '24x24': `${base}&size=small`,
    '16x16': `${base}&size=xsmall`,
    '32x32': `${base}&size=medium`,
  };
}
