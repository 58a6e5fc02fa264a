import { createHash } from 'node:crypto';
import { appRule } from '../../domain/lifecycle/app-rule';
import type {
  AimsStatusDefinition,
  AimsWorkflowDefinition,
  StatusCategoryKey,
} from '../../jira/aims-schema';
import type { AppIdentity } from './provisioning-context';
import { extensionKey } from './provisioning-context';

/** Module keys in manifest.yml the workflows reference. */
export const RULE_MODULES = {
  validator: 'aims-transition-validator',
  reviewerValidator: 'aims-reviewer-validator',
  condition: 'aims-manager-condition',
  postFunction: 'aims-post-function',
} as const;

const CATEGORY: Record<StatusCategoryKey, 'TODO' | 'IN_PROGRESS' | 'DONE'> = {
  new: 'TODO',
  indeterminate: 'IN_PROGRESS',
  done: 'DONE',
};

/** A stable UUID-shaped status reference per status key, so payloads are reproducible. */
export function statusReference(statusKey: string): string {
  const h = createHash('sha1').update(`aims-status:${statusKey}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface RuleOptions {
  app: AppIdentity;
  managerGroup: string;
  /**
   * The screen (id) a workflow's guarded transitions show: its issue type's screen, so the person
   * enters what the step needs in the transition itself (Jira sets fields sent with a transition
   * only when they are on its screen). Workflows serving several issue types have none.
   */
  transitionScreens?: Partial<Record<AimsWorkflowDefinition['key'], string>>;
  /** The Jira id of the "Effectiveness reviewer" field (custom field), for reviewer-only transitions. */
  reviewerFieldId?: string;
}

/** The workflow status property that makes an issue in the status read-only (Jira's own). */
export const ISSUE_EDITABLE_PROPERTY = 'jira.issue.editable';

/**
 * The expression of a reviewer-only transition: true when the person transitioning is the
 * effectiveness reviewer recorded on the issue (transition screen included), else the refusal.
 */
export function reviewerOnlyExpression(reviewerFieldId: string, transitionName: string): string {
  const message = appRule(
    `"${transitionName}" may be taken only by the effectiveness reviewer recorded on this nonconformity: record yourself as the reviewer only if you reviewed it, or ask the reviewer to close it.`,
  );
  return `issue.${reviewerFieldId}?.accountId == user.accountId ? true : ${JSON.stringify(message)}`;
}

/** Jira's rule giving a transition its screen (bulk workflow API). */
const TRANSITION_SCREEN_RULE = 'system:transition-screen';

/** The `POST /rest/api/3/workflows/create` body for the given workflows, reusing existing statuses by id. */
export function workflowCreatePayload(
  workflows: readonly AimsWorkflowDefinition[],
  existingStatusIds: ReadonlyMap<string, string>,
  options: RuleOptions,
): Record<string, unknown> {
  const statuses = new Map<string, AimsStatusDefinition>();
  for (const wf of workflows) for (const s of wf.statuses) statuses.set(s.key, s);
  return {
    scope: { type: 'GLOBAL' },
    statuses: [...statuses.values()].map((s) => ({
      ...(existingStatusIds.get(s.name) ? { id: existingStatusIds.get(s.name) } : {}),
      name: s.name,
      statusCategory: CATEGORY[s.category],
      statusReference: statusReference(s.key),
      description: '',
    })),
    workflows: workflows.map((wf) => ({
      name: wf.name,
      description: wf.description,
      startPointLayout: { x: 0, y: 0 },
      statuses: wf.statuses.map((s, i) => ({
        statusReference: statusReference(s.key),
        properties: wf.readOnlyStatuses.includes(s.key)
          ? { [ISSUE_EDITABLE_PROPERTY]: 'false' }
          : {},
        layout: { x: 200 * i, y: 0 },
      })),
      transitions: wf.transitions.map((tr, i) => transitionPayload(wf, tr, i, options)),
    })),
  };
}

function validatorsOf(
  tr: AimsWorkflowDefinition['transitions'][number],
  config: string,
  options: RuleOptions,
): Record<string, unknown>[] {
  const rules: Record<string, unknown>[] = [];
  if (tr.validated) {
    rules.push({
      ruleKey: 'forge:expression-validator',
      parameters: { key: extensionKey(options.app, RULE_MODULES.validator), config },
    });
  }
  if (tr.reviewerOnly) {
    if (!options.reviewerFieldId)
      throw new Error(`The transition '${tr.name}' needs the effectiveness reviewer field`);
    rules.push({
      ruleKey: 'forge:expression-validator',
      parameters: {
        key: extensionKey(options.app, RULE_MODULES.reviewerValidator),
        config: JSON.stringify({
          expression: reviewerOnlyExpression(options.reviewerFieldId, tr.name),
        }),
      },
    });
  }
  return rules;
}

function transitionPayload(
  wf: AimsWorkflowDefinition,
  tr: AimsWorkflowDefinition['transitions'][number],
  index: number,
  options: RuleOptions,
): Record<string, unknown> {
  const config = JSON.stringify({ workflow: wf.key, transition: tr.key });
  const screenId = tr.validated ? options.transitionScreens?.[wf.key] : undefined;
  return {
    id: String(index === 0 ? 1 : index * 10 + 1),
    name: tr.name,
    description: '',
    type: tr.from.length === 0 ? 'INITIAL' : 'DIRECTED',
    toStatusReference: statusReference(tr.to),
    links: tr.from.map((from) => ({ fromStatusReference: statusReference(from) })),
    properties: {},
    validators: validatorsOf(tr, config, options),
    conditions: tr.managersOnly
      ? {
          operation: 'ALL',
          conditions: [
            {
              ruleKey: 'forge:expression-condition',
              parameters: {
                key: extensionKey(options.app, RULE_MODULES.condition),
                config: JSON.stringify({ group: options.managerGroup }),
              },
            },
          ],
          conditionGroups: [],
        }
      : { operation: 'ALL', conditions: [], conditionGroups: [] },
    actions: tr.postFunction
      ? [
          {
            ruleKey: 'forge:workflow-post-function',
            parameters: { key: extensionKey(options.app, RULE_MODULES.postFunction), config },
          },
        ]
      : [],
    triggers: [],
    ...(screenId
      ? { transitionScreen: { ruleKey: TRANSITION_SCREEN_RULE, parameters: { screenId } } }
      : {}),
  };
}
