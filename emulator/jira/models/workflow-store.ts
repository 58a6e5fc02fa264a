import type { SiteContext } from '../../core/context';
import { DocTable } from './doc-table';
import type { SchemeAssociationDoc, WorkflowDoc, WorkflowSchemeDoc } from './workflow-docs';

/** Workflows, workflow schemes and the project → scheme associations. */
export class WorkflowStore {
  readonly workflows: DocTable<WorkflowDoc>;
  readonly schemes: DocTable<WorkflowSchemeDoc>;
  readonly associations: DocTable<SchemeAssociationDoc>;

  constructor(readonly ctx: SiteContext) {
    this.workflows = new DocTable<WorkflowDoc>(ctx.db, 'jira_workflows');
    this.schemes = new DocTable<WorkflowSchemeDoc>(ctx.db, 'jira_workflow_schemes');
    this.associations = new DocTable<SchemeAssociationDoc>(ctx.db, 'jira_workflow_scheme_projects');
  }

  workflowByName(name: string): WorkflowDoc | undefined {
    return this.workflows.all().find((w) => w.name === name);
  }

  /** Case-insensitive, for uniqueness checks. */
  workflowNamed(name: string): WorkflowDoc | undefined {
    const lower = name.toLowerCase();
    return this.workflows.all().find((w) => w.name.toLowerCase() === lower);
  }

  schemeOfProject(projectId: string): WorkflowSchemeDoc | undefined {
    const association = this.associations.get(projectId);
    return association ? this.schemes.get(association.schemeId) : undefined;
  }

  projectsOfScheme(schemeId: string): string[] {
    return this.associations
      .all()
      .filter((a) => a.schemeId === schemeId)
      .map((a) => a.id);
  }
}
