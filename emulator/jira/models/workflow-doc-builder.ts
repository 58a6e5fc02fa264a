import { randomUUID } from 'node:crypto';
import type {
  ConditionGroupPayload,
  RulePayload,
  TransitionPayload,
  WorkflowPayload,
} from './workflow-payloads';
import type { ConditionGroupDoc, RuleDoc, TransitionDoc, WorkflowDoc } from './workflow-docs';

/**
 * The stored form of a workflow payload: status references resolved to status ids, rules stored
 * verbatim with an id (UUID) added when missing, transitions given Jira-style ids when missing.
 */
export function workflowBody(
  wf: WorkflowPayload,
  statusIds: Map<string, string>,
): Pick<
  WorkflowDoc,
  'statuses' | 'transitions' | 'startPointLayout' | 'loopedTransitionContainerLayout'
> {
  return {
    ...layouts(wf),
    statuses: statusLayouts(wf, statusIds),
    transitions: transitionDocs(wf.transitions, statusIds),
  };
}

function layouts(wf: WorkflowPayload): Partial<WorkflowDoc> {
  return {
    ...(wf.startPointLayout ? { startPointLayout: wf.startPointLayout } : {}),
    ...(wf.loopedTransitionContainerLayout
      ? { loopedTransitionContainerLayout: wf.loopedTransitionContainerLayout }
      : {}),
  };
}

const idOf = (ids: Map<string, string>, reference: string): string =>
  ids.get(reference) ?? reference;

function statusLayouts(wf: WorkflowPayload, ids: Map<string, string>): WorkflowDoc['statuses'] {
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
