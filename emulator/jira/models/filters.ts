import type { SiteContext } from '../../core/context';
import type { SiteUser } from '../../core/users';
import { DocTable } from './doc-table';
import type { PermissionModel } from './permissions';
import type { ProjectModel } from './projects';

/** Who a saved filter is shared with (the share types the emulator supports). */
export type FilterShare =
  | { type: 'project'; projectId: string }
  | { type: 'group'; groupName: string }
  | { type: 'global' }
  | { type: 'authenticated' };

export interface FilterDoc {
  id: string;
  name: string;
  description: string;
  jql: string;
  ownerAccountId: string;
  shares: FilterShare[];
}

/** Saved filters (`/rest/api/3/filter`): a name, a JQL query, its owner and who it is shared with. */
export class FilterModel {
  private readonly table: DocTable<FilterDoc>;

  constructor(
    private readonly ctx: SiteContext,
    private readonly projects: ProjectModel,
    private readonly permissions: PermissionModel,
  ) {
    this.table = new DocTable<FilterDoc>(ctx.db, 'jira_filters');
  }

  create(input: Omit<FilterDoc, 'id'>): FilterDoc {
    return this.table.put({ ...input, id: String(this.ctx.meta.next('jira:filter', 10000)) });
  }

  save(doc: FilterDoc): FilterDoc {
    return this.table.put(doc);
  }

  byId(id: string): FilterDoc | undefined {
    return this.table.sharedGet(id);
  }

  /** Jira keeps filter names unique per owner. */
  ownedByName(ownerAccountId: string, name: string): FilterDoc | undefined {
    const lower = name.toLowerCase();
    return this.table.sharedFind(
      (f) => f.ownerAccountId === ownerAccountId && f.name.toLowerCase() === lower,
    );
  }

  /** The owner sees a filter, and so does everyone it is shared with. */
  canView(user: SiteUser, filter: FilterDoc): boolean {
    if (filter.ownerAccountId === user.accountId) return true;
    return filter.shares.some((share) => {
      switch (share.type) {
        case 'global':
        case 'authenticated':
          return true;
        case 'group':
          return user.groups.includes(share.groupName);
        case 'project': {
          const project = this.projects.byId(share.projectId);
          return project !== undefined && this.permissions.canBrowse(user, project);
        }
      }
    });
  }

  visibleTo(user: SiteUser): FilterDoc[] {
    return this.table.sharedFilter((f) => this.canView(user, f));
  }
}
