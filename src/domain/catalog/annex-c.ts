/** ISO/IEC 42001:2023 Annex C — organizational objectives and risk sources (names only). */
export interface AnnexCItem {
  /** Namespaced ID, e.g. `ISO42001:C.objective.fairness`. */
  readonly id: string;
  readonly slug: string;
  readonly title: string;
}

const item = (kind: 'objective' | 'risk-source', slug: string, title: string): AnnexCItem => ({
  id: `ISO42001:C.${kind}.${slug}`,
  slug,
  title,
});

export const ANNEX_C_OBJECTIVES: readonly AnnexCItem[] = [
  item('objective', 'accountability', 'Accountability'),
  item('objective', 'ai-expertise', 'AI expertise'),
  item('objective', 'training-and-test-data', 'Availability and quality of training and test data'),
  item('objective', 'environmental-impact', 'Environmental impact'),
  item('objective', 'fairness', 'Fairness'),
  item('objective', 'maintainability', 'Maintainability'),
  item('objective', 'privacy', 'Privacy'),
  item('objective', 'robustness', 'Robustness'),
  item('objective', 'safety', 'Safety'),
  item('objective', 'security', 'Security'),
  item('objective', 'transparency-and-explainability', 'Transparency and explainability'),
];

export const ANNEX_C_RISK_SOURCES: readonly AnnexCItem[] = [
  item('risk-source', 'complexity-of-environment', 'Complexity of environment'),
  item('risk-source', 'lack-of-transparency', 'Lack of transparency and explainability'),
  item('risk-source', 'level-of-automation', 'Level of automation'),
  item('risk-source', 'machine-learning', 'Risk sources related to machine learning'),
  item('risk-source', 'hardware-issues', 'System hardware issues'),
  item('risk-source', 'life-cycle-issues', 'System life cycle issues'),
  item('risk-source', 'technology-readiness', 'Technology readiness'),
];
