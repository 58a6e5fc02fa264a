import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';
import type { StatusDoc } from './workflow-docs';

/** The statuses every site starts with (ids as on a fresh Jira Cloud site). */
export const SEEDED_STATUSES: readonly StatusDoc[] = [
  { id: '10000', name: 'To Do', description: '', categoryKey: 'new' },
  {
    id: '3',
    name: 'In Progress',
    description: 'This issue is being actively worked on at the moment by the assignee.',
    categoryKey: 'indeterminate',
  },
  { id: '10001', name: 'Done', description: '', categoryKey: 'done' },
];

/** Global statuses; names are unique (case-insensitively). Kept in memory too: every issue read asks. */
export class StatusModel {
  private readonly table: DocTable<StatusDoc>;
  private cache: Map<string, StatusDoc> | undefined;

  constructor(private readonly ctx: SiteContext) {
    this.table = new DocTable<StatusDoc>(ctx.db, 'jira_statuses');
    for (const s of SEEDED_STATUSES) if (!this.table.get(s.id)) this.table.put(s);
  }

  all(): StatusDoc[] {
    if (!this.cache) this.cache = new Map(this.table.all().map((s) => [s.id, s]));
    return [...this.cache.values()];
  }

  byId(id: string): StatusDoc | undefined {
    this.all();
    return this.cache?.get(id);
  }

  byName(name: string): StatusDoc | undefined {
    const lower = name.toLowerCase();
    return this.all().find((s) => s.name.toLowerCase() === lower);
  }

  /** By id, else by name (first match), as `/status/{idOrName}` does. */
  find(idOrName: string): StatusDoc | undefined {
    return this.byId(idOrName) ?? this.byName(idOrName);
  }

  create(input: Omit<StatusDoc, 'id'>): StatusDoc {
    return this.save({ ...input, id: String(this.ctx.meta.next('jira:status', 10001)) });
  }

  save(doc: StatusDoc): StatusDoc {
    this.table.put(doc);
    this.cache = undefined;
    return doc;
  }
}
