/** The risk matrix as the admin edits it (texts), and back to the configuration the server checks. */
import { z } from 'zod';
import { MAX_SCALE_LEVELS, MIN_SCALE_LEVELS } from '../../../src/domain/risk/risk-matrix-config';

const levelSchema = z.object({ label: z.string(), description: z.string().optional() });
export const riskMatrixViewSchema = z.object({
  matrix: z.object({
    likelihood: z.array(levelSchema),
    consequence: z.array(levelSchema),
    bands: z.array(
      z.object({ id: z.string(), label: z.string(), minScore: z.number(), maxScore: z.number() }),
    ),
    appetiteBandId: z.string(),
  }),
  isDefault: z.boolean().optional(),
  changedAt: z.string().nullable().optional(),
});
export type RiskMatrixView = z.infer<typeof riskMatrixViewSchema>['matrix'];

export const impactSchema = z.object({
  impact: z.object({ offScaleRisks: z.number(), jql: z.string().nullable() }),
});

export interface MatrixDraft {
  likelihood: string[];
  consequence: string[];
  /** Each band's label and highest score (its lowest follows the band before). */
  bands: { id: string; label: string; maxScore: string }[];
  appetiteBandId: string;
}

export const SCALE_SIZES = Array.from(
  { length: MAX_SCALE_LEVELS - MIN_SCALE_LEVELS + 1 },
  (_v, i) => MIN_SCALE_LEVELS + i,
);

export const draftOfMatrix = (m: RiskMatrixView): MatrixDraft => ({
  likelihood: m.likelihood.map((l) => l.label),
  consequence: m.consequence.map((l) => l.label),
  bands: m.bands.map((b) => ({ id: b.id, label: b.label, maxScore: String(b.maxScore) })),
  appetiteBandId: m.appetiteBandId,
});

/** A scale resized to `size` levels (new levels get an empty label to fill in). */
export const resized = (labels: readonly string[], size: number): string[] =>
  Array.from({ length: size }, (_v, i) => labels[i] ?? '');

/** The configuration the draft stands for (the server checks it; its reasons are shown). */
export function matrixOfDraft(d: MatrixDraft): unknown {
  let min = 1;
  const bands = d.bands.map((b, i) => {
    const last = i === d.bands.length - 1;
    const maxScore = last ? d.likelihood.length * d.consequence.length : Number(b.maxScore);
    const band = { id: b.id, label: b.label, minScore: min, maxScore };
    min = maxScore + 1;
    return band;
  });
  return {
    likelihood: d.likelihood.map((label) => ({ label })),
    consequence: d.consequence.map((label) => ({ label })),
    bands,
    appetiteBandId: d.appetiteBandId,
  };
}
