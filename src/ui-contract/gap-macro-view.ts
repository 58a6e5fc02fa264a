/**
 * What the gap analysis macro shows (built by src/macros/gap-analysis/gap-view.ts; the export
 * prints the same view): the current assessment with its readiness, the comparison with the
 * previous completed one, the list of completed assessments and what the viewer may do.
 */
import { z } from 'zod';
import { gapAssessmentSchema } from '../domain/gap-analysis/gap-assessment';
import { completedGapRefSchema } from '../domain/gap-analysis/gap-page-record';
import { list } from './wire-shapes';

export const readinessCountsSchema = z.object({
  conformant: z.number(),
  partly: z.number(),
  notStarted: z.number(),
  notApplicable: z.number(),
  unassessed: z.number(),
  applicable: z.number(),
  score: z.number().nullable(),
});

export const gapReadinessSchema = z.object({
  groups: list(
    readinessCountsSchema.extend({ group: z.string(), title: z.string(), annexA: z.boolean() }),
  ),
  clauses: readinessCountsSchema,
  annexA: readinessCountsSchema,
  overall: readinessCountsSchema,
});

const gapStatusOrNone = z
  .enum(['not-started', 'partly', 'conformant', 'not-applicable'])
  .nullable();

export const gapComparisonSchema = z.object({
  previous: completedGapRefSchema,
  changes: list(
    z.object({
      ref: z.string(),
      title: z.string(),
      from: gapStatusOrNone,
      to: gapStatusOrNone,
      direction: z.enum(['improved', 'regressed', 'changed']),
    }),
  ),
  improved: z.number(),
  regressed: z.number(),
  groups: list(
    z.object({
      group: z.string(),
      title: z.string(),
      previous: z.number().nullable(),
      current: z.number().nullable(),
    }),
  ),
  overall: z.object({ previous: z.number().nullable(), current: z.number().nullable() }),
});
export type GapComparisonView = z.infer<typeof gapComparisonSchema>;

const blockersSchema = list(z.string());

export const gapMacroViewSchema = z.object({
  page: z.object({ id: z.string(), title: z.string() }),
  current: gapAssessmentSchema.nullable(),
  /** For a completed assessment: whether its content is still what was completed. */
  completedIntact: z.boolean().nullable(),
  completedByName: z.string().nullable(),
  readiness: gapReadinessSchema.nullable(),
  comparison: gapComparisonSchema.nullable(),
  completed: list(completedGapRefSchema),
  /** The requirements of the current assessment not assessed yet, in the standard's order. */
  unassessedRefs: list(z.string()),
  /** Gaps (not started or partly) without a Jira issue yet. */
  gapsWithoutIssue: z.number(),
  /** The JQL of the issues raised for the current assessment's gaps, when any were. */
  gapIssuesJql: z.string().nullable(),
  viewer: z.object({
    startBlockers: blockersSchema,
    assessBlockers: blockersSchema,
    completeBlockers: blockersSchema,
    raiseBlockers: blockersSchema,
  }),
});
export type GapMacroView = z.infer<typeof gapMacroViewSchema>;

export const gapRaisedSchema = z.object({ created: z.number(), alreadyRaised: z.number() });
