import { z } from 'zod';
import { JiraError } from '../../core/errors';
import type { SiteUser } from '../../core/users';
import type { TransitionContext } from '../../core/workflow-rules';
import type { ChangeItem } from './changelog';
import { diffIssue } from './change-items';
import type { IssueDoc } from './issue-store';
import type { IssueTypeDoc } from './issue-types';
import type { JiraModels } from './jira-models';
import { cannotBeSet } from './field-values';
import { ISSUE_NOT_VISIBLE } from './permissions';
import type { CommentDoc } from './comments';
import type { ParsedComment } from './comment-input';
import { parseComment } from './comment-input';
import type { ProjectDoc } from './projects';
import type { TransitionInfo } from './workflow-port';

const record = z.record(z.string(), z.unknown());
export const issueInputSchema = z
  .object({
    fields: record.optional(),
    update: record.optional(),
    transition: z
      .object({ id: z.union([z.string(), z.number()]).optional() })
      .loose()
      .optional(),
    properties: z.array(z.object({ key: z.string(), value: z.unknown() })).optional(),
  })
  .loose();
export type IssueInput = z.infer<typeof issueInputSchema>;

const projectRefSchema = z
  .object({ id: z.union([z.string(), z.number()]).optional(), key: z.string().optional() })
  .loose();
const typeRefSchema = z
  .object({ id: z.union([z.string(), z.number()]).optional(), name: z.string().optional() })
  .loose();

/** Parses a request body as IssueUpdateDetails, with Jira's 400 on a malformed body. */
export function parseIssueInput(body: unknown): IssueInput {
  const parsed = issueInputSchema.safeParse(body ?? {});
  if (!parsed.success)
    throw new JiraError(400, [
      'The request body is not a valid issue update: fields and update must be objects.',
    ]);
  return parsed.data;
}

/**
 * Issue lifecycle: create, edit, delete and transition, with validation, permissions, changelog
 * and events. Each change is committed in one SQLite transaction, then its event is published.
 */
export class IssueService {
  constructor(private readonly m: JiraModels) {}

  /** The issue `idOrKey` if the user may see it; else Jira's 404. */
  visibleIssue(user: SiteUser, idOrKey: string): IssueDoc {
    const issue = this.m.store.find(idOrKey);
    if (!issue || !this.m.permissions.canSeeIssue(user, issue))
      throw new JiraError(404, [ISSUE_NOT_VISIBLE]);
    return issue;
  }

  create(actor: SiteUser, input: IssueInput): IssueDoc {
    const { project, issueType } = this.resolveProjectAndType(actor, input.fields ?? {});
    const now = this.m.ctx.now().toISOString();
    const initial = this.m.workflow.initialStatus(project.id, issueType.id);
    const draft: IssueDoc = {
      id: '',
      key: '',
      projectId: project.id,
      issueTypeId: issueType.id,
      statusId: initial.id,
      summary: '',
      description: null,
      assigneeId: null,
      reporterId: actor.accountId,
      creatorId: actor.accountId,
      priorityId: this.m.priorities.defaultPriority()?.id ?? null,
      labels: [],
      created: now,
      updated: now,
      duedate: null,
      resolutionId: null,
      resolutiondate: null,
      statusCategoryChangeDate: now,
      securityLevelId: this.defaultSecurityLevel(project),
      parentId: null,
      custom: {},
    };
    const errors = this.m.input.apply(draft, input.fields ?? {}, input.update ?? {}, {
      project,
      issueType,
      actor,
      mode: 'create',
      screenFieldIds: new Set(this.m.screenSchemes.fieldIdsFor(project.id, issueType.id, 'create')),
    });
    if (!errors.summary && draft.summary.trim() === '')
      errors.summary = 'You must specify a summary of the issue.';
    if (!errors.parent && issueType.hierarchyLevel < 0 && !draft.parentId) {
      errors.parent = 'Issue type is a sub-task but parent issue key or id not specified.';
    }
    if (Object.keys(errors).length) throw new JiraError(400, [], errors);
    const issue = this.m.ctx.db.transaction(() => {
      draft.id = this.m.store.nextId();
      draft.key = this.m.store.nextKey(project.id, project.key);
      this.m.store.put(draft);
      for (const p of input.properties ?? []) this.m.properties.set(draft.id, p.key, p.value);
      return draft;
    })();
    this.m.events.issueCreated(issue, actor);
    return issue;
  }

  /**
   * Whether the issue's status lets it be edited (`jira.issue.editable`); `overrideEditableFlag`
   * counts only for a Jira administrator or an app, as the REST spec says.
   */
  editable(actor: SiteUser, issue: IssueDoc, overrideEditableFlag = false): boolean {
    if (overrideEditableFlag && this.m.permissions.isAdmin(actor)) return true;
    return this.m.workflow.issueEditableIn(issue.projectId, issue.issueTypeId, issue.statusId);
  }

  edit(
    actor: SiteUser,
    issue: IssueDoc,
    input: IssueInput,
    options: { overrideEditableFlag?: boolean } = {},
  ): IssueDoc {
    const { project, issueType } = this.contextOf(issue);
    if (!this.editable(actor, issue, options.overrideEditableFlag)) {
      // A read-only status offers no field to edit (editmeta is empty): every field is refused.
      const keys = [...Object.keys(input.fields ?? {}), ...Object.keys(input.update ?? {})];
      if (keys.length)
        throw new JiraError(400, [], Object.fromEntries(keys.map((k) => [k, cannotBeSet(k)])));
    }
    const draft = clone(issue);
    const errors = this.m.input.apply(draft, input.fields ?? {}, input.update ?? {}, {
      project,
      issueType,
      actor,
      mode: 'edit',
      screenFieldIds: new Set(this.m.screenSchemes.fieldIdsFor(project.id, issueType.id, 'edit')),
    });
    if (!errors.summary && draft.summary.trim() === '')
      errors.summary = 'You must specify a summary of the issue.';
    if (Object.keys(errors).length) throw new JiraError(400, [], errors);
    for (const p of input.properties ?? []) this.m.properties.set(issue.id, p.key, p.value);
    return this.commit(actor, issue, draft);
  }

  delete(actor: SiteUser, issue: IssueDoc, deleteSubtasks: boolean): void {
    if (!this.m.permissions.canDeleteIssue(actor)) {
      throw new JiraError(403, ['You do not have permission to delete issues in this project.']);
    }
    const subtasks = this.m.store
      .childrenOf(issue.id)
      .filter((c) => (this.m.issueTypes.byId(c.issueTypeId)?.hierarchyLevel ?? 0) < 0);
    if (subtasks.length && !deleteSubtasks) {
      throw new JiraError(400, [
        "The issue has subtasks. Set 'deleteSubtasks' to true to delete them as well.",
      ]);
    }
    const doomed = [...subtasks, issue];
    const payloads = doomed.map((i) => this.m.events.issuePayload(i));
    this.m.ctx.db.transaction(() => {
      for (const i of doomed) {
        for (const link of this.m.links.of(i.id)) this.m.links.delete(link.id);
        this.m.comments.deleteFor(i.id);
        this.m.properties.deleteFor(i.id);
        this.m.changelog.deleteFor(i.id);
        this.m.store.delete(i.id);
      }
      for (const child of this.m.store.childrenOf(issue.id))
        this.m.store.put({ ...child, parentId: null });
    })();
    for (const payload of payloads) this.m.events.issueDeleted(payload, actor);
  }

  /** Transitions out of the issue's status whose conditions pass for the user. */
  async availableTransitions(actor: SiteUser, issue: IssueDoc): Promise<TransitionInfo[]> {
    const all = this.m.workflow.transitionsFrom(issue.projectId, issue.issueTypeId, issue.statusId);
    const out: TransitionInfo[] = [];
    for (const t of all) {
      if (
        await this.m.ctx.workflowRules.runner.conditionsAllow(
          this.transitionContext(actor, issue, t, {}),
        )
      )
        out.push(t);
    }
    return out;
  }

  async transition(actor: SiteUser, issue: IssueDoc, input: IssueInput): Promise<void> {
    const id = input.transition?.id;
    if (id === undefined) throw new JiraError(400, ["Missing 'transition' identifier"]);
    const available = await this.availableTransitions(actor, issue);
    const t = available.find((x) => x.id === String(id));
    if (!t)
      throw new JiraError(400, [`Transition id '${String(id)}' is not valid for this issue.`]);
    const { project, issueType } = this.contextOf(issue);
    const draft = clone(issue);
    const { comment: commentOps, ...update } = input.update ?? {};
    const comments = transitionComments(commentOps);
    const errors = this.m.input.apply(draft, input.fields ?? {}, update, {
      project,
      issueType,
      actor,
      mode: 'transition',
      screenFieldIds: new Set(this.transitionScreenFieldIds(t)),
    });
    if (Object.keys(errors).length) throw new JiraError(400, [], errors);
    const target = this.m.workflow.status(t.toStatusId);
    if (!target)
      throw new JiraError(400, [`Transition id '${t.id}' leads to a status that does not exist.`]);
    const changedFields: Record<string, unknown> = { ...(input.fields ?? {}) };
    const updatedKeys = Object.keys(update);
    if (updatedKeys.length) {
      const rendered = this.m.view.render(draft, actor, {
        fields: { base: 'none', include: new Set(updatedKeys), exclude: new Set() },
        expand: new Set(),
      }).fields as Record<string, unknown>;
      for (const key of updatedKeys) changedFields[key] = rendered[key];
    }
    // Forge lists a comment added on the transition among the validator's modifiedFields.
    if (comments.length)
      changedFields.comment = { comments: comments.map((c) => ({ body: c.body })) };
    const tctx = this.transitionContext(actor, issue, t, changedFields);
    const verdict = await this.m.ctx.workflowRules.runner.validate(tctx);
    if (!verdict.ok) throw new JiraError(400, [verdict.errorMessage], {});
    const current = this.m.store.byId(issue.id);
    if (!current) throw new JiraError(404, [ISSUE_NOT_VISIBLE]);
    const before = current;
    const next = { ...clone(current), ...pickChanged(issue, draft) };
    const fromStatus = this.m.workflow.status(before.statusId);
    next.statusId = target.id;
    const now = this.m.ctx.now().toISOString();
    if (target.category.key === 'done') {
      if (!next.resolutionId) next.resolutionId = this.m.priorities.doneResolution()?.id ?? null;
      if (!before.resolutiondate || before.resolutionId !== next.resolutionId)
        next.resolutiondate = now;
    } else {
      next.resolutionId = null;
      next.resolutiondate = null;
    }
    if (fromStatus?.category.key !== target.category.key) next.statusCategoryChangeDate = now;
    this.commit(actor, before, next, 'issue_generic', true);
    for (const c of comments) this.addComment(actor, next, c);
    await this.m.ctx.workflowRules.runner.afterTransition(tctx);
  }

  /** Adds a comment by `actor`, touches the issue's `updated`, publishes `commented`. */
  addComment(actor: SiteUser, issue: IssueDoc, input: ParsedComment): CommentDoc {
    const now = this.m.ctx.now().toISOString();
    const comment = this.m.ctx.db.transaction(() => {
      const c = this.m.comments.put({
        id: this.m.comments.nextId(),
        issueId: issue.id,
        authorId: actor.accountId,
        updateAuthorId: actor.accountId,
        created: now,
        updated: now,
        ...input,
      });
      const current = this.m.store.byId(issue.id) ?? issue;
      this.m.store.put({ ...current, updated: now });
      return c;
    })();
    this.m.events.commented({ ...issue, updated: now }, comment, actor);
    return comment;
  }

  /** Writes `after` (with `updated` set), records the changelog and publishes the update. */
  commit(
    actor: SiteUser,
    before: IssueDoc,
    after: IssueDoc,
    eventName = 'issue_generic',
    force = false,
  ): IssueDoc {
    const items: ChangeItem[] = diffIssue(this.m, before, after);
    if (items.length === 0 && !force) return before;
    const now = this.m.ctx.now().toISOString();
    after.updated = now;
    const entry = this.m.ctx.db.transaction(() => {
      this.m.store.put(after);
      return this.m.changelog.record(after.id, actor.accountId, now, items);
    })();
    if (items.length)
      this.m.events.issueUpdated(
        after,
        actor,
        entry,
        items.some((i) => i.fieldId === 'resolution' && i.to) ? 'issue_resolved' : eventName,
      );
    return after;
  }

  /** The fields of a transition's screen; none when it has no screen (then no field can be set). */
  transitionScreenFieldIds(t: TransitionInfo): string[] {
    const screen = t.screenId ? this.m.screens.byId(t.screenId) : undefined;
    return screen ? this.m.screens.fieldIdsOf(screen) : [];
  }

  transitionContext(
    actor: SiteUser,
    issue: IssueDoc,
    t: TransitionInfo,
    changedFields: Record<string, unknown>,
  ): TransitionContext {
    const project = this.m.projects.byId(issue.projectId);
    return {
      issueId: issue.id,
      issueKey: issue.key,
      projectId: issue.projectId,
      projectKey: project?.key ?? '',
      accountId: actor.accountId,
      transition: {
        id: t.id,
        name: t.name,
        fromStatusId: issue.statusId,
        toStatusId: t.toStatusId,
      },
      conditions: t.conditions,
      validators: t.validators,
      postFunctions: t.postFunctions,
      changedFields,
      ...(t.workflow ? { workflow: t.workflow } : {}),
    };
  }

  contextOf(issue: IssueDoc): { project: ProjectDoc; issueType: IssueTypeDoc } {
    const project = this.m.projects.byId(issue.projectId);
    const issueType = this.m.issueTypes.byId(issue.issueTypeId);
    if (!project || !issueType)
      throw new JiraError(500, [
        'The issue refers to a project or issue type that no longer exists.',
      ]);
    return { project, issueType };
  }

  private resolveProjectAndType(
    actor: SiteUser,
    fields: Record<string, unknown>,
  ): { project: ProjectDoc; issueType: IssueTypeDoc } {
    const errors: Record<string, string> = {};
    let project: ProjectDoc | undefined;
    const p = projectRefSchema.safeParse(fields.project);
    if (fields.project === undefined) errors.project = 'Specify a valid project ID or key';
    else {
      const ref = p.success
        ? p.data.id !== undefined
          ? String(p.data.id)
          : p.data.key
        : undefined;
      project = ref ? this.m.projects.find(ref) : undefined;
      if (!project || !this.m.permissions.canBrowse(actor, project)) {
        project = undefined;
        errors.project = 'Specify a valid project ID or key';
      }
    }
    let issueType: IssueTypeDoc | undefined;
    const t = typeRefSchema.safeParse(fields.issuetype);
    if (fields.issuetype === undefined) errors.issuetype = 'Specify an issue type';
    else if (project) {
      const data = t.success ? t.data : {};
      const found =
        data.id !== undefined
          ? this.m.issueTypes.byId(String(data.id))
          : data.name !== undefined
            ? this.m.issueTypes.byName(data.name)
            : undefined;
      const scheme = this.m.issueTypeSchemes.byId(project.issueTypeSchemeId);
      if (!found || !scheme || !this.m.issueTypeSchemes.typeIdsOf(scheme).includes(found.id)) {
        errors.issuetype = 'Specify a valid issue type';
      } else issueType = found;
    }
    if (!project || !issueType || Object.keys(errors).length) throw new JiraError(400, [], errors);
    return { project, issueType };
  }

  private defaultSecurityLevel(project: ProjectDoc): string | null {
    if (!project.issueSecuritySchemeId) return null;
    return this.m.security.byId(project.issueSecuritySchemeId)?.defaultSecurityLevelId ?? null;
  }
}

function clone(issue: IssueDoc): IssueDoc {
  return JSON.parse(JSON.stringify(issue)) as IssueDoc;
}

/** The properties a draft changed relative to its source (applied onto the freshest copy). */
function pickChanged(source: IssueDoc, draft: IssueDoc): Partial<IssueDoc> {
  const out: Record<string, unknown> = {};
  const s = source as unknown as Record<string, unknown>;
  const d = draft as unknown as Record<string, unknown>;
  for (const key of Object.keys(d)) {
    if (JSON.stringify(s[key]) !== JSON.stringify(d[key])) out[key] = d[key];
  }
  return out as Partial<IssueDoc>;
}

/**
 * `update.comment` of a transition: `[{ add: { body } }]`, as the REST spec's own example sends it.
 * Validated before anything runs; any other verb is Jira's 400.
 */
function transitionComments(ops: unknown): ParsedComment[] {
  if (ops === undefined) return [];
  if (!Array.isArray(ops))
    throw new JiraError(400, [], {
      comment: "Field 'comment': the update must be a list of operations.",
    });
  return ops.map((op: unknown) => {
    const add =
      typeof op === 'object' && op !== null && 'add' in op
        ? (op as { add: unknown }).add
        : undefined;
    if (add === undefined) {
      throw new JiraError(400, [], {
        comment: "Field 'comment' only supports the operation 'add' on a transition.",
      });
    }
    return parseComment(add);
  });
}
