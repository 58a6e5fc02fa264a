import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';

export interface LinkTypeDoc {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

/** Issue link types (Blocks, Relates …). */
export class LinkTypeModel {
  private readonly table: DocTable<LinkTypeDoc>;

  constructor(private readonly ctx: SiteContext) {
    this.table = new DocTable<LinkTypeDoc>(ctx.db, 'jira_link_types');
  }

  create(input: Omit<LinkTypeDoc, 'id'> & { id?: string }): LinkTypeDoc {
    const id = input.id ?? String(this.ctx.meta.next('jira:linktype', 10000));
    return this.table.put({ ...input, id });
  }

  save(doc: LinkTypeDoc): LinkTypeDoc {
    return this.table.put(doc);
  }

  delete(id: string): boolean {
    return this.table.delete(id);
  }

  all(): LinkTypeDoc[] {
    return [...this.table.sharedAll()];
  }

  byId(id: string): LinkTypeDoc | undefined {
    return this.table.sharedGet(id);
  }

  byName(name: string): LinkTypeDoc | undefined {
    const lower = name.toLowerCase();
    return this.table.sharedFind((t) => t.name.toLowerCase() === lower);
  }
}
