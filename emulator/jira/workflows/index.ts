import type { Router } from 'express';
import type { SiteContext } from '../../core/context';
import { registerStatusRoutes } from './status-routes';
import { workflowModel } from './workflow-model';
import { registerWorkflowApiRoutes } from './workflow-routes';
import { registerWorkflowSchemeRoutes } from './workflow-scheme-routes';

export { WorkflowModel, workflowModel, statusInfo } from './workflow-model';
export type { TransitionRule } from './workflow-model';
export { FORGE_RULE_KEYS, parseExtensionKey } from './forge-rule-keys';
export { STATUS_CATEGORIES } from './status-categories';
export type { StatusCategoryInfo, StatusCategoryKey } from './status-categories';
export { DEFAULT_WORKFLOW_NAME } from './default-workflow';
export type {
  StatusDoc,
  WorkflowDoc,
  TransitionDoc,
  WorkflowSchemeDoc,
  RuleDoc,
} from './workflow-docs';

/**
 * Statuses, status categories, the bulk workflow API and workflow schemes, on the Jira router
 * (mounted at /rest/api/3). The same `workflowModel(ctx)` serves the issue model in-process.
 */
export function registerWorkflowRoutes(router: Router, ctx: SiteContext): void {
  const model = workflowModel(ctx);
  registerStatusRoutes(router, ctx, model);
  registerWorkflowApiRoutes(router, ctx, model);
  registerWorkflowSchemeRoutes(router, ctx, model);
}
