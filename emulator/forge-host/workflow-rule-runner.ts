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
} from './jira-expressions/jira-context';
import type { AppRestClient } from './app-rest-client';

type RuleModule = WorkflowRuleModule & { type: WorkflowRuleKind };

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
    readonly failures: { moduleKey: string; message: string }[] = [],
  ) {}

  async conditionsAllow(tc: TransitionContext): Promise<boolean> {
    const rules = this.ownRules(tc.conditions, 'jira:workflowCondition');
    if (rules.length === 0) return true;
    const scope = await this.expressionScope(tc);
    for (const { module, config } of rules) {
      const expression =
        typeof config.expression === 'string' ? config.expression : module.expression;
      if (!expression) continue;
      if (this.evaluate(module.key, expression, { ...scope, config }) !== true) return false;
    }
    return true;
  }

  async validate(tc: TransitionContext): Promise<ValidationResult> {
    const rules = this.ownRules(tc.validators, 'jira:workflowValidator');
    if (rules.length === 0) return { ok: true };
    let scope: Scope | undefined;
    for (const { module, config } of rules) {
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
      const value = this.evaluate(module.key, expression, ruleScope);
      if (value === true) continue;
      if (typeof value === 'string') return { ok: false, errorMessage: value };
      return { ok: false, errorMessage: this.errorMessageOf(module, ruleScope) };
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

  private evaluate(moduleKey: string, expression: string, scope: Scope): unknown {
    try {
      return evaluateExpression(expression, scope);
    } catch (err) {
      // Forge: an expression that fails to evaluate counts as false (and Jira logs it).
      const message = err instanceof Error ? err.message : String(err);
      this.failures.push({ moduleKey, message });
      console.error(`[forge-host] expression of ${moduleKey} failed: ${message}`);
      return false;
    }
  }

  private errorMessageOf(module: RuleModule, scope: Scope): string {
    const m = module.errorMessage;
    if (typeof m === 'string') return m;
    if (m && typeof m.expression === 'string') {
      const v = this.evaluate(module.key, m.expression, scope);
      if (typeof v === 'string' && v) return v;
    }
    return DEFAULT_VALIDATOR_MESSAGE;
  }

  /** `issue` (with transition-screen changes), `originalIssue`, `user`, `project`, `transition`. */
  private async expressionScope(tc: TransitionContext): Promise<Scope> {
    const raw = await this.rest.getJson(`/rest/api/3/issue/${encodeURIComponent(tc.issueKey)}`);
    const fields = (raw.fields ?? {}) as Record<string, unknown>;
    const draft = { ...raw, fields: { ...fields, ...tc.changedFields } };
    const user = this.runtime.site.users.byAccountId(tc.accountId);
    const [from, to] = await Promise.all([
      this.status(tc.transition.fromStatusId),
      this.status(tc.transition.toStatusId),
    ]);
    return {
      issue: issueEntity(draft),
      originalIssue: issueEntity(raw),
      user: user ? siteUserEntity(user) : null,
      project: projectEntity(fields.project as Record<string, unknown> | undefined),
      transition: {
        id: Number(tc.transition.id),
        name: tc.transition.name,
        from,
        to,
        hasScreen: false,
      },
      workflow: null,
      groupOperator: null,
    };
  }

  private async status(id: string | null): Promise<unknown> {
    if (!id) return null;
    try {
      return statusEntity(await this.rest.getJson(`/rest/api/3/status/${encodeURIComponent(id)}`));
    } catch {
      return statusEntity({ id });
    }
  }
}

function parseConfig(config: string | undefined): Record<string, unknown> {
  if (!config) return {};
  try {
    const v: unknown = JSON.parse(config);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
