import { JiraError } from '../../core/errors';
import { isForgeRuleKey, parseExtensionKey } from './forge-rule-keys';
import type { ProblemList } from './workflow-problems';
import { TRANSITION_SCREEN_RULE } from './workflow-model';
import type {
  ConditionGroupPayload,
  RulePayload,
  TransitionPayload,
  WorkflowPayload,
} from './workflow-payloads';

/**
 * The problems of one workflow of a payload: unknown or repeated statuses, not exactly one
 * INITIAL transition, repeated transition ids, and each transition's own problems.
 */
export function checkWorkflowBody(
  wf: WorkflowPayload,
  isKnownStatus: (reference: string) => boolean,
  problems: ProblemList,
  isKnownScreen: (screenId: string) => boolean,
): void {
  const name = 'name' in wf ? wf.name : wf.id;
  const inWorkflow = new Set<string>();
  for (const s of wf.statuses) {
    const ref = { statusReference: s.statusReference };
    if (!isKnownStatus(s.statusReference)) {
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
    checkTransitionScreen(name, t, problems, isKnownScreen);
  }
}

/** A transition's screen (`system:transition-screen`) must be a screen of the site. */
function checkTransitionScreen(
  workflow: string,
  t: TransitionPayload,
  problems: ProblemList,
  isKnownScreen: (screenId: string) => boolean,
): void {
  const rule = t.transitionScreen;
  if (rule?.ruleKey !== TRANSITION_SCREEN_RULE) return;
  const screenId = rule.parameters.screenId;
  if (screenId !== undefined && isKnownScreen(screenId)) return;
  problems.add(
    'RULE',
    'INVALID_TRANSITION_SCREEN',
    `Transition '${t.name}' of workflow '${workflow}': the screen with ID '${screenId ?? ''}' does not exist.`,
    t.id === undefined ? undefined : { transitionId: t.id },
  );
}

function checkTransition(
  workflow: string,
  t: TransitionPayload,
  inWorkflow: Set<string>,
  problems: ProblemList,
): void {
  const where = `Transition '${t.name}' of workflow '${workflow}'`;
  const ref = t.id === undefined ? undefined : { transitionId: t.id };
  const problem = (code: string, message: string): void =>
    problems.add('TRANSITION', code, `${where} ${message}`, ref);
  if (!inWorkflow.has(t.toStatusReference))
    problem(
      'UNKNOWN_TARGET_STATUS',
      `goes to '${t.toStatusReference}', which is not a status of the workflow.`,
    );
  for (const link of t.links) {
    if (!inWorkflow.has(link.fromStatusReference))
      problem(
        'UNKNOWN_SOURCE_STATUS',
        `starts from '${link.fromStatusReference}', which is not a status of the workflow.`,
      );
  }
  if (t.type === 'DIRECTED' && t.links.length === 0)
    problem('DIRECTED_WITHOUT_LINKS', 'is DIRECTED but has no links (fromStatusReference).');
  if (t.type !== 'DIRECTED' && t.links.length > 0)
    problem('LINKS_NOT_ALLOWED', `is ${t.type} and cannot have links.`);
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

/** Refuses the request (400 with every message) when there is any problem. */
export function refuse(problems: ProblemList): void {
  if (!problems.empty)
    throw new JiraError(
      400,
      problems.items.map((p) => p.message),
    );
}
