import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';

export interface SecurityLevelDoc {
  id: string;
  name: string;
  description: string;
  /** Groups whose members can see issues at this level. */
  groups: string[];
}

export interface SecuritySchemeDoc {
  id: string;
  name: string;
  description: string;
  defaultSecurityLevelId: string | null;
  levels: SecurityLevelDoc[];
}

/** Issue security schemes and their levels. */
export class SecuritySchemeModel {
  private readonly table: DocTable<SecuritySchemeDoc>;

  constructor(private readonly ctx: SiteContext) {
    this.table = new DocTable<SecuritySchemeDoc>(ctx.db, 'jira_security_schemes');
  }

  create(input: {
    name: string;
    description: string;
    levels: Omit<SecurityLevelDoc, 'id'>[];
  }): SecuritySchemeDoc {
    const id = String(this.ctx.meta.next('jira:security-scheme', 10000));
    const levels = input.levels.map((l) => ({
      ...l,
      id: String(this.ctx.meta.next('jira:security-level', 10000)),
    }));
    return this.table.put({
      id,
      name: input.name,
      description: input.description,
      defaultSecurityLevelId: null,
      levels,
    });
  }

  all(): SecuritySchemeDoc[] {
    return [...this.table.sharedAll()];
  }

  byId(id: string): SecuritySchemeDoc | undefined {
    return this.table.sharedGet(id);
  }

  level(levelId: string): { scheme: SecuritySchemeDoc; level: SecurityLevelDoc } | undefined {
    const scheme = this.table.sharedFind((sc) => sc.levels.some((l) => l.id === levelId));
    const level = scheme?.levels.find((l) => l.id === levelId);
    return scheme && level ? { scheme, level } : undefined;
  }
}
