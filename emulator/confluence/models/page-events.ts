import type { SiteContext } from '../../core/context';
import type { SiteUser } from '../../core/users';
import type { Page } from './page-types';

interface EventUser {
  type: 'known';
  username: string;
  accountId: string;
  accountType: 'atlassian' | 'app';
  email: string;
  publicName: string;
  displayName: string;
  profilePicture: { path: string; width: number; height: number; isDefault: boolean };
  isExternalCollaborator: boolean;
}

/** Users in event payloads carry the accountId in place of personal data, as Forge's do. */
function eventUser(ctx: SiteContext, accountId: string): EventUser {
  const user = ctx.users.byAccountId(accountId);
  return {
    type: 'known',
    username: accountId,
    accountId,
    accountType: user?.accountType ?? 'atlassian',
    email: accountId,
    publicName: accountId,
    displayName: accountId,
    profilePicture: {
      path: `/wiki/aa-avatar/${accountId}`,
      width: 48,
      height: 48,
      isDefault: false,
    },
    isExternalCollaborator: false,
  };
}

/** Builds the Forge Confluence page event payload (events-reference/confluence) and publishes it. */
export function publishPageEvent(
  ctx: SiteContext,
  eventType: string,
  page: Page,
  actor: SiteUser,
): void {
  const space = ctx.db
    .prepare('SELECT id, key, name, type, status FROM cf_spaces WHERE id = ?')
    .get(Number(page.spaceId)) as {
    id: number;
    key: string;
    name: string;
    type: string;
    status: string;
  };
  const payload: Record<string, unknown> = {
    eventType,
    atlassianId: actor.accountId,
    eventCreatedDate: ctx.now().toISOString(),
    suppressNotifications: false,
    selfGenerated: actor.accountType === 'app',
    content: {
      id: page.id,
      type: 'page',
      status: page.status,
      title: page.title,
      space: {
        id: space.id,
        key: space.key,
        alias: space.key,
        name: space.name,
        icon: {
          path: '/images/logo/default-space-logo-256.png',
          width: 48,
          height: 48,
          isDefault: true,
        },
        type: space.type,
        status: space.status,
      },
      history: {
        latest: true,
        createdBy: eventUser(ctx, page.authorId),
        ownedBy: eventUser(ctx, page.ownerId),
        createdDate: page.createdAt,
      },
      version: {
        by: eventUser(ctx, page.version.authorId),
        when: page.version.createdAt,
        number: page.version.number,
      },
    },
  };
  if (eventType === 'avi:confluence:updated:page') payload.updateTrigger = 'edit_page';
  ctx.events.publish({ eventType, payload });
}
