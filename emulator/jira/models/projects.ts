import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';

export interface ProjectDoc {
  id: string;
  key: string;
  name: string;
  description: string;
  leadAccountId: string;
  projectTypeKey: 'software' | 'business';
  /** Groups holding BROWSE_PROJECTS (and the other everyday project permissions). */
  browseGroups: string[];
  /** Issue security scheme bound to the project, if any. */
  issueSecuritySchemeId: string | null;
  issueTypeSchemeId: string;
  /**
   * `next-gen` for a team-managed project (absent: company-managed, `classic`). Team-managed
   * projects keep their own configuration: no workflow, issue type screen scheme can be assigned.
   */
  style?: 'classic' | 'next-gen';
}

/** Whether a project is company-managed (classic): only those take schemes. */
export function isClassic(project: Pick<ProjectDoc, 'style'>): boolean {
  return project.style !== 'next-gen';
}

/** Jira projects. Keys are upper-case, ids numeric strings. */
export class ProjectModel {
  private readonly table: DocTable<ProjectDoc>;

  constructor(private readonly ctx: SiteContext) {
    this.table = new DocTable<ProjectDoc>(ctx.db, 'jira_projects');
  }

  create(input: Omit<ProjectDoc, 'id'> & { id?: string }): ProjectDoc {
    const id = input.id ?? String(this.ctx.meta.next('jira:project', 10000));
    return this.table.put({ ...input, id });
  }

  save(doc: ProjectDoc): ProjectDoc {
    return this.table.put(doc);
  }

  all(): ProjectDoc[] {
    return [...this.table.sharedAll()];
  }

  byId(id: string): ProjectDoc | undefined {
    return this.table.sharedGet(id);
  }

  /** Finds a project by id or (case-insensitive) key, as `{projectIdOrKey}` paths do. */
  find(idOrKey: string): ProjectDoc | undefined {
    if (/^\d+$/.test(idOrKey)) return this.table.sharedGet(idOrKey);
    const key = idOrKey.toUpperCase();
    return this.table.sharedFind((p) => p.key === key);
  }
}
