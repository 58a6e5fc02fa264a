/** ISO/IEC 42001:2023 Annex C — organizational objectives and risk sources (names only). */
export interface AnnexCItem {
  /** Namespaced ID, e.g. `ISO42001:C.objective.fairness`. */
  readonly id: string;
  readonly slug: string;
  readonly title: string;
}

type AnnexCKind = 'objective' | 'risk-source';

/** Slug and title of each item, by kind (C.2 objectives, C.3 risk sources). */
const ANNEX_C: Record<AnnexCKind, readonly (readonly [string, string])[]> = {
  objective: [
    ['accountability', 'Accountability'],
    ['ai-expertise', 'AI expertise'],
    ['training-and-test-data', 'Availability and quality of training and test data'],
    ['environmental-impact', 'Environmental impact'],
    ['fairness', 'Fairness'],
    ['maintainability', 'Maintainability'],
    ['privacy', 'Privacy'],
    ['robustness', 'Robustness'],
    ['safety', 'Safety'],
    ['security', 'Security'],
    ['transparency-and-explainability', 'Transparency and explainability'],
  ],
  'risk-source': [
    ['complexity-of-environment', 'Complexity of environment'],
    ['lack-of-transparency', 'Lack of transparency and explainability'],
    ['level-of-automation', 'Level of automation'],
    ['machine-learning', 'Risk sources related to machine learning'],
    ['hardware-issues', 'System hardware issues'],
    ['life-cycle-issues', 'System life cycle issues'],
    ['technology-readiness', 'Technology readiness'],
  ],
};

const itemsOf = (kind: AnnexCKind): readonly AnnexCItem[] =>
  ANNEX_C[kind].map(([slug, title]) => ({ id: `ISO42001:C.${kind}.${slug}`, slug, title }));

export const ANNEX_C_OBJECTIVES: readonly AnnexCItem[] = itemsOf('objective');

export const ANNEX_C_RISK_SOURCES: readonly AnnexCItem[] = itemsOf('risk-source');
