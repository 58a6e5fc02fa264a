import type { SiteContext } from '../core/context';
import { SEEDED_USERS } from '../core/users';
import { confluenceModels } from './models/confluence-models';

/** Seeds the Confluence space AIMS with its homepage. Runs once, inside the base seed's transaction. */
export function seedConfluence(ctx: SiteContext): void {
  const { spaces, pages } = confluenceModels(ctx);
  if (spaces.byKey('AIMS')) return;
  const adminId = SEEDED_USERS.find((u) => u.email === 'admin@example.com')?.accountId;
  const admin = adminId ? ctx.users.byAccountId(adminId) : undefined;
  if (!admin) throw new Error('seedConfluence needs the seeded users (ctx.users.seed() first)');
  const space = spaces.create({
    key: 'AIMS',
    name: 'AI Management System',
    authorId: admin.accountId,
    description: 'Documented information of the AI management system (ISO/IEC 42001).',
  });
  const home = pages.create(
    {
      spaceId: space.id,
      title: 'AI Management System',
      parentId: null,
      body: {
        representation: 'storage',
        value:
          '<h1>AI Management System</h1><p>This space holds the documented information of our AI management system: the AI policy, the Statement of Applicability and the management reviews.</p>',
      },
    },
    admin,
  );
  spaces.setHomepage(space.id, home.id);
}
