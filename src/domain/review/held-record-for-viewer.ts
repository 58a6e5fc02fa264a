/**
 * A held review's record as one viewer may see it. The record keeps the issues it listed (actions
 * from previous reviews, overdue nonconformities and corrective actions, opportunities, the
 * actions raised from decisions) as the manager who held it saw them; each viewer sees only those
 * they may browse, and a number for the rest (the words: src/ui-contract/review-labels.ts). The
 * record itself is not changed: its seal is checked on what is stored.
 */
import type { ManagementReviewInputs } from './build-management-review-inputs';

interface KeyedDecision {
  readonly actionKey?: string | null | undefined;
}

/** Every issue key a held record names. */
export function heldRecordIssueKeys(
  inputs: ManagementReviewInputs,
  decisions: readonly KeyedDecision[],
): string[] {
  const keys = [
    ...inputs.a.actions.map((a) => a.key),
    ...inputs.d.nonconformities.overdueItems.map((i) => i.key),
    ...inputs.d.correctiveActions.overdueItems.map((i) => i.key),
    ...inputs.e.opportunities.map((o) => o.key),
    ...decisions.flatMap((d) => (d.actionKey ? [d.actionKey] : [])),
  ];
  return [...new Set(keys)];
}

export interface HeldRecordForViewer<D extends KeyedDecision> {
  inputs: ManagementReviewInputs;
  /** The decisions, each with its action's key only when the viewer may browse it. */
  decisions: D[];
  /** How many listed issues were left out (each listing of an issue counts once). */
  hidden: number;
}

/**
 * The record's lists without the issues the viewer cannot browse (`browsable`: the keys they
 * may; none for an export, which has no reader). Counts and entered text stay as recorded.
 */
export function heldRecordForViewer<D extends KeyedDecision>(
  inputs: ManagementReviewInputs,
  decisions: readonly D[],
  browsable: ReadonlySet<string>,
): HeldRecordForViewer<D> {
  let hidden = 0;
  const keep = <T extends { key: string }>(items: readonly T[]): T[] => {
    const shown = items.filter((i) => browsable.has(i.key));
    hidden += items.length - shown.length;
    return shown;
  };
  const trends = (t: ManagementReviewInputs['d']['nonconformities']) => ({
    ...t,
    overdueItems: keep(t.overdueItems),
  });
  const shownInputs: ManagementReviewInputs = {
    ...inputs,
    a: { ...inputs.a, actions: keep(inputs.a.actions) },
    d: {
      ...inputs.d,
      nonconformities: trends(inputs.d.nonconformities),
      correctiveActions: trends(inputs.d.correctiveActions),
    },
    e: { ...inputs.e, opportunities: keep(inputs.e.opportunities) },
  };
  const shownDecisions = decisions.map((d) => {
    if (!d.actionKey || browsable.has(d.actionKey)) return d;
    hidden += 1;
    return { ...d, actionKey: null };
  });
  return { inputs: shownInputs, decisions: shownDecisions, hidden };
}
