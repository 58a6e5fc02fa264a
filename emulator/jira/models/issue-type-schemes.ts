import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';
import type { IssueTypeModel } from './issue-types';

export interface IssueTypeSchemeDoc {
  id: string;
  name: string;
  description: string;
  defaultIssueTypeId: string | null;
  /** Ordered issue type ids; ignored for the default scheme, which holds every issue type. */
  issueTypeIds: string[];
  isDefault: boolean;
}

export const DEFAULT_ISSUE_TYPE_SCHEME_ID = '10000';

/** Issue type schemes: which issue types a project offers. */
export class IssueTypeSchemeModel {
  private readonly table: DocTable<IssueTypeSchemeDoc>;

  constructor(
    private readonly ctx: SiteContext,
    private readonly issueTypes: IssueTypeModel,
  ) {
    this.table = new DocTable<IssueTypeSchemeDoc>(ctx.db, 'jira_issue_type_schemes');
  }

  create(
    input: Omit<IssueTypeSchemeDoc, 'id' | 'isDefault'> & { id?: string; isDefault?: boolean },
  ): IssueTypeSchemeDoc {
    const id = input.id ?? String(this.ctx.meta.next('jira:issuetypescheme', 10000));
    return this.table.put({ ...input, id, isDefault: input.isDefault ?? false });
  }

  save(doc: IssueTypeSchemeDoc): IssueTypeSchemeDoc {
    return this.table.put(doc);
  }

  all(): IssueTypeSchemeDoc[] {
    return [...this.table.sharedAll()];
  }

  byId(id: string): IssueTypeSchemeDoc | undefined {
    return this.table.sharedGet(id);
  }

  /** Issue type ids a scheme offers, in order. */
  typeIdsOf(scheme: IssueTypeSchemeDoc): string[] {
    if (scheme.isDefault) return this.issueTypes.all().map((t) => t.id);
    return scheme.issueTypeIds.filter((id) => this.issueTypes.byId(id));
  }
}
