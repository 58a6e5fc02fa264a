/**
 * The seam between Jira's transition handling and the Forge host: Jira asks the
 * runner which transitions a user may see (conditions), whether a transition may
 * happen (validators) and tells it after a transition (post functions). Without a
 * Forge host every transition is allowed.
 */
export interface WorkflowRule {
  /** The rule's id in its workflow (Jira's `conditionId` / `validatorId`). */
  id?: string;
  ruleKey: string;
  parameters: Record<string, string>;
}

export interface TransitionContext {
  issueId: string;
  issueKey: string;
  projectId: string;
  projectKey: string;
  /** accountId of the user performing (or viewing) the transition. */
  accountId: string;
  transition: {
    id: string;
    name: string;
    fromStatusId: string | null;
    toStatusId: string;
  };
  /** The workflow that holds the transition. */
  workflow?: { id: string; name: string };
  conditions: WorkflowRule[];
  validators: WorkflowRule[];
  postFunctions: WorkflowRule[];
  /** Fields the user sent with the transition (POST /transitions `fields`), already applied to a draft. */
  changedFields: Record<string, unknown>;
}

export type ValidationResult = { ok: true } | { ok: false; errorMessage: string };

export interface WorkflowRuleRunner {
  conditionsAllow(ctx: TransitionContext): Promise<boolean>;
  validate(ctx: TransitionContext): Promise<ValidationResult>;
  afterTransition(ctx: TransitionContext): Promise<void>;
}

export const allowAllRules: WorkflowRuleRunner = {
  conditionsAllow: async () => true,
  validate: async () => ({ ok: true }),
  afterTransition: async () => undefined,
};

/** Mutable holder so the Forge host can install its runner after the site is built. */
export class WorkflowRuleHost {
  runner: WorkflowRuleRunner = allowAllRules;
}
