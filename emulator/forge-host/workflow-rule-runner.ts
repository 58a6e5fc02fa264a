import crypto from 'node:crypto';
import { z } from 'zod';
import type {
  TransitionContext,
  ValidationResult,
  WorkflowRule,
  WorkflowRuleRunner,
} from '../core/workflow-rules';
import { moduleKeyOfExtensionAri } from './app-identity';
import type { AppRuntime } from './app-runtime';
import type { WorkflowRuleKind, WorkflowRuleModule } from './manifest';
import type { PendingWork } from './pending-work';
import { evaluateExpression } from './jira-expressions/evaluate';
import type { Scope } from './jira-expressions/evaluate';
import {
  issueEntity,
  projectEntity,
  siteUserEntity,
  statusEntity,
  transitionEntity,
  workflowEntity,
} from './jira-expressions/jira-context';
import { typeOf } from './jira-expressions/values';
import type { AppRestClient } from './app-rest-client';

type RuleModule = WorkflowRuleModule & { type: WorkflowRuleKind };

/** A workflow rule failure: an expression that failed or a function validator that threw. */
export interface RuleFailure {
  moduleKey: string;
  message: string;
  /** For a failed expression: the `avi:jira:failed:expression` payload Jira sends about it. */
  event?: FailedExpressionPayload;
}

/**
 * The documented payload of `avi:jira:failed:expression` (Forge events reference, Jira, "Expression
 * evaluation failed"), without the `eventType`, `selfGenerated` and `context` every delivery adds.
 */
export interface FailedExpressionPayload {
  extensionId: string;
  workflowId: string;
  workflowName: string;
  conditionId?: string;
  validatorId?: string;
  expression: string;
  errorMessages: string[];
}

export const FAILED_EXPRESSION_EVENT = 'avi:jira:failed:expression';

/** Scopes the event needs (classic, or the granular set): Forge events reference, Jira. */
const FAILED_EXPRESSION_SCOPES = [
  ['manage:jira-configuration'],
  ['read:workflow:jira', 'read:issue:jira', 'read:project:jira'],
];

/** One expression rule being evaluated: which module, which rule of which transition. */
interface ExpressionRun {
  module: RuleModule;
  rule: WorkflowRule;
  tc: TransitionContext;
  expression: string;
}

const validatorResult = z.looseObject({ result: z.boolean(), errorMessage: z.string().optional() });

/** Jira's message when a validator refuses without saying why. */
const DEFAULT_VALIDATOR_MESSAGE = 'The transition was refused by a workflow validator.';

/**
 * Runs the app's Forge workflow rules attached to a transition (ruleKey `forge:*`, parameters.key =
 * the module's extension ARI): expression conditions hide transitions, validators (function or
 * expression) refuse them with their message, post functions run after the transition. Rules run
 * with the app's permissions; expression data is loaded from Jira REST as the app.
 */
export class ForgeWorkflowRules implements WorkflowRuleRunner {
  constructor(
    private readonly runtime: AppRuntime,
    private readonly rest: AppRestClient,
    private readonly pending: PendingWork,
    readonly failures: RuleFailure[] = [],
    /** Delivers `avi:jira:failed:expression` to the app's triggers (they filter by event type). */
    private readonly sendFailedExpression: (payload: FailedExpressionPayload) => void = () =>
      undefined,
  ) {}

  /**
   * Conditions are true only when their expression evaluates to `true`; an expression that fails
   * or returns anything but a Boolean is false, and Jira sends `avi:jira:failed:expression`
   * (Forge docs: jira-workflow-condition, "Condition based on a Jira expression").
   */
  async conditionsAllow(tc: TransitionContext): Promise<boolean> {
    const rules = this.ownRules(tc.conditions, 'jira:workflowCondition');
    if (rules.length === 0) return true;
    const scope = await this.expressionScope(tc);
    for (const { module, config, rule } of rules) {
      const expression =
        typeof config.expression === 'string' ? config.expression : module.expression;
      if (!expression) continue;
      const run = { module, rule, tc, expression };
      const value = this.evaluate(run, { ...scope, config });
      if (value === FAILED) return false;
      if (typeof value !== 'boolean') {
        this.expressionFailed(run, [`The expression must return a Boolean, got ${typeOf(value)}`]);
        return false;
      }
      if (!value) return false;
    }
    return true;
  }

  async validate(tc: TransitionContext): Promise<ValidationResult> {
    const rules = this.ownRules(tc.validators, 'jira:workflowValidator');
    if (rules.length === 0) return { ok: true };
    let scope: Scope | undefined;
    for (const { module, config, rule } of rules) {
      const expression =
        typeof config.expression === 'string' ? config.expression : module.expression;
      if (module.function && !expression) {
        const verdict = await this.runFunctionValidator(module, config, tc);
        if (!verdict.ok) return verdict;
        continue;
      }
      if (!expression) continue;
      scope ??= await this.expressionScope(tc);
      const ruleScope = { ...scope, config };
      const run = { module, rule, tc, expression };
      const value = this.evaluate(run, ruleScope);
      if (value === true) continue;
      if (typeof value === 'string') return { ok: false, errorMessage: value };
      if (value !== false && value !== FAILED) {
        this.expressionFailed(run, [
          `The expression must return a Boolean or a String, got ${typeOf(value)}`,
        ]);
      }
      return { ok: false, errorMessage: this.errorMessageOf(run, ruleScope) };
    }
    return { ok: true };
  }

  async afterTransition(tc: TransitionContext): Promise<void> {
    const executionId = crypto.randomUUID();
    for (const { module, config, rule } of this.ownRules(
      tc.postFunctions,
      'jira:workflowPostFunction',
    )) {
      if (!module.function) continue;
      const functionKey = module.function;
      const payload = {
        issue: { id: tc.issueId, key: tc.issueKey },
        transition: {
          id: Number(tc.transition.id),
          name: tc.transition.name,
          from: { id: tc.transition.fromStatusId },
          to: { id: tc.transition.toStatusId },
          executionId,
        },
        atlassianId: tc.accountId,
        configuration: config,
        postFunction: { id: rule.parameters.id ?? null },
        context: { cloudId: this.runtime.identity.cloudId, moduleKey: module.key },
      };
      // Forge runs post functions after the transition, asynchronously (as an event).
      this.pending.track(
        this.runtime
          .invoke(
            functionKey,
            [payload, { principal: undefined, installContext: this.runtime.installContext }],
            { moduleKey: module.key },
          )
          .catch((err: unknown) => {
            const message = err instanceof Error ? err.message : String(err);
            this.failures.push({ moduleKey: module.key, message });
            console.error(`[forge-host] post function ${module.key} failed: ${message}`);
          }),
      );
    }
  }

  private ownRules(
    rules: WorkflowRule[],
    type: WorkflowRuleKind,
  ): { module: RuleModule; config: Record<string, unknown>; rule: WorkflowRule }[] {
    const out: { module: RuleModule; config: Record<string, unknown>; rule: WorkflowRule }[] = [];
    for (const rule of rules) {
      if (!rule.ruleKey.startsWith('forge:') || rule.parameters.disabled === 'true') continue;
      const moduleKey = moduleKeyOfExtensionAri(this.runtime.identity, rule.parameters.key ?? '');
      const module = moduleKey ? this.runtime.manifest.workflowRules.get(moduleKey) : undefined;
      if (!module || module.type !== type) continue;
      out.push({ module, config: parseConfig(rule.parameters.config), rule });
    }
    return out;
  }

  private async runFunctionValidator(
    module: RuleModule,
    config: Record<string, unknown>,
    tc: TransitionContext,
  ): Promise<ValidationResult> {
    const payload = {
      issue: { key: tc.issueKey },
      configuration: config,
      transition: {
        from: { id: tc.transition.fromStatusId },
        to: { id: tc.transition.toStatusId },
        modifiedFields: tc.changedFields,
      },
      context: { cloudId: this.runtime.identity.cloudId, moduleKey: module.key },
    };
    try {
      const result = await this.runtime.invoke(
        module.function ?? '',
        [payload, { principal: undefined, installContext: this.runtime.installContext }],
        { moduleKey: module.key },
      );
      const parsed = validatorResult.safeParse(result);
      if (!parsed.success) {
        this.failures.push({
          moduleKey: module.key,
          message: 'validator returned no {result, errorMessage}',
        });
        return { ok: false, errorMessage: DEFAULT_VALIDATOR_MESSAGE };
      }
      return parsed.data.result
        ? { ok: true }
        : { ok: false, errorMessage: parsed.data.errorMessage ?? DEFAULT_VALIDATOR_MESSAGE };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.failures.push({ moduleKey: module.key, message });
      console.error(`[forge-host] validator ${module.key} failed: ${message}`);
      return { ok: false, errorMessage: DEFAULT_VALIDATOR_MESSAGE };
    }
  }

  /** The expression's value, or FAILED when it could not be evaluated (reported as Jira does). */
  private evaluate(run: ExpressionRun, scope: Scope): unknown {
    try {
      return evaluateExpression(run.expression, scope);
    } catch (err) {
      this.expressionFailed(run, [err instanceof Error ? err.message : String(err)]);
      return FAILED;
    }
  }

  /**
   * Records a failed expression and sends `avi:jira:failed:expression` (only to this app, and only
   * when it holds the event's scopes), with the documented payload.
   */
  private expressionFailed(run: ExpressionRun, errorMessages: string[]): void {
    const isCondition = run.module.type === 'jira:workflowCondition';
    const event: FailedExpressionPayload = {
      extensionId: run.rule.parameters.key ?? '',
      workflowId: run.tc.workflow?.id ?? '',
      workflowName: run.tc.workflow?.name ?? '',
      ...(isCondition ? { conditionId: run.rule.id ?? '' } : { validatorId: run.rule.id ?? '' }),
      expression: run.expression,
      errorMessages,
    };
    const message = errorMessages.join('; ');
    this.failures.push({ moduleKey: run.module.key, message, event });
    console.error(`[forge-host] expression of ${run.module.key} failed: ${message}`);
    const granted = new Set(this.runtime.manifest.scopes.map((s) => s.key));
    if (FAILED_EXPRESSION_SCOPES.some((set) => set.every((s) => granted.has(s))))
      this.sendFailedExpression(event);
  }

  private errorMessageOf(run: ExpressionRun, scope: Scope): string {
    const m = run.module.errorMessage;
    if (typeof m === 'string') return m;
    if (m && typeof m.expression === 'string') {
      const v = this.evaluate({ ...run, expression: m.expression }, scope);
      if (typeof v === 'string' && v) return v;
    }
    return DEFAULT_VALIDATOR_MESSAGE;
  }

  /** `issue` (with transition-screen changes), `originalIssue`, `user`, `project`, `transition`. */
  private async expressionScope(tc: TransitionContext): Promise<Scope> {
    const raw = await this.rest.getJson(`/rest/api/3/issue/${encodeURIComponent(tc.issueKey)}`);
    const fields = (raw.fields ?? {}) as Record<string, unknown>;
    const draft = { ...raw, fields: { ...fields, ...tc.changedFields } };
    const users = this.runtime.site.users;
    const user = users.byAccountId(tc.accountId);
    const groupsOf = (accountId: string): readonly string[] | undefined =>
      users.byAccountId(accountId)?.groups;
    const [from, to] = await Promise.all([
      this.status(tc.transition.fromStatusId),
      this.status(tc.transition.toStatusId),
    ]);
    return {
      issue: issueEntity(draft, groupsOf),
      originalIssue: issueEntity(raw, groupsOf),
      user: user ? siteUserEntity(user) : null,
      project: projectEntity(fields.project as Record<string, unknown> | undefined),
      transition: transitionEntity({
        id: Number(tc.transition.id),
        name: tc.transition.name,
        from,
        to,
        hasScreen: false,
      }),
      workflow: workflowEntity(tc.workflow),
      groupOperator: null,
    };
  }

  private async status(id: string | null): Promise<ReturnType<typeof statusEntity>> {
    if (!id) return null;
    try {
      return statusEntity(await this.rest.getJson(`/rest/api/3/status/${encodeURIComponent(id)}`));
    } catch {
      return statusEntity({ id });
    }
  }
}

/** The evaluation failed (already reported); distinct from every expression value. */
const FAILED = Symbol('expression failed');

function parseConfig(config: string | undefined): Record<string, unknown> {
  if (!config) return {};
  try {
    const v: unknown = JSON.parse(config);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
