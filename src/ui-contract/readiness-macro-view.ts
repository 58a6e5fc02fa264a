/**
 * What the certification readiness report shows one viewer (built by
 * src/macros/readiness/readiness-view.ts as them): each item an auditor starts from with its
 * verdict, the reasons, the figures (each the count of the JQL it links to) and the page or
 * search that proves it; the Stage 1 / Stage 2 dates; and the external audit's findings.
 */
import { z } from 'zod';
import { READINESS_VERDICTS } from '../domain/readiness/readiness-verdict';
import { figureSchema } from './overview-view';
import { list, macroViewSchema, moreInJiraSchema, nullableText } from './wire-shapes';

export const READINESS_ITEM_IDS = [
  'scope',
  'policy',
  'soa',
  'risks',
  'impact',
  'nonconformities',
  'audits',
  'review',
  'competence',
  'external',
] as const;

/** What proves an item: a Confluence page, or Jira's issue search for a JQL. */
export const readinessProofSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page'), pageId: z.string(), title: z.string() }),
  z.object({ kind: z.literal('jql'), jql: z.string(), label: z.string() }),
]);
export type ReadinessProof = z.infer<typeof readinessProofSchema>;

export const readinessItemSchema = z.object({
  id: z.enum(READINESS_ITEM_IDS),
  title: z.string(),
  /** The clauses it answers ("4.3", "9.2.2"). */
  clauses: z.string(),
  verdict: z.enum(READINESS_VERDICTS),
  reasons: list(z.string()),
  figures: list(figureSchema),
  proof: readinessProofSchema.nullable(),
  /** Records named by the item the viewer cannot see ("N hidden"); counted only, never named. */
  hidden: z.number().int().min(0),
});
export type ReadinessItemView = z.infer<typeof readinessItemSchema>;

export const stagesViewSchema = z.object({
  stage1: nullableText,
  stage2: nullableText,
  certificationBody: z.string(),
  /** Days from today (negative: past). */
  daysToStage1: z.number().nullable(),
  daysToStage2: z.number().nullable(),
});

const externalFindingSchema = z.object({
  key: z.string(),
  summary: z.string(),
  grade: nullableText,
  status: z.string(),
  open: z.boolean(),
});

export const readinessViewSchema = macroViewSchema(
  z.object({
    configured: z.literal(true),
    projectKey: z.string(),
    cycle: z.string(),
    asOf: z.string(),
    items: list(readinessItemSchema),
    counts: z.object({ pass: z.number(), attention: z.number(), fail: z.number() }),
    overall: z.enum(READINESS_VERDICTS),
    stages: stagesViewSchema,
    externalFindings: z.object({
      /** The first findings imported with source "External audit", newest first. */
      first: list(externalFindingSchema),
      /** Set when the list holds only the first of more. */
      more: moreInJiraSchema.nullable(),
    }),
    viewer: z.object({
      /** Why the viewer cannot set the Stage dates (empty: they can). */
      stagesBlockers: list(z.string()),
    }),
  }),
);
export type ReadinessView = z.infer<typeof readinessViewSchema>;
export type ConfiguredReadinessView = Extract<ReadinessView, { configured: true }>;
