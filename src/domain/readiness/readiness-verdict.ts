/**
 * A readiness item's verdict, as the certification readiness report shows it: pass (an auditor
 * finds what they look for), attention (there, but something needs doing before the audit) or
 * fail (missing, or a finding the audit would raise), with the reasons in plain words.
 */
export const READINESS_VERDICTS = ['pass', 'attention', 'fail'] as const;
export type ReadinessVerdict = (typeof READINESS_VERDICTS)[number];

export interface ReadinessJudgement {
  verdict: ReadinessVerdict;
  /** Why, one sentence each; the first one is the headline. */
  reasons: string[];
}

export const pass = (...reasons: string[]): ReadinessJudgement => ({ verdict: 'pass', reasons });
export const attention = (...reasons: string[]): ReadinessJudgement => ({
  verdict: 'attention',
  reasons,
});
export const fail = (...reasons: string[]): ReadinessJudgement => ({ verdict: 'fail', reasons });

const RANK: Record<ReadinessVerdict, number> = { pass: 0, attention: 1, fail: 2 };

/** The worst of some verdicts (an empty list passes). */
export function worstVerdict(verdicts: readonly ReadinessVerdict[]): ReadinessVerdict {
  return verdicts.reduce<ReadinessVerdict>((w, v) => (RANK[v] > RANK[w] ? v : w), 'pass');
}

/** How many items have each verdict. */
export function verdictCounts(
  verdicts: readonly ReadinessVerdict[],
): Record<ReadinessVerdict, number> {
  const counts = { pass: 0, attention: 0, fail: 0 };
  for (const v of verdicts) counts[v] += 1;
  return counts;
}

/** "1 nonconformity", "2 nonconformities" */
export const plural = (n: number, one: string, many: string): string =>
  `${n} ${n === 1 ? one : many}`;
