import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';

export interface IssueTypeDoc {
  id: string;
  name: string;
  description: string;
  /** -1 subtask, 0 standard, 1 epic. */
  hierarchyLevel: number;
  avatarId: number;
}

/** Issue types (global, company-managed style). */
export class IssueTypeModel {
  private readonly table: DocTable<IssueTypeDoc>;

  constructor(private readonly ctx: SiteContext) {
    this.table = new DocTable<IssueTypeDoc>(ctx.db, 'jira_issue_types');
  }

  create(
    input: Omit<IssueTypeDoc, 'id' | 'avatarId'> & { id?: string; avatarId?: number },
  ): IssueTypeDoc {
    const id = input.id ?? String(this.ctx.meta.next('jira:issuetype', 10000));
    const avatarId = input.avatarId ?? (input.hierarchyLevel < 0 ? 10316 : 10318);
    return this.table.put({ ...input, id, avatarId });
  }

  save(doc: IssueTypeDoc): IssueTypeDoc {
    return this.table.put(doc);
  }

  all(): IssueTypeDoc[] {
    return [...this.table.sharedAll()];
  }

  byId(id: string): IssueTypeDoc | undefined {
    return this.table.sharedGet(id);
  }

  byName(name: string): IssueTypeDoc | undefined {
    const lower = name.toLowerCase();
    return this.table.sharedFind((t) => t.name.toLowerCase() === lower);
  }
}
