/**
 * Writes AIMS issues and links straight through the emulator's Jira models (no REST, no events),
 * so a bench site of 50 000 issues is built in seconds. The values go through the same field
 * parser a REST create uses (`FieldInputParser.apply`), so the app reads exactly what it would
 * read after `POST /issue`: option ids, ADF, account ids, dates. Only the status, dates and
 * resolution are set directly (a workflow would set them over time).
 */
import type { SiteUser } from '../../emulator/core/users';
import { SEEDED_USERS } from '../../emulator/core/users';
import type { IssueDoc } from '../../emulator/jira/models/issue-store';
import type { IssueTypeDoc } from '../../emulator/jira/models/issue-types';
import type { JiraModels } from '../../emulator/jira/models/jira-models';
import type { ProjectDoc } from '../../emulator/jira/models/projects';
import type { DemoValue } from '../../emulator/seed/demo/demo-jira';
import { jiraValue } from '../../emulator/seed/demo/demo-jira';
import type { DemoLogin } from '../../emulator/seed/demo/demo-rest';
import type { AimsFieldKind } from '../../src/jira/aims-schema/fields';
import { AIMS_FIELDS } from '../../src/jira/aims-schema/fields';
import type { AimsIssueTypeKey } from '../../src/jira/aims-schema/issue-types';
import { AIMS_ISSUE_TYPES } from '../../src/jira/aims-schema/issue-types';
import type { AimsLinkTypeKey } from '../../src/jira/aims-schema/link-types';
import { AIMS_LINK_TYPES } from '../../src/jira/aims-schema/link-types';

export type BenchLogin = DemoLogin;

/** A field value as a person types it: option text, text, a person, a date, a number. */
export type BenchValue = DemoValue;

export interface NewIssue {
  type: AimsIssueTypeKey;
  summary: string;
  /** By the app's logical field key (AIMS_FIELDS). */
  values?: Record<string, BenchValue | undefined>;
  status: string;
  created: Date;
  /** When the issue reached a done status (resolution "Done"). */
  resolved?: Date;
  duedate?: string;
  labels?: string[];
  assignee?: BenchLogin;
  reporter?: BenchLogin;
  securityLevelId?: string;
}

const userOf = (login: BenchLogin): SiteUser => {
  const u = SEEDED_USERS.find((s) => s.email.startsWith(`${login}@`));
  if (!u) throw new Error(`no seeded user ${login}`);
  return { ...u, active: true, timeZone: 'UTC', locale: 'en_US' };
};

/** The provisioned AIMS project as the models hold it, and a writer of issues and links into it. */
export class ModelWriter {
  readonly project: ProjectDoc;
  private readonly types = new Map<AimsIssueTypeKey, IssueTypeDoc>();
  private readonly fields = new Map<string, { id: string; kind: AimsFieldKind }>();
  private readonly linkTypes = new Map<AimsLinkTypeKey, string>();
  private readonly statuses = new Map<string, Map<string, string>>();
  private readonly admin = userOf('admin');
  private readonly doneResolution: string | null;

  constructor(
    readonly m: JiraModels,
    projectKey: string,
  ) {
    const project = m.projects.find(projectKey);
    if (!project) throw new Error(`Project ${projectKey} does not exist: install the app first`);
    this.project = project;
    const allTypes = m.issueTypes.all();
    for (const def of AIMS_ISSUE_TYPES) {
      const type = allTypes.find((t) => t.name === def.defaultName);
      if (!type) throw new Error(`Issue type ${def.defaultName} is not provisioned`);
      this.types.set(def.key, type);
      const byName = new Map(
        m.workflow.statusesFor(project.id, type.id).map((s) => [s.name, s.id] as const),
      );
      this.statuses.set(def.key, byName);
    }
    const customFields = m.customFields.all();
    for (const def of AIMS_FIELDS) {
      const field = customFields.find((f) => f.name === def.name);
      if (!field) throw new Error(`Field ${def.name} is not provisioned`);
      this.fields.set(def.key, { id: field.id, kind: def.kind });
    }
    for (const def of AIMS_LINK_TYPES) {
      const type = m.linkTypes.byName(def.name);
      if (!type) throw new Error(`Link type ${def.name} is not provisioned`);
      this.linkTypes.set(def.key, type.id);
    }
    this.doneResolution = m.priorities.doneResolution()?.id ?? null;
  }

  typeId(type: AimsIssueTypeKey): string {
    const t = this.types.get(type);
    if (!t) throw new Error(`no issue type ${type}`);
    return t.id;
  }

  fieldId(key: string): string {
    const f = this.fields.get(key);
    if (!f) throw new Error(`no field ${key}`);
    return f.id;
  }

  statusId(type: AimsIssueTypeKey, name: string): string {
    const id = this.statuses.get(type)?.get(name);
    if (!id) throw new Error(`no status '${name}' in the workflow of ${type}`);
    return id;
  }

  private restFields(values: NewIssue['values']): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values ?? {})) {
      if (value === undefined) continue;
      const f = this.fields.get(key);
      if (!f) throw new Error(`no field ${key}`);
      out[f.id] = jiraValue(f.kind, value);
    }
    return out;
  }

  /** Creates one issue (call inside `transaction` for speed). */
  create(issue: NewIssue): IssueDoc {
    const type = this.types.get(issue.type);
    if (!type) throw new Error(`no issue type ${issue.type}`);
    const statusId = this.statusId(issue.type, issue.status);
    const done = this.m.workflow.status(statusId)?.category.key === 'done';
    const created = issue.created.toISOString();
    // A done status is resolved (Jira sets the resolution on the way in).
    const resolved = done ? (issue.resolved ?? issue.created).toISOString() : null;
    const reporter = userOf(issue.reporter ?? 'manager');
    const draft: IssueDoc = {
      id: '',
      key: '',
      projectId: this.project.id,
      issueTypeId: type.id,
      statusId,
      summary: '',
      description: null,
      assigneeId: null,
      reporterId: reporter.accountId,
      creatorId: reporter.accountId,
      priorityId: this.m.priorities.defaultPriority()?.id ?? null,
      labels: [],
      created,
      updated: resolved ?? created,
      duedate: null,
      resolutionId: resolved ? this.doneResolution : null,
      resolutiondate: resolved,
      statusCategoryChangeDate: resolved ?? created,
      securityLevelId: issue.securityLevelId ?? null,
      parentId: null,
      custom: {},
    };
    const errors = this.m.input.apply(
      draft,
      {
        summary: issue.summary,
        ...(issue.duedate ? { duedate: issue.duedate } : {}),
        ...(issue.labels ? { labels: issue.labels } : {}),
        ...(issue.assignee ? { assignee: { accountId: userOf(issue.assignee).accountId } } : {}),
        ...this.restFields(issue.values),
      },
      {},
      {
        project: this.project,
        issueType: type,
        actor: this.admin,
        mode: 'create',
        screenFieldIds: new Set(
          this.m.screenSchemes.fieldIdsFor(this.project.id, type.id, 'create'),
        ),
      },
    );
    if (Object.keys(errors).length > 0)
      throw new Error(`${issue.summary}: ${JSON.stringify(errors)}`);
    draft.id = this.m.store.nextId();
    draft.key = this.m.store.nextKey(this.project.id, this.project.key);
    return this.m.store.put(draft);
  }

  /** Sets field values (and optionally the assignee) on an existing issue. */
  edit(issue: IssueDoc, values: NewIssue['values'], assignee?: BenchLogin): IssueDoc {
    const type = this.m.issueTypes.byId(issue.issueTypeId);
    if (!type) throw new Error(`no issue type ${issue.issueTypeId}`);
    const draft = structuredClone(issue);
    const errors = this.m.input.apply(
      draft,
      {
        ...this.restFields(values),
        ...(assignee ? { assignee: { accountId: userOf(assignee).accountId } } : {}),
      },
      {},
      {
        project: this.project,
        issueType: type,
        actor: this.admin,
        mode: 'edit',
        screenFieldIds: new Set(this.m.screenSchemes.fieldIdsFor(this.project.id, type.id, 'edit')),
      },
    );
    if (Object.keys(errors).length > 0) throw new Error(`${issue.key}: ${JSON.stringify(errors)}`);
    return this.m.store.put(draft);
  }

  /** "<source> <outward> <target>" with one of the app's link types. */
  link(type: AimsLinkTypeKey, source: IssueDoc, target: IssueDoc): void {
    const typeId = this.linkTypes.get(type);
    if (!typeId) throw new Error(`no link type ${type}`);
    this.m.links.create({ typeId, sourceId: source.id, destinationId: target.id });
  }

  transaction<T>(work: () => T): T {
    return this.m.ctx.db.transaction(work)();
  }
}
