import { randomUUID } from 'node:crypto';
import { JiraError } from '../../core/errors';
import { isForgeRuleKey, parseExtensionKey } from './forge-rule-keys';
import { ProblemList } from './workflow-problems';
import type {
  ConditionGroupPayload,
  RulePayload,
  TransitionPayload,
  WorkflowCreatePayload,
  WorkflowCreateRequest,
  WorkflowStatusUpdate,
  WorkflowUpdatePayload,
  WorkflowUpdateRequest,
} from './workflow-payloads';
import { categoryKeyOfCode } from './status-categories';
import type {
  ConditionGroupDoc,
  RuleDoc,
  StatusDoc,
  TransitionDoc,
  WorkflowDoc,
} from './workflow-docs';
import type { WorkflowModel } from './workflow-model';

/**
 * The bulk workflow API's writes: POST /workflows/create (+ /validation) and /workflows/update.
 * A payload is checked completely first; any problem refuses the whole request (400 with every
 * message) and nothing changes. Statuses in `statuses` with an `id` update that status, without
 * one create a new status (names are unique); `statusReference`s are resolved to status ids.
 * Rules are stored verbatim, with an `id` (UUID) added when missing; a Forge rule
 * (`forge:expression-validator` / `-condition` / `forge:workflow-post-function`) needs
 * `parameters.key` = `ari:cloud:ecosystem::extension/{appId}/{environmentId}/static/{moduleKey}`.
 */

/** A status of the payload: an existing one to update, or one to create. */
interface PlannedStatus {
  payload: WorkflowStatusUpdate;
  existing: StatusDoc | undefined;
}

interface StatusPlan {
  byReference: Map<string, PlannedStatus>;
}

export interface WriteResult {
  statuses: StatusDoc[];
  workflows: WorkflowDoc[];
}

export class WorkflowWriter {
  constructor(private readonly model: WorkflowModel) {}

  /** The problems POST /workflows/create would refuse the payload for. */
  validateCreate(request: WorkflowCreateRequest): ProblemList {
    const problems = new ProblemList();
    if (request.scope.type !== 'GLOBAL') {
      problems.add(
        'SCOPE',
        'UNSUPPORTED_SCOPE',
        'Only GLOBAL (company-managed) workflows are supported by this site.',
      );
    }
    const plan = this.planStatuses(request.statuses, problems);
    const names = new Set<string>();
    for (const wf of request.workflows) {
      const lower = wf.name.toLowerCase();
      if (names.has(lower) || this.model.store.workflowNamed(wf.name)) {
        problems.add(
          'WORKFLOW',
          'DUPLICATE_WORKFLOW_NAME',
          `A workflow with the name '${wf.name}' already exists.`,
        );
      }
      names.add(lower);
      this.checkWorkflowBody(wf, plan, problems);
    }
    return problems;
  }

  create(request: WorkflowCreateRequest): WriteResult {
    const problems = this.validateCreate(request);
    refuse(problems);
    return this.transaction(() => {
      const plan = this.planStatuses(request.statuses, new ProblemList());
      const statusIds = this.saveStatuses(plan);
      const now = this.model.ctx.now().toISOString();
      const workflows = request.workflows.map((wf) =>
        this.model.store.workflows.put({
          id: randomUUID(),
          name: wf.name,
          description: wf.description ?? '',
          isEditable: true,
          ...layouts(wf),
          statuses: statusLayouts(wf, statusIds),
          transitions: transitionDocs(wf.transitions, statusIds),
          version: { id: randomUUID(), versionNumber: 0 },
          created: now,
          updated: now,
        }),
      );
      return { statuses: this.statusesOf(request.statuses, statusIds), workflows };
    });
  }

  /** POST /workflows/update: a stale `version` is 409, as in Jira; other problems 400. */
  update(request: WorkflowUpdateRequest): WriteResult {
    const problems = new ProblemList();
    const plan = this.planStatuses(request.statuses, problems);
    const targets: WorkflowDoc[] = [];
    for (const wf of request.workflows) {
      const current = this.model.store.workflows.get(wf.id);
      if (!current) {
        problems.add(
          'WORKFLOW',
          'WORKFLOW_NOT_FOUND',
          `The workflow with ID '${wf.id}' does not exist.`,
        );
        continue;
      }
      if (!current.isEditable) {
        problems.add(
          'WORKFLOW',
          'WORKFLOW_NOT_EDITABLE',
          `The workflow '${current.name}' is read-only and cannot be edited.`,
        );
      }
      if (
        current.version.id !== wf.version.id ||
        current.version.versionNumber !== wf.version.versionNumber
      ) {
        throw new JiraError(409, [
          `Workflow version and version token must match. The workflow '${current.name}' is at version ${current.version.versionNumber}; read it again and retry.`,
        ]);
      }
      this.checkWorkflowBody(wf, plan, problems);
      targets.push(current);
    }
    refuse(problems);
    return this.transaction(() => {
      const statusIds = this.saveStatuses(plan);
      const now = this.model.ctx.now().toISOString();
      const workflows = request.workflows.map((wf, i) => {
        const current = targets[i] as WorkflowDoc;
        return this.model.store.workflows.put({
          ...current,
          description: wf.description ?? current.description,
          ...layouts(wf),
          statuses: statusLayouts(wf, statusIds),
          transitions: transitionDocs(wf.transitions, statusIds),
          version: { id: current.version.id, versionNumber: current.version.versionNumber + 1 },
          updated: now,
        });
      });
      return { statuses: this.statusesOf(request.statuses, statusIds), workflows };
    });
  }

  private transaction<T>(work: () => T): T {
    return this.model.ctx.db.transaction(work)();
  }

  private planStatuses(statuses: WorkflowStatusUpdate[], problems: ProblemList): StatusPlan {
    const byReference = new Map<string, PlannedStatus>();
    const names = new Map<string, string>();
    for (const s of statuses) {
      const ref = { statusReference: s.statusReference };
      if (byReference.has(s.statusReference)) {
        problems.add(
          'STATUS',
          'DUPLICATE_STATUS_REFERENCE',
          `The status reference '${s.statusReference}' is used more than once.`,
          ref,
        );
      }
      const existing = s.id === undefined ? undefined : this.model.statuses.byId(s.id);
      if (s.id !== undefined && !existing) {
        problems.add(
          'STATUS',
          'STATUS_NOT_FOUND',
          `The status with ID '${s.id}' does not exist.`,
          ref,
        );
      }
      const lower = s.name.toLowerCase();
      const sameName = this.model.statuses.byName(s.name);
      if (names.has(lower) || (sameName && sameName.id !== s.id)) {
        problems.add(
          'STATUS',
          'DUPLICATE_STATUS_NAME',
          `A status with the name '${s.name}' already exists.`,
          ref,
        );
      }
      names.set(lower, s.statusReference);
      byReference.set(s.statusReference, { payload: s, existing });
    }
    return { byReference };
  }

  /** Creates / updates the planned statuses; returns status reference → status id. */
  private saveStatuses(plan: StatusPlan): Map<string, string> {
    const ids = new Map<string, string>();
    for (const [reference, { payload, existing }] of plan.byReference) {
      const fields = {
        name: payload.name,
        description: payload.description ?? existing?.description ?? '',
        categoryKey: categoryKeyOfCode(payload.statusCategory),
      };
      const saved = existing
        ? this.model.statuses.save({ ...existing, ...fields })
        : this.model.statuses.create(fields);
      ids.set(reference, saved.id);
    }
    for (const s of this.model.statuses.all()) if (!ids.has(s.id)) ids.set(s.id, s.id);
    return ids;
  }

  private statusesOf(payload: WorkflowStatusUpdate[], ids: Map<string, string>): StatusDoc[] {
    return payload
      .map((s) => this.model.statuses.byId(ids.get(s.statusReference) ?? ''))
      .filter((s): s is StatusDoc => s !== undefined);
  }

  /** A reference is a status of the payload, or (as Jira returns them) an existing status id. */
  private resolvable(reference: string, plan: StatusPlan): boolean {
    return plan.byReference.has(reference) || this.model.statuses.byId(reference) !== undefined;
  }

  private checkWorkflowBody(
    wf: WorkflowCreatePayload | WorkflowUpdatePayload,
    plan: StatusPlan,
    problems: ProblemList,
  ): void {
    const name = 'name' in wf ? wf.name : wf.id;
    const inWorkflow = new Set<string>();
    for (const s of wf.statuses) {
      const ref = { statusReference: s.statusReference };
      if (!this.resolvable(s.statusReference, plan)) {
        problems.add(
          'STATUS_LAYOUT',
          'UNKNOWN_STATUS_REFERENCE',
          `Workflow '${name}' refers to the unknown status reference '${s.statusReference}'.`,
          ref,
        );
      }
      if (inWorkflow.has(s.statusReference)) {
        problems.add(
          'STATUS_LAYOUT',
          'DUPLICATE_STATUS',
          `Workflow '${name}' lists the status '${s.statusReference}' twice.`,
          ref,
        );
      }
      inWorkflow.add(s.statusReference);
    }
    if (wf.statuses.length === 0)
      problems.add('WORKFLOW', 'NO_STATUSES', `Workflow '${name}' has no statuses.`);
    const initial = wf.transitions.filter((t) => t.type === 'INITIAL');
    if (initial.length !== 1) {
      problems.add(
        'WORKFLOW',
        'INITIAL_TRANSITION',
        `Workflow '${name}' must have exactly one INITIAL transition, found ${initial.length}.`,
      );
    }
    const ids = new Set<string>();
    for (const t of wf.transitions) {
      if (t.id !== undefined) {
        if (ids.has(t.id)) {
          problems.add(
            'TRANSITION',
            'DUPLICATE_TRANSITION_ID',
            `Workflow '${name}' has more than one transition with ID '${t.id}'.`,
            { transitionId: t.id },
          );
        }
        ids.add(t.id);
      }
      checkTransition(name, t, inWorkflow, problems);
    }
  }
}

function checkTransition(
  workflow: string,
  t: TransitionPayload,
  inWorkflow: Set<string>,
  problems: ProblemList,
): void {
  const where = `Transition '${t.name}' of workflow '${workflow}'`;
  const ref = t.id === undefined ? undefined : { transitionId: t.id };
  if (!inWorkflow.has(t.toStatusReference)) {
    problems.add(
      'TRANSITION',
      'UNKNOWN_TARGET_STATUS',
      `${where} goes to '${t.toStatusReference}', which is not a status of the workflow.`,
      ref,
    );
  }
  for (const link of t.links) {
    if (!inWorkflow.has(link.fromStatusReference)) {
      problems.add(
        'TRANSITION',
        'UNKNOWN_SOURCE_STATUS',
        `${where} starts from '${link.fromStatusReference}', which is not a status of the workflow.`,
        ref,
      );
    }
  }
  if (t.type === 'DIRECTED' && t.links.length === 0) {
    problems.add(
      'TRANSITION',
      'DIRECTED_WITHOUT_LINKS',
      `${where} is DIRECTED but has no links (fromStatusReference).`,
      ref,
    );
  }
  if (t.type !== 'DIRECTED' && t.links.length > 0) {
    problems.add(
      'TRANSITION',
      'LINKS_NOT_ALLOWED',
      `${where} is ${t.type} and cannot have links.`,
      ref,
    );
  }
  const rules = [...t.validators, ...t.actions, ...t.triggers, ...conditionRules(t.conditions)];
  for (const rule of rules) checkRule(where, rule, problems, ref);
}

function conditionRules(group: ConditionGroupPayload | undefined): RulePayload[] {
  if (!group) return [];
  return [...(group.conditions ?? []), ...(group.conditionGroups ?? []).flatMap(conditionRules)];
}

function checkRule(
  where: string,
  rule: RulePayload,
  problems: ProblemList,
  ref: { transitionId?: string } | undefined,
): void {
  if (!isForgeRuleKey(rule.ruleKey)) return;
  const key = rule.parameters.key;
  if (key === undefined || !parseExtensionKey(key)) {
    problems.add(
      'RULE',
      'INVALID_FORGE_RULE',
      `${where}: the ${rule.ruleKey} rule needs parameters.key = 'ari:cloud:ecosystem::extension/{appId}/{environmentId}/static/{moduleKey}', got '${key ?? ''}'.`,
      { ...ref, ...(rule.id ? { ruleId: rule.id } : {}) },
    );
  }
}

function refuse(problems: ProblemList): void {
  if (!problems.empty)
    throw new JiraError(
      400,
      problems.items.map((p) => p.message),
    );
}

function layouts(wf: WorkflowCreatePayload | WorkflowUpdatePayload): Partial<WorkflowDoc> {
  return {
    ...(wf.startPointLayout ? { startPointLayout: wf.startPointLayout } : {}),
    ...(wf.loopedTransitionContainerLayout
      ? { loopedTransitionContainerLayout: wf.loopedTransitionContainerLayout }
      : {}),
  };
}

const idOf = (ids: Map<string, string>, reference: string): string =>
  ids.get(reference) ?? reference;

function statusLayouts(
  wf: WorkflowCreatePayload | WorkflowUpdatePayload,
  ids: Map<string, string>,
): WorkflowDoc['statuses'] {
  return wf.statuses.map((s) => ({
    statusId: idOf(ids, s.statusReference),
    properties: s.properties,
    ...(s.layout ? { layout: s.layout } : {}),
    ...(s.approvalConfiguration ? { approvalConfiguration: s.approvalConfiguration } : {}),
  }));
}

const ruleDoc = (r: RulePayload): RuleDoc => ({
  id: r.id ?? randomUUID(),
  ruleKey: r.ruleKey,
  parameters: { ...r.parameters },
});

function conditionGroupDoc(g: ConditionGroupPayload | undefined): ConditionGroupDoc {
  return {
    operation: g?.operation ?? 'ALL',
    conditions: (g?.conditions ?? []).map(ruleDoc),
    conditionGroups: (g?.conditionGroups ?? []).map(conditionGroupDoc),
  };
}

/** Keeps the payload's transition ids; gives the others Jira-style ids (1 for INITIAL, then x1). */
function transitionDocs(
  transitions: TransitionPayload[],
  ids: Map<string, string>,
): TransitionDoc[] {
  const taken = new Set(
    transitions.map((t) => t.id).filter((id): id is string => id !== undefined),
  );
  let next = Math.max(1, ...[...taken].map(Number));
  const nextId = (type: TransitionPayload['type']): string => {
    if (type === 'INITIAL' && !taken.has('1')) {
      taken.add('1');
      return '1';
    }
    do next = (Math.floor(next / 10) + 1) * 10 + 1;
    while (taken.has(String(next)));
    taken.add(String(next));
    return String(next);
  };
  return transitions.map((t) => ({
    id: t.id ?? nextId(t.type),
    name: t.name,
    description: t.description ?? '',
    type: t.type,
    toStatusId: idOf(ids, t.toStatusReference),
    links: t.links.map((l) => ({
      fromStatusId: idOf(ids, l.fromStatusReference),
      ...(l.fromPort === undefined ? {} : { fromPort: l.fromPort }),
      ...(l.toPort === undefined ? {} : { toPort: l.toPort }),
    })),
    conditions: conditionGroupDoc(t.conditions),
    validators: t.validators.map(ruleDoc),
    actions: t.actions.map(ruleDoc),
    triggers: t.triggers.map(ruleDoc),
    properties: t.properties,
    ...(t.transitionScreen ? { transitionScreen: ruleDoc(t.transitionScreen) } : {}),
    ...(t.customIssueEventId ? { customIssueEventId: t.customIssueEventId } : {}),
  }));
}
