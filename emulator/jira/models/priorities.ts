import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';

export interface PriorityDoc {
  id: string;
  name: string;
  description: string;
  statusColor: string;
  isDefault: boolean;
}

export interface ResolutionDoc {
  id: string;
  name: string;
  description: string;
}

/** Priorities and resolutions: small global lists seeded with Jira's standard values. */
export class PriorityModel {
  readonly priorities: DocTable<PriorityDoc>;
  readonly resolutions: DocTable<ResolutionDoc>;

  constructor(ctx: SiteContext) {
    this.priorities = new DocTable<PriorityDoc>(ctx.db, 'jira_priorities');
    this.resolutions = new DocTable<ResolutionDoc>(ctx.db, 'jira_resolutions');
  }

  /** An issue's priority (none when unset or gone). */
  priorityOf(issue: { priorityId: string | null }): PriorityDoc | undefined {
    return issue.priorityId ? this.priorities.sharedGet(issue.priorityId) : undefined;
  }

  /** An issue's resolution (none when unresolved). */
  resolutionOf(issue: { resolutionId: string | null }): ResolutionDoc | undefined {
    return issue.resolutionId ? this.resolutions.sharedGet(issue.resolutionId) : undefined;
  }

  defaultPriority(): PriorityDoc | undefined {
    return this.priorities.sharedFind((p) => p.isDefault);
  }

  findPriority(ref: { id?: string; name?: string }): PriorityDoc | undefined {
    if (ref.id !== undefined) return this.priorities.sharedGet(String(ref.id));
    if (ref.name !== undefined) {
      const lower = ref.name.toLowerCase();
      return this.priorities.sharedFind((p) => p.name.toLowerCase() === lower);
    }
    return undefined;
  }

  /** The resolution a transition into a done status sets ("Done", else the first). */
  doneResolution(): ResolutionDoc | undefined {
    const all = [...this.resolutions.sharedAll()];
    return all.find((r) => r.name === 'Done') ?? all[0];
  }
}
