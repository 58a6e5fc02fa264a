/**
 * WorkflowModel — the in-process API of Jira workflows, for the issue model (J1) and the routes.
 *
 * ```ts
 * const wf = workflowModel(ctx);                       // one per site context
 * wf.workflowFor(projectId, issueTypeId): WorkflowDoc  // scheme mapping → scheme default → `jira`
 * wf.initialStatusId(projectId, issueTypeId): string   // target of the INITIAL transition
 * wf.initialStatus(projectId, issueTypeId): StatusInfo
 * wf.transitionsFrom(projectId, issueTypeId, statusId): TransitionInfo[]
 * wf.status(statusId) / wf.statusById(statusId): StatusInfo | undefined
 * wf.statusCategoryOf(statusId): StatusCategoryInfo | undefined
 * wf.allStatuses(): StatusInfo[];  wf.statusesFor(projectId, issueTypeId): StatusInfo[]
 * ```
 *
 * It implements the issue model's `IssueWorkflowPort` (emulator/jira/models/workflow-port.ts).
 *
 * Resolution of a project + issue type: the project's workflow scheme (PUT
 * /workflowscheme/project) maps the issue type to a workflow name, else the scheme's default
 * workflow; a project without a scheme uses Jira's "Default Workflow Scheme", i.e. the built-in
 * read-only `jira` workflow (To Do → In Progress → Done, all through global transitions 11/21/31,
 * created by transition 1 in To Do), seeded here with the statuses To Do (10000, new), In Progress
 * (3, indeterminate) and Done (10001, done).
 *
 * Transitions from a status: the DIRECTED transitions with a link from that status, and every
 * GLOBAL transition except one into the current status; INITIAL transitions never. Transition ids
 * are Jira's numeric strings. Rules are returned verbatim (with their `id`): `conditions` is the
 * condition group tree flattened to its rules (ANY/ALL grouping is not kept), `validators` as
 * stored, `postFunctions` the transition's `actions`.
 *
 * A project's scheme changes without migrating issues only while it has none (PUT); with issues,
 * the switch task moves them to mapped statuses (workflow-scheme-switch.ts). Issues keep their
 * status when a workflow itself changes; an issue in a status its workflow lacks can still leave
 * it through the workflow's GLOBAL transitions.
 */
import type { SiteContext } from '../../core/context';
import type { WorkflowRule } from '../../core/workflow-rules';
import type { IssueWorkflowPort, StatusInfo, TransitionInfo } from './workflow-port';
import { DEFAULT_WORKFLOW_NAME, defaultWorkflow } from './default-workflow';
import type { StatusCategoryInfo } from './status-categories';
import { categoryByKey } from './status-categories';
import { StatusModel } from './status-model';
import type {
  ConditionGroupDoc,
  RuleDoc,
  StatusDoc,
  TransitionDoc,
  WorkflowDoc,
} from './workflow-docs';
import { WorkflowStore } from './workflow-store';

/** A rule as the Forge rule runner receives it, plus its id. */
export type TransitionRule = WorkflowRule & { id: string };

export class WorkflowModel implements IssueWorkflowPort {
  readonly statuses: StatusModel;
  readonly store: WorkflowStore;

  constructor(readonly ctx: SiteContext) {
    this.statuses = new StatusModel(ctx);
    this.store = new WorkflowStore(ctx);
    if (!this.store.workflowByName(DEFAULT_WORKFLOW_NAME))
      this.store.workflows.put(defaultWorkflow(ctx.now()));
  }

  /** The built-in `jira` workflow. */
  defaultWorkflow(): WorkflowDoc {
    return this.store.workflowByName(DEFAULT_WORKFLOW_NAME) ?? defaultWorkflow(this.ctx.now());
  }

  workflowFor(projectId: string, issueTypeId: string): WorkflowDoc {
    const scheme = this.store.schemeOfProject(projectId);
    const name = scheme
      ? (scheme.issueTypeMappings[issueTypeId] ?? scheme.defaultWorkflow)
      : DEFAULT_WORKFLOW_NAME;
    return this.store.workflowByName(name) ?? this.defaultWorkflow();
  }

  initialStatusId(projectId: string, issueTypeId: string): string {
    const wf = this.workflowFor(projectId, issueTypeId);
    const initial = wf.transitions.find((t) => t.type === 'INITIAL');
    return initial?.toStatusId ?? wf.statuses[0]?.statusId ?? '10000';
  }

  initialStatus(projectId: string, issueTypeId: string): StatusInfo {
    const id = this.initialStatusId(projectId, issueTypeId);
    const info = this.status(id);
    if (!info) throw new Error(`The initial status ${id} of the workflow does not exist`);
    return info;
  }

  status(statusId: string): StatusInfo | undefined {
    const doc = this.statuses.byId(statusId);
    return doc ? statusInfo(doc) : undefined;
  }

  statusById(statusId: string): StatusInfo | undefined {
    return this.status(statusId);
  }

  statusCategoryOf(statusId: string): StatusCategoryInfo | undefined {
    const doc = this.statuses.byId(statusId);
    return doc ? categoryByKey(doc.categoryKey) : undefined;
  }

  allStatuses(): StatusInfo[] {
    return this.statuses.all().map(statusInfo);
  }

  statusesFor(projectId: string, issueTypeId: string): StatusInfo[] {
    return this.workflowFor(projectId, issueTypeId)
      .statuses.map((s) => this.status(s.statusId))
      .filter((s): s is StatusInfo => s !== undefined);
  }

  transitionsFrom(projectId: string, issueTypeId: string, statusId: string): TransitionInfo[] {
    const wf = this.workflowFor(projectId, issueTypeId);
    const workflow = { id: wf.id, name: wf.name };
    return wf.transitions
      .filter((t) => availableFrom(t, statusId))
      .map((t) => ({ ...transitionInfo(t, statusId), workflow }));
  }

  /**
   * Whether issues in the status may be edited: Jira's workflow status property
   * `jira.issue.editable` (or the deprecated `issueEditable`) set to `false` makes them read-only
   * (REST v3 "Get edit issue metadata", conditions 6–7; WorkflowStatus.properties).
   */
  issueEditableIn(projectId: string, issueTypeId: string, statusId: string): boolean {
    const status = this.workflowFor(projectId, issueTypeId).statuses.find(
      (s) => s.statusId === statusId,
    );
    const props = status?.properties ?? {};
    return ![props['jira.issue.editable'], props.issueEditable].some(
      (v) => String(v).toLowerCase() === 'false',
    );
  }

  /** Workflows some project uses: `jira` (projects without a scheme) and those of assigned schemes. */
  activeWorkflowNames(): Set<string> {
    const names = new Set<string>([DEFAULT_WORKFLOW_NAME]);
    const schemeIds = new Set(this.store.associations.all().map((a) => a.schemeId));
    for (const id of schemeIds) {
      const scheme = this.store.schemes.get(id);
      if (!scheme) continue;
      names.add(scheme.defaultWorkflow);
      for (const name of Object.values(scheme.issueTypeMappings)) names.add(name);
    }
    return names;
  }

  /** Statuses of active workflows (what GET /status lists). */
  activeStatusIds(): Set<string> {
    const active = this.activeWorkflowNames();
    const ids = new Set<string>();
    for (const wf of this.store.workflows.all()) {
      if (active.has(wf.name)) for (const s of wf.statuses) ids.add(s.statusId);
    }
    return ids;
  }
}

/** The rule that gives a transition its screen (`parameters.screenId`), as the bulk workflow API documents it. */
export const TRANSITION_SCREEN_RULE = 'system:transition-screen';

function availableFrom(t: TransitionDoc, statusId: string): boolean {
  if (t.type === 'INITIAL') return false;
  if (t.type === 'GLOBAL') return t.toStatusId !== statusId;
  return t.links.some((l) => l.fromStatusId === statusId);
}

const rule = (r: RuleDoc): TransitionRule => ({
  id: r.id,
  ruleKey: r.ruleKey,
  parameters: { ...r.parameters },
});

function flattenConditions(group: ConditionGroupDoc): TransitionRule[] {
  return [...group.conditions.map(rule), ...group.conditionGroups.flatMap(flattenConditions)];
}

function transitionInfo(t: TransitionDoc, fromStatusId: string): TransitionInfo {
  return {
    id: t.id,
    name: t.name,
    toStatusId: t.toStatusId,
    isGlobal: t.type === 'GLOBAL',
    isInitial: false,
    isLooped: t.toStatusId === fromStatusId,
    ...(t.transitionScreen?.ruleKey === TRANSITION_SCREEN_RULE &&
    t.transitionScreen.parameters.screenId
      ? { screenId: t.transitionScreen.parameters.screenId }
      : {}),
    conditions: flattenConditions(t.conditions),
    validators: t.validators.map(rule),
    postFunctions: t.actions.map(rule),
  };
}

export function statusInfo(doc: StatusDoc): StatusInfo {
  const category = categoryByKey(doc.categoryKey);
  return {
    id: doc.id,
    name: doc.name,
    description: doc.description,
    category: {
      id: category.id,
      key: category.key,
      name: category.name,
      colorName: category.colorName,
    },
  };
}

const models = new WeakMap<SiteContext, WorkflowModel>();

/** The workflow model of a site, created once per context (tables and seed on first use). */
export function workflowModel(ctx: SiteContext): WorkflowModel {
  let model = models.get(ctx);
  if (!model) {
    model = new WorkflowModel(ctx);
    models.set(ctx, model);
  }
  return model;
}
