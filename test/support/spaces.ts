import type { RunningSite } from '../../emulator/core/site';
import { confluenceModels } from '../../emulator/confluence';

/**
 * A Confluence space made by the site admin (site administration, no REST for it): visible to
 * `readerGroups`; pages editable by `editorGroups` (default: everyone who may read it).
 */
export function createSpace(
  site: RunningSite,
  key: string,
  groups: { readerGroups: string[]; editorGroups?: string[] },
): { id: string } {
  const admin = site.ctx.users.byEmail('admin@example.com');
  if (!admin) throw new Error('the seeded admin is missing');
  return confluenceModels(site.ctx).spaces.create({
    key,
    name: `Space ${key}`,
    authorId: admin.accountId,
    ...groups,
  });
}

/** A space everyone may read and only site admins may edit. */
export const readOnlySpace = (site: RunningSite, key: string): { id: string } =>
  createSpace(site, key, { readerGroups: ['confluence-users'], editorGroups: ['site-admins'] });
