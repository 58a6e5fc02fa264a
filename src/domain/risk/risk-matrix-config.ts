/**
 * Configuration of the risk matrix used for AI risk assessment (clause 6.1.2: criteria that
 * give consistent, valid and comparable results).
 *
 * Design:
 * - two scales, likelihood and consequence, each 3 to 5 levels long; level numbers start at 1
 *   (the first entry of a scale is level 1, the lowest);
 * - score = likelihood × consequence, so a 5×5 matrix scores 1..25;
 * - bands (e.g. low / medium / high / critical) are listed from least to most severe, each
 *   covering a range of scores; together they cover 1..(max likelihood × max consequence)
 *   with no gap and no overlap, and every band holds at least one cell of the matrix;
 * - the risk appetite is the ID of the most severe band the organization accepts without
 *   an explicit, recorded acceptance.
 */
import { z } from 'zod';
import { SLUG_PATTERN } from '../records/record-fields';

export const MIN_SCALE_LEVELS = 3;
export const MAX_SCALE_LEVELS = 5;

export const scaleLevelSchema = z.object(
  {
    label: z
      .string({ error: 'Each scale level needs a label' })
      .trim()
      .min(1, { error: 'Each scale level needs a label' })
      .max(60, { error: 'A scale level label must be at most 60 characters' }),
    description: z.string({ error: 'A scale level description must be text' }).trim().optional(),
  },
  { error: 'Each scale level needs a label' },
);
export type ScaleLevel = z.infer<typeof scaleLevelSchema>;

const scale = (name: string) =>
  z
    .array(scaleLevelSchema, { error: `The ${name} scale must be a list of levels` })
    .superRefine((levels, ctx) => {
      if (levels.length < MIN_SCALE_LEVELS || levels.length > MAX_SCALE_LEVELS) {
        ctx.addIssue({
          code: 'custom',
          message: `The ${name} scale must have ${MIN_SCALE_LEVELS} to ${MAX_SCALE_LEVELS} levels; it has ${levels.length}`,
        });
      }
      const labels = levels.map((l) => l.label.toLowerCase());
      if (new Set(labels).size !== labels.length) {
        ctx.addIssue({
          code: 'custom',
          message: `Each level of the ${name} scale needs its own label`,
        });
      }
    });

const score = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(1, { error: `${label} must be at least 1` });

export const riskBandSchema = z
  .object(
    {
      id: z.string({ error: 'Each risk level needs an ID' }).regex(SLUG_PATTERN, {
        error: 'A risk level ID must be lower-case letters, digits and dashes, like "high"',
      }),
      label: z
        .string({ error: 'Each risk level needs a label' })
        .trim()
        .min(1, { error: 'Each risk level needs a label' }),
      minScore: score('The lowest score of a risk level'),
      maxScore: score('The highest score of a risk level'),
    },
    { error: 'Each risk level needs an ID, a label and a score range' },
  )
  .superRefine((band, ctx) => {
    if (band.maxScore < band.minScore) {
      ctx.addIssue({
        code: 'custom',
        message: `Risk level "${band.label}" ends (${band.maxScore}) before it starts (${band.minScore})`,
      });
    }
  });
export type RiskBand = z.infer<typeof riskBandSchema>;

/** Every score a cell of a likelihood × consequence matrix can take. */
export const achievableScores = (
  likelihoodLevels: number,
  consequenceLevels: number,
): Set<number> => {
  const scores = new Set<number>();
  for (let l = 1; l <= likelihoodLevels; l++) {
    for (let c = 1; c <= consequenceLevels; c++) scores.add(l * c);
  }
  return scores;
};

export const riskMatrixConfigSchema = z
  .object(
    {
      likelihood: scale('likelihood'),
      consequence: scale('consequence'),
      bands: z
        .array(riskBandSchema, { error: 'The risk levels must be a list' })
        .min(1, { error: 'Define at least one risk level' }),
      appetiteBandId: z.string({
        error: 'The risk appetite (highest acceptable level) is required',
      }),
    },
    { error: 'The risk matrix configuration must be an object' },
  )
  .superRefine((config, ctx) => {
    const ids = config.bands.map((b) => b.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['bands'],
        message: 'Each risk level needs its own ID',
      });
    }
    const top = config.likelihood.length * config.consequence.length;
    const first = config.bands[0];
    if (first && first.minScore !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['bands'],
        message: `The lowest risk level must start at score 1, not ${first.minScore}`,
      });
    }
    const last = config.bands[config.bands.length - 1];
    if (last && last.maxScore !== top) {
      ctx.addIssue({
        code: 'custom',
        path: ['bands'],
        message: `The highest risk level must end at score ${top} (${config.likelihood.length} × ${config.consequence.length}), not ${last.maxScore}`,
      });
    }
    config.bands.forEach((band, i) => {
      const previous = config.bands[i - 1];
      if (previous && band.minScore !== previous.maxScore + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands'],
          message:
            band.minScore <= previous.maxScore
              ? `Risk levels "${previous.label}" and "${band.label}" overlap: list them from least to most severe with no shared scores`
              : `There is a gap between risk levels "${previous.label}" and "${band.label}": scores ${previous.maxScore + 1} to ${band.minScore - 1} have no level`,
        });
      }
    });
    const scores = achievableScores(config.likelihood.length, config.consequence.length);
    for (const band of config.bands) {
      const holdsACell = [...scores].some((s) => s >= band.minScore && s <= band.maxScore);
      if (band.minScore <= band.maxScore && band.maxScore <= top && !holdsACell) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands'],
          message: `Risk level "${band.label}" (scores ${band.minScore} to ${band.maxScore}) holds no cell of the matrix`,
        });
      }
    }
    if (!ids.includes(config.appetiteBandId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['appetiteBandId'],
        message: `The risk appetite "${config.appetiteBandId}" is not one of the risk levels (${ids.join(', ')})`,
      });
    }
  })
  .brand<'RiskMatrixConfig'>();

/** A validated risk matrix configuration (only `parseRiskMatrixConfig` makes one). */
export type RiskMatrixConfig = z.infer<typeof riskMatrixConfigSchema>;
/** The configuration as written (before validation). */
export type RiskMatrixConfigInput = z.input<typeof riskMatrixConfigSchema>;
