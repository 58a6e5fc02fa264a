import { AIMS_REQUIREMENTS } from '../../../../src/domain/catalog';
import type { GapAssessment, GapItem } from '../../../../src/domain/gap-analysis';

export const EVIDENCE = [{ url: 'https://wiki.example.com/evidence', label: 'Evidence' }];

export const conformant: GapItem = { status: 'conformant', evidence: EVIDENCE };
export const partly: GapItem = { status: 'partly', gap: 'Half done', evidence: [] };
export const notStarted: GapItem = { status: 'not-started', gap: 'Nothing yet', evidence: [] };
export const notApplicable: GapItem = {
  status: 'not-applicable',
  justification: 'We do not develop AI systems',
  evidence: [],
};

export function emptyAssessment(id = 'ga-2026-q3'): GapAssessment {
  return { id, title: `Gap analysis ${id}`, startedOn: '2026-07-01', items: {}, gapIssues: {} };
}

/** Every requirement assessed with `item`, except the overrides. */
export function fullAssessment(
  item: GapItem,
  overrides: Record<string, GapItem> = {},
  id?: string,
): GapAssessment {
  const items = Object.fromEntries(AIMS_REQUIREMENTS.map((r) => [r.ref, overrides[r.ref] ?? item]));
  return { ...emptyAssessment(id), items };
}
