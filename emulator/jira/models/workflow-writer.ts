import { randomUUID } from 'node:crypto';
import { JiraError } from '../../core/errors';
import { checkWorkflowBody, refuse } from './workflow-checks';
import { workflowBody } from './workflow-doc-builder';
import { ProblemList } from './workflow-problems';
import type {
  WorkflowCreateRequest,
  WorkflowStatusUpdate,
  WorkflowUpdateRequest,
} from './workflow-payloads';
import { categoryKeyOfCode } from './status-categories';
import type { StatusDoc, WorkflowDoc } from './workflow-docs';
import { jiraModels } from './jira-models';
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
      checkWorkflowBody(
        wf,
        (ref) => this.resolvable(ref, plan),
        problems,
        (id) => this.screenExists(id),
      );
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
          ...workflowBody(wf, statusIds),
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
      checkWorkflowBody(
        wf,
        (ref) => this.resolvable(ref, plan),
        problems,
        (id) => this.screenExists(id),
      );
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
          ...workflowBody(wf, statusIds),
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

  private screenExists(screenId: string): boolean {
    return jiraModels(this.model.ctx).screens.byId(screenId) !== undefined;
  }

  private resolvable(reference: string, plan: StatusPlan): boolean {
    return plan.byReference.has(reference) || this.model.statuses.byId(reference) !== undefined;
  }
}
